import { shortSourceName } from '../../domain/format';
import { figureDisagreements, formatFigureValue } from '../../domain/figures';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Figure } from '../../domain/schema';
import './figures.css';

/**
 * Sources that give different numbers for the same thing, side by side. Shown right under
 * the claim, because which number to believe is part of what the relation says.
 */
export function FigureComparison({ index, figures }: { index: GraphIndex; figures: readonly Figure[] }) {
  const disagreements = figureDisagreements(figures);
  if (!disagreements.length) return null;
  return (
    <div className="figure-comparison" role="group" aria-label="Sources disagree">
      <p className="figure-comparison-label">
        <span aria-hidden="true">≠ </span>Sources disagree
      </p>
      {disagreements.map((d) => (
        <div key={d.quantity} className="figure-comparison-group">
          <p className="figure-comparison-quantity">{d.quantity}</p>
          <dl
            className="figure-comparison-values"
            style={{ gridTemplateColumns: `repeat(${d.figures.length}, 1fr)` }}
          >
            {d.figures.map((fig) => {
              const source = index.sources.get(fig.source);
              return (
                <div key={fig.source} className="figure-comparison-value">
                  <dt>{source ? shortSourceName(source) : fig.source}</dt>
                  <dd>
                    <span className="figure-number">{formatFigureValue(fig)}</span>
                    {fig.unit && <span className="muted"> {fig.unit}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </div>
  );
}
