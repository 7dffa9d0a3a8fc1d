import { formatPartialDate, formatWhenInFull, relationSentence, shortSourceName } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Relation } from '../../domain/schema';
import { CHANGE_LOOK, type Change, type Comparison } from '../../domain/time/compareDates';
import { useAppStore } from '../../store/appStore';

const LISTED: readonly Change[] = ['added', 'ended', 'passed'];

const HEADINGS: Record<Change, string> = {
  added: 'Began',
  ended: 'Ended',
  passed: 'Began and ended in between',
  unchanged: 'Held on both dates',
};

/**
 * What changed between the two dates, each relation with its dates and its first quote, so
 * every mark on the map can be traced to its words. What held on both dates is counted.
 */
export function ComparisonList({ index, comparison }: { index: GraphIndex; comparison: Comparison }) {
  const byChange = new Map<Change, Relation[]>();
  for (const [id, change] of comparison.changes) {
    const rel = index.relations.get(id);
    if (!rel) continue;
    byChange.set(change, [...(byChange.get(change) ?? []), rel]);
  }
  const unchanged = byChange.get('unchanged')?.length ?? 0;
  const changed = LISTED.reduce((n, c) => n + (byChange.get(c)?.length ?? 0), 0);
  return (
    <section className="comparison" aria-label="What changed">
      <h3 className="comparison-title">
        Between {formatPartialDate(comparison.a)} and {formatPartialDate(comparison.b)}:{' '}
        {changed === 0 ? 'nothing dated changed' : `${changed} changed`}
        <span className="muted">
          {' '}
          · {unchanged} held on both dates · {comparison.undated} undated, not compared
        </span>
      </h3>
      {LISTED.map((change) => {
        const relations = byChange.get(change);
        if (!relations?.length) return null;
        return (
          <div key={change} className="comparison-group">
            <h4 style={{ borderColor: CHANGE_LOOK[change].color }}>
              {HEADINGS[change]} ({relations.length})
            </h4>
            <ul>
              {relations.map((rel) => (
                <ChangedRelation key={rel.id} index={index} relation={rel} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function ChangedRelation({ index, relation }: { index: GraphIndex; relation: Relation }) {
  const quote = relation.evidence[0];
  const source = quote ? index.sources.get(quote.source) : undefined;
  return (
    <li>
      <button
        type="button"
        className="btn-link"
        onClick={() => useAppStore.getState().select({ kind: 'relation', id: relation.id }, { centre: true })}
      >
        {relationSentence(index, relation)}
      </button>
      {relation.when && <span className="muted"> · {formatWhenInFull(relation.when)}</span>}
      {quote && (
        <blockquote className="comparison-quote">
          “{quote.quote}”{source && <cite> — {shortSourceName(source)}</cite>}
        </blockquote>
      )}
    </li>
  );
}
