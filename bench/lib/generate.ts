/**
 * Synthetic datasets for the benchmark, valid for the app's schema and loader. Not uniform
 * random graphs, whose even spread no real map has: actors come in communities (a state with
 * its institutions, firms, people, groups, places and events), relations attach by
 * preference to busy actors (so hubs emerge), most stay inside a community, and a few blocs
 * tie states together. Seeded: the same options give the same files, byte for byte.
 */
import { ACTOR_TYPES, type ActorType } from '../../src/domain/actorTypes';
import {
  RELATION_CATEGORY_IDS,
  RELATION_TYPES,
  relationTypesIn,
  type RelationType,
} from '../../src/domain/relationTypes';
import type { DatasetInput } from '../../src/domain/schema';
import { actorName, countryName, slug } from './names';
import { communityPositions } from './positions';
import { positionQuote, reportingQuote, sourceText } from './prose';
import { createRandom, type Random } from './random';

export interface GenerateOptions {
  actors: number;
  seed: number;
  relationsPerActor?: number;
  /** Quotes per source text: about an article's worth. */
  quotesPerSource?: number;
}

export interface GeneratedDataset {
  dataset: DatasetInput;
  /** Source texts by their path relative to the dataset file. */
  texts: Record<string, string>;
}

type ActorInput = DatasetInput['actors'][number];
type RelationInput = DatasetInput['relations'][number];
type SourceInput = DatasetInput['sources'][number];

/** How a community is made up, by actor type (the state, its hub, comes first). */
const MEMBER_MIX: [ActorType, number][] = [
  ['institution', 15],
  ['company', 25],
  ['person', 28],
  ['group', 12],
  ['place', 10],
  ['event', 10],
];
/** How much busier than a plain member each kind starts: states and blocs become hubs. */
const PULL: Partial<Record<ActorType, number>> = { state: 40, bloc: 30, institution: 6 };
const INTERNAL_SHARE = 0.85;

interface Community {
  country: string;
  members: number[];
  /** Weights for relation categories: each community has its own mix of business. */
  categories: number[];
  sources: { id: string; quotes: string[] }[];
}

export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const { actors: actorCount, seed, relationsPerActor = 3, quotesPerSource = 60 } = options;
  const random = createRandom(seed);
  const actors: ActorInput[] = [];
  const degree: number[] = [];
  const addActor = (type: ActorType, label: string, country: string, parent?: string): number => {
    const id = `${slug(label)}-${actors.length.toString(36)}`;
    actors.push({
      id,
      label,
      type,
      aliases: type === 'state' && label.startsWith('Republic of ') ? [country] : [],
      description:
        type === 'bloc'
          ? 'A bloc of states, generated for benchmarking.'
          : `${ACTOR_TYPES[type].label} in the ${country} network, generated for benchmarking.`,
      ...(parent ? { parent } : {}),
    });
    degree.push(PULL[type] ?? 1);
    return actors.length - 1;
  };

  // Blocs first, then communities of varied size (a few large, many small) until all are placed.
  const blocs: number[] = [];
  const blocCount = Math.max(1, Math.round(actorCount / 250));
  for (let i = 0; i < blocCount; i++)
    blocs.push(addActor('bloc', actorName.bloc(countryName(random), random), 'bloc'));
  const communities: Community[] = [];
  while (actors.length < actorCount) {
    const size = Math.min(actorCount - actors.length, Math.round(6 + 70 * random.next() ** 2.5));
    const country = countryName(random);
    const state = addActor('state', actorName.state(country, random), country);
    const members = [state];
    const stateId = actors[state]!.id;
    for (let i = 1; i < size; i++) {
      const type = MEMBER_MIX[random.weighted(MEMBER_MIX.map(([, w]) => w))]![0];
      const owned = type === 'institution' || (type === 'company' && random.chance(0.3));
      members.push(addActor(type, actorName[type](country, random), country, owned ? stateId : undefined));
    }
    const categories = RELATION_CATEGORY_IDS.map(() => random.next() ** 2 + 0.05);
    communities.push({ country, members, categories, sources: [] });
  }

  const sources: SourceInput[] = [];
  const quoteIn = (community: Community, quote: string): string => {
    let source = community.sources[community.sources.length - 1];
    if (!source || source.quotes.length >= quotesPerSource) {
      source = { id: `${slug(community.country)}-report-${sources.length + 1}`, quotes: [] };
      community.sources.push(source);
      sources.push({
        id: source.id,
        title: `${community.country}: who presses whom (report ${community.sources.length})`,
        publisher: random.pick(['Regional Policy Review', 'Eastern Monitor', 'Border Affairs Weekly']),
        published: `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        text: `sources/${source.id}.txt`,
      });
    }
    source.quotes.push(quote);
    return source.id;
  };

  const pickMember = (pool: readonly number[], not?: number): number => {
    const weights = pool.map((a) => (a === not ? 0 : degree[a]!));
    return pool[random.weighted(weights)]!;
  };

  const relations: RelationInput[] = [];
  const target = Math.round(actorCount * relationsPerActor);
  communities.forEach((community, ci) => {
    const add = (from: number, to: number) => {
      if (to === from) return;
      degree[from]! += 1;
      degree[to]! += 1;
      relations.push(makeRelation(relations.length, from, to, community, random, actors, quoteIn));
    };
    // Every actor takes part in something (the loader warns about loners), then the rest
    // attach by preference: the rich get richer, within the community mostly.
    for (const member of community.members.slice(1)) {
      const partner = pickMember(community.members, member);
      if (random.chance(0.5)) add(member, partner);
      else add(partner, member);
    }
    const share = Math.round((community.members.length / actorCount) * target);
    for (let k = community.members.length - 1; k < share; k++) {
      const from = pickMember(community.members);
      if (random.chance(INTERNAL_SHARE) || communities.length === 1) {
        add(from, pickMember(community.members, from));
      } else if (random.chance(0.3)) {
        add(from, random.pick(blocs));
      } else {
        add(from, communities[(ci + random.int(1, 3)) % communities.length]!.members[0]!);
      }
    }
  });

  const deals = makeDeals(relations, random);
  const groups = [blocs, ...communities.map((c) => c.members)].map((g) => g.map((a) => actors[a]!.id));
  const texts: Record<string, string> = {};
  for (const community of communities) {
    for (const source of community.sources) {
      texts[`sources/${source.id}.txt`] = sourceText(`Report ${source.id}`, source.quotes, random);
    }
  }
  const hubs = communities.slice(0, 3).map((c) => actors[c.members[0]!]!.id);
  return {
    dataset: {
      format: 'leverage-map',
      version: 1,
      title: `Synthetic leverage map: ${actorCount} actors`,
      description: `Generated for the performance benchmark (seed ${seed}): communities with hubs, about ${relationsPerActor} relations per actor, each with a quote.`,
      sources,
      actors,
      relations,
      deals,
      stories: [
        {
          id: 'tour',
          title: 'The biggest hubs',
          slides: hubs.map((id, i) => ({
            title: `Hub ${i + 1}`,
            text: 'One of the busiest actors.',
            show: [id],
          })),
        },
      ],
      positions: communityPositions(groups),
    },
    texts,
  };
}

function makeRelation(
  n: number,
  from: number,
  to: number,
  community: Community,
  random: Random,
  actors: readonly ActorInput[],
  quoteIn: (community: Community, quote: string) => string,
): RelationInput {
  const category = RELATION_CATEGORY_IDS[random.weighted(community.categories)]!;
  const type: RelationType = random.pick(relationTypesIn(category));
  const verb = RELATION_TYPES[type].verb;
  const [source, target] = [actors[from]!, actors[to]!];
  const quote = reportingQuote({ source: source.label, verb, target: target.label }, random);
  const sourceId = quoteIn(community, quote);
  const evidence = [{ source: sourceId, quote }];
  if (random.chance(0.1)) {
    const second = reportingQuote({ source: source.label, verb, target: target.label }, random);
    evidence.push({ source: quoteIn(community, second), quote: second });
  }
  const stanceRoll = random.next();
  const stance =
    stanceRoll < 0.75
      ? 'asserted'
      : stanceRoll < 0.87
        ? 'attributed'
        : stanceRoll < 0.95
          ? 'recommended'
          : 'hypothetical';
  const relation: RelationInput = {
    id: `rel-${n.toString(36)}-${type.replace(/_/g, '-')}`,
    source: source.id,
    target: target.id,
    type,
    label: verb,
    claim: `${source.label} ${verb} ${target.label}.`,
    evidence,
    stance,
    ...(stance === 'attributed' ? { attributedTo: [actors[community.members[0]!]!.id] } : {}),
    ...(random.chance(0.6)
      ? { when: { start: `${random.int(2016, 2025)}-${String(random.int(1, 12)).padStart(2, '0')}` } }
      : {}),
  };
  if (random.chance(0.03)) {
    relation.figures = [
      { quantity: 'value at stake', value: random.int(5, 900), unit: 'million USD', source: sourceId },
    ];
  }
  if (random.chance(0.02)) {
    const sides = [source, target].map((actor, i) => {
      const said = positionQuote(actor.label, i === 0, random);
      return {
        actors: [actor.id],
        position: i === 0 ? ('asserts' as const) : ('disputes' as const),
        claim: i === 0 ? 'It happened.' : 'It did not happen.',
        evidence: [{ source: quoteIn(community, said), quote: said }],
      };
    });
    relation.contested = { summary: `Whether ${source.label} ${verb} ${target.label}.`, positions: sides };
  }
  return relation;
}

/** About one deal per 150 relations, each linking two relations that share an actor's source. */
function makeDeals(relations: readonly RelationInput[], random: Random): DatasetInput['deals'] {
  const deals: NonNullable<DatasetInput['deals']> = [];
  for (let i = 0; i + 1 < relations.length; i += 150) {
    const [a, b] = [relations[i]!, relations[i + 1 + random.int(0, Math.min(5, relations.length - i - 2))]!];
    if (a.id === b.id) continue;
    deals.push({
      id: `deal-${deals.length + 1}`,
      label: `Trade ${deals.length + 1}`,
      summary: `${a.claim} In return: ${b.claim}`,
      relations: [a.id, b.id],
      evidence: [a.evidence[0]!],
    });
  }
  return deals;
}
