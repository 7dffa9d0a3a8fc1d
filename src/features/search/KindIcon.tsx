import { ACTOR_TYPES } from '../../domain/actorTypes';
import type { ElementRef, GraphIndex } from '../../domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../domain/relationTypes';
import { ArrowSwatch } from '../sidebar/ArrowSwatch';
import { ShapeSwatch } from '../sidebar/ShapeSwatch';

const KIND_LABEL = { actor: 'Actor', relation: 'Relation', deal: 'Deal' } as const;

/** What a hit is, drawn as the graph draws it, with the kind in words beside it. */
export function KindIcon({ refTo, index }: { refTo: ElementRef; index: GraphIndex }) {
  return (
    <span className="search-kind">
      <span className="search-kind-icon" aria-hidden="true">
        {icon(refTo, index)}
      </span>
      <span className="search-kind-label">{KIND_LABEL[refTo.kind]}</span>
    </span>
  );
}

function icon(ref: ElementRef, index: GraphIndex) {
  if (ref.kind === 'actor') {
    const actor = index.actors.get(ref.id);
    if (!actor) return null;
    const info = ACTOR_TYPES[actor.type];
    return <ShapeSwatch shape={info.shape} color={info.color} size={14} />;
  }
  if (ref.kind === 'relation') {
    const rel = index.relations.get(ref.id);
    if (!rel) return null;
    const type = RELATION_TYPES[rel.type];
    return (
      <ArrowSwatch
        arrow={type.arrow}
        color={RELATION_CATEGORIES[type.category].color}
        width={22}
        height={14}
      />
    );
  }
  return <span className="search-deal-icon">⇄</span>;
}
