/**
 * Invented but plausible names for the synthetic datasets: countries, ministries, firms,
 * people, groups, events and places, so labels have the lengths real ones have (5 to 45
 * characters) and the canvas measures and wraps text as it would on a real map.
 */
import type { Random } from './random';

const SYLLABLES = ['ve', 'lo', 'ra', 'ka', 'mi', 'tor', 'san', 'dal', 'bri', 'nor', 'es', 'ta', 'lin', 'gor'];
const ENDINGS = ['ia', 'land', 'stan', 'ova', 'ar', 'en'];
const FIRST = [
  'Anna',
  'Pavel',
  'Olga',
  'Tomas',
  'Irena',
  'Viktor',
  'Maria',
  'Andrei',
  'Lena',
  'Jonas',
  'Sofia',
];
const LAST = [
  'Kowal',
  'Marin',
  'Dobrev',
  'Halloran',
  'Sidorenko',
  'Varga',
  'Lindqvist',
  'Petrauskas',
  'Novak',
];
const SECTORS = [
  'Potash',
  'Grain',
  'Rail',
  'Energy',
  'Steel',
  'Logistics',
  'Petroleum',
  'Timber',
  'Shipping',
];
const FIRM_FORMS = ['Holding', 'Group', 'JSC', 'Trading', 'Corporation', 'Works', 'Bank'];
const INSTITUTIONS = [
  'Ministry of Foreign Affairs',
  'Ministry of Internal Affairs',
  'State Security Committee',
  'Central Bank',
  'Border Guard Service',
  'Customs Committee',
  'Prosecutor General’s Office',
  'Ministry of Defence',
  'Presidential Administration',
  'Central Election Commission',
];
const GROUPS = [
  'political prisoners',
  'opposition in exile',
  'smuggling networks',
  'independent trade unions',
  'independent journalists',
  'volunteer battalions',
  'diaspora organisations',
];
const EVENTS = [
  'joint exercise',
  'border summit',
  'donor conference',
  'presidential election',
  'energy forum',
];
const PLACES = ['border crossing', 'airport', 'rail terminal', 'pipeline', 'port', 'free economic zone'];
const BLOCS = ['Union', 'Alliance', 'Economic Community', 'Customs Union', 'Security Council', 'Partnership'];

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function countryName(random: Random): string {
  const count = random.int(2, 3);
  let word = '';
  for (let i = 0; i < count; i++) word += random.pick(SYLLABLES);
  return capital(word + (random.chance(0.5) ? random.pick(ENDINGS) : ''));
}

export function townName(random: Random): string {
  return capital(
    random.pick(SYLLABLES) + random.pick(SYLLABLES) + random.pick(['sk', 'vik', 'grad', 'burg', '']),
  );
}

export const actorName = {
  state: (country: string, random: Random) => (random.chance(0.3) ? `Republic of ${country}` : country),
  bloc: (country: string, random: Random) => `${country} ${random.pick(BLOCS)}`,
  institution: (country: string, random: Random) => `${random.pick(INSTITUTIONS)} of ${country}`,
  company: (country: string, random: Random) =>
    random.chance(0.5)
      ? `${country} ${random.pick(SECTORS)} ${random.pick(FIRM_FORMS)}`
      : `${townName(random)} ${random.pick(SECTORS)}`,
  person: (_country: string, random: Random) => `${random.pick(FIRST)} ${random.pick(LAST)}`,
  group: (country: string, random: Random) => `${country}’s ${random.pick(GROUPS)}`,
  event: (country: string, random: Random) => `${country} ${random.pick(EVENTS)} ${random.int(2016, 2025)}`,
  place: (_country: string, random: Random) => `${townName(random)} ${random.pick(PLACES)}`,
} as const;

/** A lowercase slug for ids: letters, digits and hyphens. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
