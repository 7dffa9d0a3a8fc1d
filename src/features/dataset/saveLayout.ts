import type { Positions } from '../../store/graphCommands';

/** The file as it was written, with `positions` replaced: nothing else changes. */
export function datasetWithPositions(raw: Record<string, unknown>, positions: Positions): string {
  return `${JSON.stringify({ ...raw, positions }, null, 2)}\n`;
}

export function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
