import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { nodeLabelShown } from './labelFonts';
import { chooseOverviewLabels, MAX_OVERVIEW_LABELS } from './overviewLabels';
import { renderModeOf } from './renderMode';
import { isLive } from './isLive';

/** Hubs considered for a name: a few more than are shown, since some will not fit. */
const CANDIDATES = MAX_OVERVIEW_LABELS * 3;

/**
 * Names the busiest actors of a large map while it is zoomed out further than cytoscape draws
 * any label, in a layer of plain text over the canvas that follows pans and zooms: the map
 * would otherwise open as unnamed dots. Restyling the hubs' labels instead would make
 * cytoscape redraw every element of the map.
 */
export function useOverviewLabels(
  cy: Core | null,
  layer: RefObject<HTMLDivElement | null>,
  /** An overview's open groups: the hubs are chosen again as they open and close. */
  open: ReadonlySet<string> | null = null,
) {
  useEffect(() => {
    const root = layer.current;
    if (!isLive(cy) || !root || renderModeOf(cy) !== 'large') return;
    const hubs = cy
      .nodes('.tier-1')
      .sort((a, b) => (b.data('degree') as number) - (a.data('degree') as number))
      .slice(0, CANDIDATES)
      .toArray() as NodeSingular[];
    const spans = new Map(
      hubs.map((hub) => {
        const span = document.createElement('span');
        span.textContent = String(hub.data('label'));
        root.append(span);
        return [hub.id(), span] as const;
      }),
    );
    // Measured once, while all are laid out: hidden ones measure nothing.
    const sizes = new Map(
      [...spans].map(([id, span]) => [id, { width: span.offsetWidth, height: span.offsetHeight }]),
    );
    let frame = 0;
    const place = () => {
      frame = 0;
      const zoom = cy.zoom();
      // Once cytoscape names hubs itself, or the slide shows its own, this layer steps aside.
      const off = nodeLabelShown('large', 1, zoom) || cy.$('.story-shown, .story-hidden').nonempty();
      const candidates = off
        ? []
        : hubs
            .filter((hub) => hub.visible())
            .map((hub) => {
              const { x, y } = hub.renderedPosition();
              const size = sizes.get(hub.id()) ?? { width: 0, height: 0 };
              return { id: hub.id(), x, y: y + hub.renderedHeight() / 2 + 2, ...size };
            });
      const shown = new Map(
        chooseOverviewLabels(candidates, { width: cy.width(), height: cy.height() }).map((l) => [l.id, l]),
      );
      for (const [id, span] of spans) {
        const label = shown.get(id);
        span.hidden = !label;
        if (label)
          span.style.transform = `translate(${Math.round(label.x - label.width / 2)}px, ${Math.round(label.y)}px)`;
      }
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(place);
    };
    place();
    cy.on('viewport', schedule);
    cy.on('style', schedule);
    return () => {
      cy.off('viewport', schedule);
      cy.off('style', schedule);
      cancelAnimationFrame(frame);
      for (const span of spans.values()) span.remove();
    };
  }, [cy, layer, open]);
}
