/**
 * The layout's worker: receives a LayoutRequest, answers with positions (or the error), so
 * that laying out a large map never freezes the page. Labels are measured on an
 * OffscreenCanvas with the fonts the canvas draws them in.
 */
import { computeLayout } from './computeLayout';
import { estimateText, type MeasureText } from './labelBox';
import type { LayoutRequest } from './layoutRequest';

export type LayoutReply =
  { ok: true; positions: Record<string, { x: number; y: number }> } | { ok: false; message: string };

function canvasMeasure(): MeasureText {
  const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateText;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  let reply: LayoutReply;
  try {
    reply = { ok: true, positions: computeLayout(event.data, canvasMeasure()) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
