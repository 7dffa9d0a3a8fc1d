import { shortSourceName } from '../../domain/format';
import { formatFigureValue } from '../../domain/figures';
import type { GraphIndex } from '../../domain/graphIndex';
import type { Figure } from '../../domain/schema';
import { DetailsSection } from './DetailsSection';
import './figures.css';

export function FigureTable({ index, figures }: { index: GraphIndex; figures: readonly Figure[] }) {
  return (
    <DetailsSection title="Figures">
      <table className="figure-table">
        <thead>
          <tr>
            <th scope="col">Quantity</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Unit</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((fig, i) => {
            const source = index.sources.get(fig.source);
            return (
              <tr key={i}>
                <td>{fig.quantity}</td>
                <td className="num">{formatFigureValue(fig)}</td>
                <td>{fig.unit ?? ''}</td>
                <td title={source ? `${source.publisher}: ${source.title}` : undefined}>
                  {source ? shortSourceName(source) : fig.source}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </DetailsSection>
  );
}
