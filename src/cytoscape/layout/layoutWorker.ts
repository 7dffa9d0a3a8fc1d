/**
 * The layout's worker: receives a LayoutRequest, answers with positions (or the error), so
 * that laying out a large map never freezes the page. Labels are measured on an
 * OffscreenCanvas with the fonts the canvas draws them in.
 */
import { computeLayout } from './computeLayout';
import { canvasMeasure } from './labelBox';
import type { LayoutRequest } from './layoutRequest';
import { answerRequests } from '../../workers/runWorker';

answerRequests((request: LayoutRequest) => computeLayout(request, canvasMeasure()));
