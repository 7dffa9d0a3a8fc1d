/**
 * The layout's worker: receives a LayoutRequest, answers with positions (or the error), so
 * that laying out a large map never freezes the page. Labels are measured on an
 * OffscreenCanvas with the fonts the canvas draws them in.
 */
import { computeLayout } from './computeLayout';
import { estimateText, type MeasureText } from './labelBox';
import type { LayoutRequest } from './layoutRequest';
import { answerRequests } from '../../workers/runWorker';

function canvasMeasure(): MeasureText {
  const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateText;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

answerRequests((request: LayoutRequest) => computeLayout(request, canvasMeasure()));
