import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { measureByActor } from '../domain/leverage/measures';
import { useAppStore } from '../store/appStore';
import { selectIndex, selectMetrics, selectSizeBy } from '../store/selectors';
import { measureSize, nodeSize } from './elements';
import { isLive } from './isLive';

/**
 * Sizes actors by the measure chosen in the legend: relations (as drawn at first), or a
 * leverage measure once the metrics have been worked out. Until they arrive the sizes stay
 * as they are, so nothing jumps twice. Only actors whose size changes are touched.
 */
export function useNodeSizes(cy: Core | null, open: ReadonlySet<string> | null = null) {
  const sizeBy = useAppStore(selectSizeBy);
  const metrics = useAppStore(selectMetrics);
  // An edit changes degrees, and adds actors drawn at their first size.
  const index = useAppStore(selectIndex);
  useEffect(() => {
    if (!isLive(cy)) return;
    let sizeOf: (id: string, degree: number) => number;
    if (sizeBy === 'relations') sizeOf = (_id, degree) => nodeSize(degree);
    else if (metrics.status === 'ready') {
      const values = measureByActor(metrics.flow, metrics.metrics[sizeBy]);
      let max = 0;
      for (const value of values.values()) if (value > max) max = value;
      sizeOf = (id) => measureSize(values.get(id) ?? 0, max);
    } else return;
    // In a frame of its own: on a large map restyling every actor is a long task, and it
    // should not be counted against (or hold up) the answer that asked for it.
    const frame = requestAnimationFrame(() =>
      cy.batch(() => {
        // A group's circle is sized by where its actors stand (see groupOverview.ts).
        cy.nodes()
          .not('.group')
          .forEach((node) => {
            const size = sizeOf(node.id(), node.data('degree') as number);
            if (node.data('size') !== size) node.data('size', size);
          });
      }),
    );
    return () => cancelAnimationFrame(frame);
    // Actors drawn when their group opens come at their first size too.
  }, [cy, sizeBy, metrics, index, open]);
}
