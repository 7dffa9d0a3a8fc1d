import { useAppStore } from '../../store/appStore';
import { legendCountsOf } from '../../domain/legendCounts';
import { selectIndex } from '../../store/selectors';
import { ActorTypeLegend } from './ActorTypeLegend';
import { SizeByControl } from '../leverage/SizeByControl';
import { FocusControl } from './FocusControl';
import { RelationTypeLegend } from './RelationTypeLegend';
import { SourceLegend } from './SourceLegend';
import { StanceLegend } from './StanceLegend';
import { VisibilitySummary } from './VisibilitySummary';
import './sidebar.css';

/**
 * Legend and filters in one: every entry shows how the graph draws something and switches
 * it on or off, so the key to the picture and the control over it cannot disagree.
 */
export function Sidebar() {
  const index = useAppStore(selectIndex);
  const counts = index ? legendCountsOf(index) : null;
  return (
    <aside className="sidebar" aria-label="Legend and filters">
      {index && counts && (
        <>
          <VisibilitySummary index={index} />
          <ActorTypeLegend counts={counts} />
          <SizeByControl />
          <RelationTypeLegend counts={counts} />
          <StanceLegend counts={counts} />
          <SourceLegend index={index} counts={counts} />
          <FocusControl index={index} />
        </>
      )}
    </aside>
  );
}
