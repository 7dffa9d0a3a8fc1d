/**
 * Commands other UI can send to the graph (fit, export later) without importing cytoscape.
 * The canvas registers its handlers while mounted; calls with no graph mounted do nothing.
 */
export interface GraphCommandHandlers {
  fit: () => void;
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
};
