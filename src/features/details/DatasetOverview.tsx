import { useId, useMemo } from 'react';
import { formatCount } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { legendCountsOf, sourcesByUse } from '../../domain/legendCounts';
import type { Dataset } from '../../domain/schema';
import { CONTESTED_MARK } from '../../domain/stances';
import { useAppStore } from '../../store/appStore';
import { ShowAll, useShortList } from '../common/ShortList';
import { SourceMeta, SourceTitle } from '../reader/SourceCitation';
import { DetailsSection } from './DetailsSection';
import './overview.css';

/** What the panel shows before anything is selected: how to read the map, and what it is built from. */
export function DatasetOverview({ dataset, index }: { dataset: Dataset; index: GraphIndex }) {
  const openReader = useAppStore((s) => s.openReader);
  const sources = useMemo(() => sourcesByUse(index, legendCountsOf(index).sources), [index]);
  const list = useShortList(sources);
  const id = useId();
  return (
    <>
      <p className="details-kicker">About this map</p>
      <h2 className="details-title" tabIndex={-1}>
        {dataset.title}
      </h2>
      <p className="details-claim">{dataset.description}</p>
      <p className="overview-counts">
        {formatCount(index.actors.size, 'actor')} · {formatCount(index.relations.size, 'relation')} ·{' '}
        {formatCount(index.deals.size, 'deal')}
      </p>
      <DetailsSection title="How to read this">
        <ul className="overview-howto">
          <li>
            <strong>Select an actor or a relation</strong> in the graph, the relation list or search.
          </li>
          <li>
            A relation shows the claim in our words, who makes it, and every supporting quote word for word,
            with figures, disputes and deals.
          </li>
          <li>
            Colour is the kind of relation; a solid line is the author’s statement, dashed someone else’s
            claim, dotted advice, dash-dot a maybe; {CONTESTED_MARK} marks a dispute.
          </li>
          <li>“Show in source” opens the full text with every quoted passage marked.</li>
        </ul>
      </DetailsSection>
      <DetailsSection title={`Sources (${dataset.sources.length})`}>
        <ul className="overview-sources" id={id}>
          {list.shown.map((source) => (
            <li key={source.id} className="overview-source">
              <p className="overview-source-title">
                <SourceTitle source={source} />
              </p>
              <SourceMeta source={source} />
              <button
                type="button"
                className="btn"
                aria-label={`Read ${source.title}`}
                onClick={() => openReader({ sourceId: source.id })}
              >
                Read
              </button>
            </li>
          ))}
        </ul>
        <ShowAll list={list} total={sources.length} noun="source" order="most quoted" controls={id} />
      </DetailsSection>
    </>
  );
}
