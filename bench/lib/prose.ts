/**
 * The text of the synthetic datasets: quotes that read like reporting, and source texts
 * that hold each quote verbatim among filler sentences, as an article would. Quote lengths
 * (90 to 260 characters) and source lengths (10 to 20 kB) are those of the Belarus dataset.
 */
import type { Random } from './random';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October'];
const TOPICS = [
  'the dispute over transit fees',
  'the detention of opposition figures',
  'repeated incursions near the border',
  'falling potash exports',
  'a row over gas prices',
  'pressure from Western capitals',
  'the collapse of earlier talks',
];
const VOICES = [
  'officials',
  'diplomats',
  'analysts',
  'two people familiar with the talks',
  'local reporters',
];
const FILLER = [
  'The decision came after weeks of speculation in the capital.',
  'Neither side published the full text of the agreement.',
  'Observers cautioned that the figures could not be verified independently.',
  'Trade volumes have fluctuated sharply since the border regime changed.',
  'The government did not respond to a request for comment.',
  'Previous rounds of talks ended without a joint statement.',
  'Several of those involved spoke on condition of anonymity.',
];

export interface QuoteParts {
  source: string;
  verb: string;
  target: string;
}

/** One sentence of reporting that names both actors and the relation's verb. */
export function reportingQuote({ source, verb, target }: QuoteParts, random: Random): string {
  const when = `${random.pick(MONTHS)} ${random.int(2016, 2025)}`;
  const topic = random.pick(TOPICS);
  switch (random.int(0, 3)) {
    case 0:
      return `${source} ${verb} ${target}, ${random.pick(VOICES)} said in ${when}, describing the step as a response to ${topic}.`;
    case 1:
      return `In ${when}, ${source} ${verb} ${target}; ${random.pick(VOICES)} called the move “overdue but limited”.`;
    case 2:
      return `“We had no other choice,” a spokesperson said, confirming that ${source} ${verb} ${target} after months of ${topic}.`;
    default:
      return `According to ${random.pick(VOICES)}, ${source} ${verb} ${target}.`;
  }
}

/** A short statement for a contested relation's sides and for deals. */
export function positionQuote(actor: string, asserts: boolean, random: Random): string {
  const about = random.pick(TOPICS);
  return asserts
    ? `${actor} insisted that the arrangement was in force, pointing to ${about}.`
    : `${actor} denied any such arrangement and dismissed the reports about ${about} as fabricated.`;
}

/** An article that holds every quote verbatim, each after a filler sentence or two. */
export function sourceText(title: string, quotes: readonly string[], random: Random): string {
  const paragraphs = [title, ''];
  for (const quote of quotes) {
    const filler = random.chance(0.5) ? `${random.pick(FILLER)} ${random.pick(FILLER)}` : random.pick(FILLER);
    paragraphs.push(`${filler} ${quote}`, '');
  }
  return paragraphs.join('\n');
}
