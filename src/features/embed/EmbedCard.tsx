import { ACTOR_TYPES } from '../../domain/actorTypes';
import { directionInWords } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../domain/relationTypes';
import type { Evidence } from '../../domain/schema';
import { CONTESTED_MARK, UNQUOTED_LABEL } from '../../domain/stances';
import { useAppStore } from '../../store/appStore';
import { selectIndex, selectSelected } from '../../store/selectors';
import { QuoteBlock } from '../details/QuoteBlock';
import { RelationButtonList } from '../details/RelationButtonList';
import { Swatch } from '../details/Swatch';
import { OpenInAppLink } from './OpenInAppLink';
import './embed.css';

/** How many of an actor's relations the card lists before pointing to the full app. */
const RELATIONS_LISTED = 6;

function Quotes({ index, evidence }: { index: GraphIndex; evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return <p className="muted">{UNQUOTED_LABEL}: no source quoted yet.</p>;
  return (
    <div className="quotes">
      {evidence.map((ev, i) => (
        <QuoteBlock
          key={i}
          quote={ev.quote}
          sourceId={ev.source}
          source={index.sources.get(ev.source)}
          span={undefined}
          reader={false}
        />
      ))}
    </div>
  );
}

/** The card's body for what is selected: a relation with its quotes, an actor, or a deal. */
function Selected({ index }: { index: GraphIndex }) {
  const selected = useAppStore(selectSelected);
  if (!selected) return null;
  if (selected.kind === 'relation') {
    const relation = index.relations.get(selected.id);
    if (!relation) return null;
    const type = RELATION_TYPES[relation.type];
    return (
      <>
        <p className="details-kicker">
          <Swatch color={RELATION_CATEGORIES[type.category].color} />
          {type.label}
          {relation.contested && (
            <span className="badge badge-contested">
              <span aria-hidden="true">{CONTESTED_MARK} </span>Contested
            </span>
          )}
        </p>
        <h2 className="details-title">{directionInWords(index, relation)}</h2>
        <p className="details-claim">{relation.claim}</p>
        <Quotes index={index} evidence={relation.evidence} />
      </>
    );
  }
  if (selected.kind === 'deal') {
    const deal = index.deals.get(selected.id);
    if (!deal) return null;
    return (
      <>
        <p className="details-kicker">Deal</p>
        <h2 className="details-title">{deal.label}</h2>
        <p className="details-claim">{deal.summary}</p>
        <Quotes index={index} evidence={deal.evidence} />
      </>
    );
  }
  const actor = index.actors.get(selected.id);
  if (!actor) return null;
  const relations = [...(index.outgoing.get(actor.id) ?? []), ...(index.incoming.get(actor.id) ?? [])];
  return (
    <>
      <p className="details-kicker">{ACTOR_TYPES[actor.type].label}</p>
      <h2 className="details-title">{actor.label}</h2>
      <p className="details-claim">{actor.description}</p>
      {relations.length > 0 && (
        <>
          <p className="details-label">
            {relations.length === 1 ? 'One relation' : `${relations.length} relations`}; choose one for its
            quotes:
          </p>
          <RelationButtonList index={index} relations={relations.slice(0, RELATIONS_LISTED)} />
          {relations.length > RELATIONS_LISTED && (
            <p className="muted">and {relations.length - RELATIONS_LISTED} more in Leverage Map.</p>
          )}
        </>
      )}
    </>
  );
}

/**
 * The embedded map's details: what was clicked, its quotes credited to their sources, and a
 * way to the same view in the full app. Compact, over the map, closed with × or Esc.
 */
export function EmbedCard() {
  const index = useAppStore(selectIndex);
  const selected = useAppStore(selectSelected);
  const select = useAppStore((s) => s.select);
  if (!index || !selected) return null;
  return (
    <section className="embed-card" aria-label="Details">
      <button
        type="button"
        className="btn-icon embed-close"
        aria-label="Close details"
        onClick={() => select(null)}
      >
        ×
      </button>
      {/* Focusable: it scrolls, and a keyboard must be able to scroll it. */}
      <div className="embed-card-body" tabIndex={0}>
        <Selected index={index} />
      </div>
      <OpenInAppLink />
    </section>
  );
}
