/**
 * The dataset format. Every stored or imported shape is a zod schema here; its type is
 * `z.infer` under the same name. The JSON Schema in graph-data/schema.json is generated
 * from these (npm run schema) and a test keeps it current.
 */
import * as z from 'zod';
import { ACTOR_TYPE_IDS } from './actorTypes';
import { RELATION_TYPE_IDS } from './relationTypes';

export const FORMAT_NAME = 'leverage-map';
export const FORMAT_VERSION = 1;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, {
    error: 'must be a lowercase slug: letters a–z, digits and hyphens, e.g. "us-treasury"',
  })
  .describe('A lowercase slug, unique across actors, relations and deals.');
export type Id = z.infer<typeof Id>;

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE, {
    error: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025", "2025-12" or "2025-12-17"',
  })
  .refine(isRealDate, { error: 'is not a real calendar date' })
  .describe('A partial ISO date; its length is its precision: year, month or day.');
export type PartialDate = z.infer<typeof PartialDate>;

function isRealDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match?.[3]) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const UnknownDate = z
  .strictObject({
    unknown: z.literal(true),
    notBefore: PartialDate.optional().describe('The earliest the date can be, from the text.'),
    notAfter: PartialDate.optional().describe('The latest the date can be, from the text.'),
    note: z.string().min(1).optional().describe('Why these bounds, in our words.'),
  })
  .describe('A date the source does not give, with any bounds the text makes certain.');
export type UnknownDate = z.infer<typeof UnknownDate>;

export const Source = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    titleIsOurs: z
      .boolean()
      .optional()
      .describe('True when the text gives no title and this descriptive title is ours.'),
    publisher: z.string().min(1),
    authors: z.array(z.string().min(1)).optional(),
    published: z.union([PartialDate, UnknownDate]),
    url: z.url().optional(),
    text: z.string().min(1).describe('Path of the verbatim text file, relative to the dataset file.'),
    rights: z.string().min(1).optional().describe('Who holds the text, and on what terms it is quoted here.'),
  })
  .describe('A document that relations quote from.');
export type Source = z.infer<typeof Source>;

function unknownMember(kind: string, known: readonly string[]) {
  return (issue: { input?: unknown }) =>
    typeof issue.input === 'string'
      ? `"${issue.input}" is not ${kind}; use one of: ${known.join(', ')}`
      : `must be one of: ${known.join(', ')}`;
}

export const ActorType = z.enum(ACTOR_TYPE_IDS, { error: unknownMember('an actor type', ACTOR_TYPE_IDS) });

export const Actor = z
  .strictObject({
    id: Id,
    label: z.string().min(1),
    type: ActorType,
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Every other name the sources use for this actor, spelled as they spell it.'),
    description: z.string().min(1).describe('One line in our own words.'),
    parent: Id.optional().describe('The actor this one is part of: the KGB within Belarus.'),
  })
  .describe('A state, bloc, institution, company, group, person, event or place.');
export type Actor = z.infer<typeof Actor>;

export const Evidence = z
  .strictObject({
    source: Id.describe('The id of a source in this dataset.'),
    quote: z
      .string()
      .min(1)
      .describe('Verbatim from the source text; runs of white space may differ, nothing else.'),
  })
  .describe('A passage that supports a statement, quoted word for word.');
export type Evidence = z.infer<typeof Evidence>;

const EvidenceList = z.array(Evidence).min(1, { error: 'needs at least one quote' });

export const When = z
  .strictObject({
    start: PartialDate,
    end: PartialDate.optional().describe('For a period: its last date.'),
    approximate: z.boolean().optional(),
    label: z
      .string()
      .min(1)
      .optional()
      .describe('How to say it, when the date alone would mislead: "on the eve of Zapad-2025".'),
  })
  .describe('When the relation held, as precisely as the text says.');
export type When = z.infer<typeof When>;

export const STANCES = ['asserted', 'attributed', 'recommended', 'hypothetical'] as const;
export const Stance = z
  .enum(STANCES, { error: `must be one of: ${STANCES.join(', ')}` })
  .describe(
    'asserted: the author states it; attributed: the author reports an actor saying it; recommended: the author says it should happen; hypothetical: it might happen.',
  );
export type Stance = z.infer<typeof Stance>;

export const POSITIONS = ['asserts', 'disputes'] as const;
export const ContestPosition = z
  .strictObject({
    actors: z.array(Id).default([]).describe('The actors who hold this position.'),
    author: z
      .boolean()
      .optional()
      .describe("True when the source's author holds this position, rather than (or as well as) an actor."),
    position: z.enum(POSITIONS, { error: `must be one of: ${POSITIONS.join(', ')}` }),
    claim: z.string().min(1).describe('What these actors hold, in our words.'),
    evidence: EvidenceList,
  })
  .refine((p) => p.actors.length > 0 || p.author === true, {
    error: 'name who holds this position: at least one actor in "actors", or "author": true',
    path: ['actors'],
  });
export type ContestPosition = z.infer<typeof ContestPosition>;

export const Contest = z
  .strictObject({
    summary: z.string().min(1).describe('What is in dispute, in our words.'),
    positions: z.array(ContestPosition).min(2, { error: 'needs at least two positions' }),
  })
  .describe('Competing claims the text reports about this relation.');
export type Contest = z.infer<typeof Contest>;

export const Figure = z
  .strictObject({
    quantity: z.string().min(1).describe('What is counted, in our words: "political prisoners freed".'),
    value: z.number(),
    unit: z.string().min(1).optional(),
    approximate: z.boolean().optional(),
    when: PartialDate.optional().describe(
      'The date or period the figure refers to: "2024" for 2024’s count.',
    ),
    source: Id.describe('The source that gives this figure; it must also be quoted as evidence.'),
  })
  .describe('A number the text gives. Two figures for one quantity from two sources show a disagreement.');
export type Figure = z.infer<typeof Figure>;

export const RelationType = z.enum(RELATION_TYPE_IDS, {
  error: unknownMember('a relation type', RELATION_TYPE_IDS),
});

export const Relation = z
  .strictObject({
    id: Id,
    source: Id.describe('The actor the arrow starts from.'),
    target: Id.describe('The actor the arrow points to.'),
    type: RelationType,
    label: z.string().min(1).describe('A short verb phrase: "lifts sanctions on".'),
    claim: z.string().min(1).describe('One sentence in our words.'),
    evidence: EvidenceList,
    when: When.optional(),
    stance: Stance.default('asserted'),
    attributedTo: z.array(Id).optional().describe('With stance "attributed": the actors who make the claim.'),
    figures: z.array(Figure).optional(),
    contested: Contest.optional(),
  })
  .describe('A directed, typed statement of who does what to whom, with its evidence.');
export type Relation = z.infer<typeof Relation>;

export const Deal = z
  .strictObject({
    id: Id,
    label: z.string().min(1),
    summary: z.string().min(1).describe('What was traded for what, in our words.'),
    relations: z.array(Id).min(2, { error: 'a deal links at least two relations' }),
    evidence: EvidenceList,
    stance: Stance.default('asserted'),
  })
  .describe('Two or more relations the text presents as one trade.');
export type Deal = z.infer<typeof Deal>;

export const REVEALS = ['add', 'replace'] as const;
export const Slide = z
  .strictObject({
    title: z.string().min(1),
    text: z.string().min(1).describe('What the slide says, in our words.'),
    show: z.array(Id).default([]).describe('Actors, relations or deals this slide shows.'),
    highlight: z.array(Id).default([]).describe('Elements to emphasise; they are shown too.'),
    reveal: z
      .enum(REVEALS)
      .default('add')
      .describe('add: keep what earlier slides showed; replace: show only this slide’s elements.'),
    notes: z.string().min(1).optional().describe('Presenter notes, not shown to the room.'),
  })
  .describe('One step of a story.');
export type Slide = z.infer<typeof Slide>;

export const Story = z.strictObject({
  id: Id,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  slides: z.array(Slide).min(1, { error: 'a story needs at least one slide' }),
});
export type Story = z.infer<typeof Story>;

export const Position = z.strictObject({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof Position>;

export const Dataset = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(FORMAT_NAME, { error: `must be "${FORMAT_NAME}"` }),
    version: z.literal(FORMAT_VERSION, {
      error: `must be ${FORMAT_VERSION}, the only version of the format so far`,
    }),
    title: z.string().min(1),
    description: z.string().min(1),
    sources: z.array(Source).min(1, { error: 'a dataset needs at least one source' }),
    actors: z.array(Actor),
    relations: z.array(Relation),
    deals: z.array(Deal).default([]),
    stories: z.array(Story).default([]),
    positions: z
      .record(Id, Position)
      .optional()
      .describe('Saved node positions by actor id, kept apart from the actors themselves.'),
  })
  .describe('A Leverage Map dataset: sources, actors, relations, deals and stories.');
export type Dataset = z.infer<typeof Dataset>;
/** The shape as written in a file, before defaults are filled in. */
export type DatasetInput = z.input<typeof Dataset>;
