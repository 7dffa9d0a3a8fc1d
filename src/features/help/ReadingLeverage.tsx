import { LEVER_FLOWS, LEVER_KIND_IDS, LEVER_KINDS } from '../../domain/leverage/semantics';
import {
  RELATION_CATEGORIES,
  RELATION_CATEGORY_IDS,
  RELATION_TYPES,
  relationTypesIn,
} from '../../domain/relationTypes';

/** How to read leverage, and every relation type's leverage as the registry declares it. */
export function ReadingLeverage() {
  return (
    <section aria-labelledby="help-leverage-title">
      <h3 id="help-leverage-title">Reading leverage</h3>
      <p>
        An arrow says who acts; leverage says who can move whom, and they need not point the same way. If
        Belarus depends on Russia, the arrow points to Russia and the leverage is Russia’s: it can withhold
        what Belarus relies on.
      </p>
      <p>Each relation type gives one kind of lever to the side that holds it:</p>
      <dl className="help-lever-kinds">
        {LEVER_KIND_IDS.map((kind) => (
          <div key={kind}>
            <dt>{LEVER_KINDS[kind].label}</dt>
            <dd>{LEVER_KINDS[kind].description}</dd>
          </div>
        ))}
      </dl>
      <TypeLeverageTable />
    </section>
  );
}

function TypeLeverageTable() {
  return (
    <table className="help-leverage-table">
      <caption>Leverage by relation type</caption>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Leverage</th>
          <th scope="col">Kind</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      {RELATION_CATEGORY_IDS.map((category) => (
        <tbody key={category}>
          <tr className="help-leverage-category">
            <th scope="rowgroup" colSpan={4}>
              <span
                className="help-leverage-swatch"
                style={{ background: RELATION_CATEGORIES[category].color }}
              />
              {RELATION_CATEGORIES[category].label}
            </th>
          </tr>
          {relationTypesIn(category).map((type) => {
            const info = RELATION_TYPES[type];
            const { flow, kind, reason } = info.leverage;
            return (
              <tr key={type}>
                <th scope="row">{info.label}</th>
                {/* A type with no lever declares a kind too; showing it would suggest a lever. */}
                <td>{flow === 'none' ? 'no leverage' : LEVER_FLOWS[flow].label}</td>
                <td>{flow === 'none' ? '—' : LEVER_KINDS[kind].label}</td>
                <td>{reason}</td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
