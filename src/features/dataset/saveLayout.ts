import type { Positions } from '../../store/graphCommands';

/** The file as it was written, with `positions` replaced: nothing else changes. */
export function datasetWithPositions(raw: Record<string, unknown>, positions: Positions): string {
  return `${JSON.stringify({ ...raw, positions }, null, 2)}\n`;
}
