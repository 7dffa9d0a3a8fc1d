/**
 * The legend as data: what an exported image must explain, taken from what the dataset
 * actually uses. The sidebar draws its own interactive legend; exports draw this one.
 */
import { ACTOR_TYPES, ACTOR_TYPE_IDS } from './actorTypes';
import { formatCitation } from './format';
import { RELATION_CATEGORIES, RELATION_CATEGORY_IDS, RELATION_TYPES } from './relationTypes';
import type { Dataset } from './schema';
import {
  CONTESTED_COLOR,
  CONTESTED_MARK,
  STANCE_INFO,
  STANCE_LINES,
  UNQUOTED_COLOR,
  UNQUOTED_LABEL,
  type StanceLine,
} from './stances';

export type LegendEntry =
  | { kind: 'actor'; label: string; color: string; shape: string }
  | { kind: 'relation'; label: string; color: string }
  | { kind: 'line'; label: string; line: StanceLine }
  | { kind: 'contested'; label: string; color: string };

export interface LegendModel {
  title: string;
  sections: { heading: string; entries: LegendEntry[] }[];
  /** One line per source: publisher, title, date. */
  credits: string[];
}

export function legendModel(dataset: Dataset): LegendModel {
  const actorTypes = new Set(dataset.actors.map((a) => a.type));
  const categories = new Set(dataset.relations.map((r) => RELATION_TYPES[r.type].category));
  const lines = new Map<string, string[]>();
  for (const stance of new Set(dataset.relations.map((r) => r.stance))) {
    const info = STANCE_INFO[stance];
    lines.set(info.line, [...(lines.get(info.line) ?? []), info.label.toLowerCase()]);
  }
  const sections: LegendModel['sections'] = [
    {
      heading: 'Actors',
      entries: ACTOR_TYPE_IDS.filter((t) => actorTypes.has(t)).map((t) => ({
        kind: 'actor',
        label: ACTOR_TYPES[t].plural,
        color: ACTOR_TYPES[t].color,
        shape: ACTOR_TYPES[t].shape,
      })),
    },
    {
      heading: 'Relations (arrow: who acts → on whom)',
      entries: RELATION_CATEGORY_IDS.filter((c) => categories.has(c)).map((c) => ({
        kind: 'relation',
        label: RELATION_CATEGORIES[c].label,
        color: RELATION_CATEGORIES[c].color,
      })),
    },
    {
      heading: 'How sure',
      entries: [
        ...STANCE_LINES.filter((line) => lines.has(line)).map((line): LegendEntry => {
          const labels = lines.get(line) ?? [];
          const text = labels.join(' or ');
          return { kind: 'line', line, label: text.charAt(0).toUpperCase() + text.slice(1) };
        }),
        ...(dataset.relations.some((r) => r.contested)
          ? [{ kind: 'contested', label: `${CONTESTED_MARK} Contested`, color: CONTESTED_COLOR } as const]
          : []),
        ...(dataset.relations.some((r) => r.evidence.length === 0)
          ? [{ kind: 'relation', label: UNQUOTED_LABEL, color: UNQUOTED_COLOR } as const]
          : []),
      ],
    },
  ];
  return {
    title: dataset.title,
    sections: sections.filter((s) => s.entries.length > 0),
    credits: dataset.sources.map((s) => formatCitation(s)),
  };
}
