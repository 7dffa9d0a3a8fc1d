/**
 * Commands other UI can send to the graph (fit, export later) without importing cytoscape.
 * The canvas registers its handlers while mounted; calls with no graph mounted do nothing.
 */
export type Positions = Record<string, { x: number; y: number }>;

export interface GraphCommandHandlers {
  fit: () => void;
  /** Where every actor is now, rounded to a tenth of a pixel; null with no graph mounted. */
  positions: () => Positions | null;
  /** The current view as an image with its legend and sources. */
  exportImage: (format: 'png' | 'svg') => Promise<Blob | null>;
  /** A picture of each slide of a story, as PNG data URLs, for the printable handout. */
  captureSlides: (storyId: string) => Promise<string[] | null>;
}

let handlers: GraphCommandHandlers | null = null;

export function registerGraphCommands(next: GraphCommandHandlers): () => void {
  handlers = next;
  return () => {
    if (handlers === next) handlers = null;
  };
}

export const graphCommands: GraphCommandHandlers = {
  fit: () => handlers?.fit(),
  positions: () => handlers?.positions() ?? null,
  exportImage: (format) => handlers?.exportImage(format) ?? Promise.resolve(null),
  captureSlides: (storyId) => handlers?.captureSlides(storyId) ?? Promise.resolve(null),
};
