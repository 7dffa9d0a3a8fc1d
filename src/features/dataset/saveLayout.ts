import type { Dataset } from '../../domain/schema';
import type { Positions } from '../../store/graphCommands';

/** The dataset file with `positions` replaced: sources keep their text paths, nothing else changes. */
export function datasetWithPositions(dataset: Dataset, positions: Positions): string {
  return `${JSON.stringify({ ...dataset, positions }, null, 2)}\n`;
}
