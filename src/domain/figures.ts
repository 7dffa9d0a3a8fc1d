/**
 * Figures a relation gives, and where sources disagree on them. Two figures for the same
 * quantity with different values from different sources are a finding in themselves
 * (ECFR counts 123 prisoners freed, Carnegie 156), so the panel puts them side by side.
 */
import type { Figure } from './schema';
import { pushTo } from './lists';

export interface FigureDisagreement {
  quantity: string;
  /** One figure per source, in the order the relation lists them. */
  figures: Figure[];
}

export function figureDisagreements(figures: readonly Figure[]): FigureDisagreement[] {
  const byQuantity = new Map<string, Figure[]>();
  for (const fig of figures) pushTo(byQuantity, fig.quantity, fig);
  const result: FigureDisagreement[] = [];
  for (const [quantity, list] of byQuantity) {
    const sources = new Set(list.map((f) => f.source));
    const values = new Set(list.map((f) => f.value));
    if (sources.size < 2 || values.size < 2) continue;
    const firstPerSource = list.filter((f, i) => list.findIndex((g) => g.source === f.source) === i);
    result.push({ quantity, figures: firstPerSource });
  }
  return result;
}

/** "123", "about 7,000". Grouped the British way, as the sources are. */
export function formatFigureValue(fig: Pick<Figure, 'value' | 'approximate'>): string {
  const number = fig.value.toLocaleString('en-GB');
  return fig.approximate ? `about ${number}` : number;
}
