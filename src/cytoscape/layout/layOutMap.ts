/**
 * Laying a map out (layoutRequest.ts, layOut.ts), fetched only for a map without saved
 * positions: a map that opens where it was saved never needs it (see GraphCanvas).
 */
import type { GraphIndex } from '../../domain/graphIndex';
import type { Dataset, Position } from '../../domain/schema';
import type { RenderMode } from '../renderMode';
import { layOut } from './layOut';
import { layoutRequest } from './layoutRequest';

export function layOutMap(
  dataset: Dataset,
  index: GraphIndex,
  mode: RenderMode,
  canvas: { width: number; height: number },
  signal: AbortSignal,
): Promise<Record<string, Position>> {
  return layOut(layoutRequest(dataset, index, mode, canvas), signal);
}
