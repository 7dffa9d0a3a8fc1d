/**
 * The dataset format. Every stored or imported shape is a zod schema here; its type is
 * `z.infer` under the same name. The JSON Schema in graph-data/schema.json is generated
 * from these (npm run schema) and a test keeps it current.
 *
 * Written with zod/mini, zod's functional form (checks as `.check(...)`, wrappers such as
 * `z.optional(...)`): it validates the same way and reports the same issues, and the
 * validator is part of the script the page waits for before its first picture, where
 * zod/mini weighs about a fifth of classic zod.
 */
import * as z from 'zod/mini';
import { STANCES } from './stances';
import { ACTOR_TYPE_IDS } from './actorTypes';
import { RELATION_TYPE_IDS } from './relationTypes';
import { PARTIAL_DATE, isRealDate } from './time/partialDateText';

export const FORMAT_NAME = 'leverage-map';
export const FORMAT_VERSION = 1;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A non-empty string. */
const text = () => z.string().check(z.minLength(1));
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description));

export const Id = z.string().check(
  z.regex(ID_PATTERN, {
    error: 'must be a lowercase slug: letters a–z, digits and hyphens, e.g. "us-treasury"',
  }),
  z.describe('A lowercase slug, unique across actors, relations and deals.'),
);
export type Id = z.infer<typeof Id>;

export const PartialDate = z.string().check(
  z.regex(PARTIAL_DATE, {
    error: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025", "2025-12" or "2025-12-17"',
  }),
  z.refine(isRealDate, { error: 'is not a real calendar date' }),
  z.describe('A partial ISO date; its length is its precision: year, month or day.'),
);
export type PartialDate = z.infer<typeof PartialDate>;

export const UnknownDate = described(
  z.strictObject({
    unknown: z.literal(true),
    notBefore: z.optional(described(PartialDate, 'The earliest the date can be, from the text.')),
    notAfter: z.optional(described(PartialDate, 'The latest the date can be, from the text.')),
    note: z.optional(described(text(), 'Why these bounds, in our words.')),
  }),
  'A date the source does not give, with any bounds the text makes certain.',
);
export type UnknownDate = z.infer<typeof UnknownDate>;

export const Source = z
  .strictObject({
    id: Id,
    title: text(),
    titleIsOurs: z.optional(
      described(z.boolean(), 'True when the text gives no title and this descriptive title is ours.'),
    ),
    publisher: text(),
    authors: z.optional(z.array(text())),
    published: z.union([PartialDate, UnknownDate]),
    url: z.optional(
      described(
        // A link readers follow: only the web's own schemes, never javascript:, data: or file:.
        z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }),
        'Where the source is published: an http:// or https:// address.',
      ),
    ),
    text: z.optional(
      described(
        text(),
        'Path of the verbatim text file, relative to the dataset file. Give this or "content", not both.',
      ),
    ),
    content: z.optional(
      described(
        text(),
        'The verbatim text itself, embedded, so the dataset is one self-contained file. Give this or "text", not both.',
      ),
    ),
    rights: z.optional(described(text(), 'Who holds the text, and on what terms it is quoted here.')),
  })
  .check(
    // Exactly one: with both, which text the quotes are checked against would be a guess.
    z.refine((s) => (s.text === undefined) !== (s.content === undefined), {
      error: (issue) =>
        hasBoth(issue.input)
          ? 'has both "text" and "content"; keep one: a file path in "text" or the text itself embedded in "content"'
          : 'has no text; give the source\'s verbatim text either as a file path in "text" or embedded in "content"',
    }),
    // The same rule for editors that read graph-data/schema.json (a refinement is not exported).
    z.meta({
      description: 'A document that relations quote from.',
      oneOf: [{ required: ['text'] }, { required: ['content'] }],
    }),
  );
export type Source = z.infer<typeof Source>;

function hasBoth(input: unknown): boolean {
  return typeof input === 'object' && input !== null && 'text' in input && 'content' in input;
}

function unknownMember(kind: string, known: readonly string[]) {
  return (issue: { input?: unknown }) =>
    typeof issue.input === 'string'
      ? `"${issue.input}" is not ${kind}; use one of: ${known.join(', ')}`
      : `must be one of: ${known.join(', ')}`;
}

export const ActorType = z.enum(ACTOR_TYPE_IDS, { error: unknownMember('an actor type', ACTOR_TYPE_IDS) });

export const Actor = described(
  z.strictObject({
    id: Id,
    label: text(),
    type: ActorType,
    aliases: described(
      z._default(z.array(text()), []),
      'Every other name the sources use for this actor, spelled as they spell it.',
    ),
    description: described(text(), 'One line in our own words.'),
    parent: z.optional(described(Id, 'The actor this one is part of: the KGB within Belarus.')),
  }),
  'A state, bloc, institution, company, group, person, event or place.',
);
export type Actor = z.infer<typeof Actor>;

/**
 * Where a quote was selected in its source, in the way the W3C Web Annotation model anchors
 * a quote (a TextPositionSelector's offsets with a TextQuoteSelector's context): when the
 * same words stand twice in a text, the anchor says which of them was meant.
 */
export const QuoteAnchor = described(
  z.strictObject({
    start: described(
      z.int().check(z.minimum(0, { error: 'must be 0 or more' })),
      'Offset of the quote’s first character in the source text, in UTF-16 code units.',
    ),
    end: described(
      z.int().check(z.minimum(0, { error: 'must be 0 or more' })),
      'Offset just after the quote’s last character.',
    ),
    prefix: z.optional(described(z.string(), 'The text just before the quote, as context.')),
    suffix: z.optional(described(z.string(), 'The text just after the quote, as context.')),
  }),
  'Where in the source the quote was selected.',
);
export type QuoteAnchor = z.infer<typeof QuoteAnchor>;

export const Evidence = described(
  z.strictObject({
    source: described(Id, 'The id of a source in this dataset.'),
    quote: described(text(), 'Verbatim from the source text; runs of white space may differ, nothing else.'),
    anchor: z.optional(QuoteAnchor),
  }),
  'A passage that supports a statement, quoted word for word.',
);
export type Evidence = z.infer<typeof Evidence>;

const EvidenceList = z.array(Evidence).check(z.minLength(1, { error: 'needs at least one quote' }));

export const When = described(
  z.strictObject({
    start: PartialDate,
    end: z.optional(described(PartialDate, 'For a period: its last date.')),
    approximate: z.optional(z.boolean()),
    label: z.optional(
      described(text(), 'How to say it, when the date alone would mislead: "on the eve of Zapad-2025".'),
    ),
    basis: z.optional(
      described(
        text(),
        "How the date is known, in our words: \"the text says 'on 17 November'; the year is the publication's\".",
      ),
    ),
  }),
  'When it happened or held, as precisely as the text says: a date known only to the month or year is that whole month or year.',
);
export type When = z.infer<typeof When>;

export const Stance = described(
  z.enum(STANCES, { error: `must be one of: ${STANCES.join(', ')}` }),
  'asserted: the author states it; attributed: the author reports an actor saying it; recommended: the author says it should happen; hypothetical: it might happen.',
);
export type Stance = z.infer<typeof Stance>;

export const POSITIONS = ['asserts', 'disputes'] as const;
export const ContestPosition = z
  .strictObject({
    actors: described(z._default(z.array(Id), []), 'The actors who hold this position.'),
    author: z.optional(
      described(
        z.boolean(),
        "True when the source's author holds this position, rather than (or as well as) an actor.",
      ),
    ),
    position: z.enum(POSITIONS, { error: `must be one of: ${POSITIONS.join(', ')}` }),
    claim: described(text(), 'What these actors hold, in our words.'),
    evidence: EvidenceList,
  })
  .check(
    z.refine((p) => p.actors.length > 0 || p.author === true, {
      error: 'name who holds this position: at least one actor in "actors", or "author": true',
      path: ['actors'],
    }),
  );
export type ContestPosition = z.infer<typeof ContestPosition>;

export const Contest = described(
  z.strictObject({
    summary: described(text(), 'What is in dispute, in our words.'),
    positions: z.array(ContestPosition).check(z.minLength(2, { error: 'needs at least two positions' })),
  }),
  'Competing claims the text reports about this relation.',
);
export type Contest = z.infer<typeof Contest>;

export const Figure = described(
  z.strictObject({
    quantity: described(text(), 'What is counted, in our words: "political prisoners freed".'),
    value: z.number(),
    unit: z.optional(text()),
    approximate: z.optional(z.boolean()),
    when: z.optional(
      described(PartialDate, 'The date or period the figure refers to: "2024" for 2024’s count.'),
    ),
    source: described(Id, 'The source that gives this figure; it must also be quoted as evidence.'),
  }),
  'A number the text gives. Two figures for one quantity from two sources show a disagreement.',
);
export type Figure = z.infer<typeof Figure>;

export const RelationType = z.enum(RELATION_TYPE_IDS, {
  error: unknownMember('a relation type', RELATION_TYPE_IDS),
});

export const Relation = described(
  z.strictObject({
    id: Id,
    source: described(Id, 'The actor the arrow starts from.'),
    target: described(Id, 'The actor the arrow points to.'),
    type: RelationType,
    label: described(text(), 'A short verb phrase: "lifts sanctions on".'),
    claim: described(text(), 'One sentence in our words.'),
    evidence: described(
      z.array(Evidence),
      'The quotes that support it. Empty only for a relation brought in from a spreadsheet or another tool without a quote: it is shown as "no evidence yet" until one is added.',
    ),
    when: z.optional(When),
    stance: z._default(Stance, 'asserted'),
    attributedTo: z.optional(
      described(z.array(Id), 'With stance "attributed": the actors who make the claim.'),
    ),
    figures: z.optional(z.array(Figure)),
    contested: z.optional(Contest),
    ends: z.optional(
      described(
        z.array(Id),
        'Relations this one brings to an end when it starts: a reopening ends a closure, a relief ends a sanction.',
      ),
    ),
  }),
  'A directed, typed statement of who does what to whom, with its evidence.',
);
export type Relation = z.infer<typeof Relation>;

export const Deal = described(
  z.strictObject({
    id: Id,
    label: text(),
    summary: described(text(), 'What was traded for what, in our words.'),
    relations: z.array(Id).check(z.minLength(2, { error: 'a deal links at least two relations' })),
    evidence: EvidenceList,
    stance: z._default(Stance, 'asserted'),
    when: z.optional(When),
  }),
  'Two or more relations the text presents as one trade.',
);
export type Deal = z.infer<typeof Deal>;

export const SlidePath = described(
  z.strictObject({
    from: described(Id, 'The actor who holds the leverage: where the path starts.'),
    to: described(Id, 'The actor it moves: where the path ends.'),
    index: described(
      z.int().check(z.minimum(0, { error: 'must be 0 or more: 0 is the strongest path' })),
      'Which path, 0 for the strongest: its rank among the leverage paths from "from" to "to" with every relation and the default number of steps.',
    ),
  }),
  'A leverage path the slide shows: each step a relation, shown, highlighted and cited.',
);
export type SlidePath = z.infer<typeof SlidePath>;

export const REVEALS = ['add', 'replace'] as const;
export const Slide = described(
  z.strictObject({
    title: text(),
    text: described(text(), 'What the slide says, in our words.'),
    show: described(z._default(z.array(Id), []), 'Actors, relations or deals this slide shows.'),
    highlight: described(z._default(z.array(Id), []), 'Elements to emphasise; they are shown too.'),
    reveal: described(
      z._default(z.enum(REVEALS), 'add'),
      'add: keep what earlier slides showed; replace: show only this slide’s elements.',
    ),
    path: z.optional(SlidePath),
    asOf: z.optional(
      described(
        PartialDate,
        'Show the map as it stood on this date: what had started and not yet ended (a month or year means its last day).',
      ),
    ),
    notes: z.optional(described(text(), 'Presenter notes, not shown to the room.')),
  }),
  'One step of a story.',
);
export type Slide = z.infer<typeof Slide>;

export const Story = z.strictObject({
  id: Id,
  title: text(),
  description: z.optional(text()),
  slides: z.array(Slide).check(z.minLength(1, { error: 'a story needs at least one slide' })),
});
export type Story = z.infer<typeof Story>;

export const Position = z.strictObject({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof Position>;

export const Dataset = described(
  z.strictObject({
    $schema: z.optional(z.string()),
    format: z.literal(FORMAT_NAME, { error: `must be "${FORMAT_NAME}"` }),
    version: z.literal(FORMAT_VERSION, {
      error: `must be ${FORMAT_VERSION}, the only version of the format so far`,
    }),
    title: text(),
    description: text(),
    // A map just begun has none yet; the integrity checks warn until it has one.
    sources: z.array(Source),
    actors: z.array(Actor),
    relations: z.array(Relation),
    deals: z._default(z.array(Deal), []),
    stories: z._default(z.array(Story), []),
    positions: z.optional(
      described(
        z.record(Id, Position),
        'Saved node positions by actor id, kept apart from the actors themselves.',
      ),
    ),
  }),
  'A Leverage Map dataset: sources, actors, relations, deals and stories.',
);
export type Dataset = z.infer<typeof Dataset>;
/** The shape as written in a file, before defaults are filled in. */
export type DatasetInput = z.input<typeof Dataset>;
