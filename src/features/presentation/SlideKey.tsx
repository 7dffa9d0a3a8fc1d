import { RELATION_CATEGORIES, RELATION_TYPES, type RelationCategory } from '../../domain/relationTypes';
import type { GraphIndex } from '../../domain/graphIndex';
import {
  CONTESTED_COLOR,
  CONTESTED_MARK,
  STANCE_INFO,
  UNQUOTED_COLOR,
  UNQUOTED_LABEL,
} from '../../domain/stances';
import type { Stance } from '../../domain/schema';
import { LineSwatch } from '../sidebar/LineSwatch';

/** A one-line key for what is on the slide: its colours and line styles, nothing more. */
export function SlideKey({ index, relationIds }: { index: GraphIndex; relationIds: Iterable<string> }) {
  const categories = new Set<RelationCategory>();
  const stances = new Set<Stance>();
  let contested = false;
  let unquoted = false;
  for (const id of relationIds) {
    const rel = index.relations.get(id);
    if (!rel) continue;
    // A relation with no evidence yet is drawn grey whatever its category: keyed as such.
    if (rel.evidence.length === 0) unquoted = true;
    else categories.add(RELATION_TYPES[rel.type].category);
    stances.add(rel.stance);
    contested ||= rel.contested !== undefined;
  }
  if (categories.size === 0 && !unquoted) return null;
  return (
    <ul className="slide-key" aria-label="Key">
      {[...categories].map((c) => (
        <li key={c}>
          <span
            className="slide-key-line"
            style={{ borderTopColor: RELATION_CATEGORIES[c].color }}
            aria-hidden="true"
          />
          {RELATION_CATEGORIES[c].label}
        </li>
      ))}
      {[...stances]
        .filter((s) => s !== 'asserted')
        .map((s) => (
          <li key={s}>
            <LineSwatch line={STANCE_INFO[s].line} color="var(--text)" width={22} />
            {STANCE_INFO[s].label}
          </li>
        ))}
      {unquoted && (
        <li>
          <span className="slide-key-line" style={{ borderTopColor: UNQUOTED_COLOR }} aria-hidden="true" />
          {UNQUOTED_LABEL}
        </li>
      )}
      {contested && (
        <li>
          <span
            className="slide-key-line"
            style={{ borderTopColor: CONTESTED_COLOR, borderTopWidth: 5 }}
            aria-hidden="true"
          />
          {CONTESTED_MARK} Contested
        </li>
      )}
      <li className="muted">Arrows: who acts → on whom</li>
    </ul>
  );
}
