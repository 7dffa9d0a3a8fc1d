/**
 * What a graph format (GEXF, GraphML, Cytoscape JSON) does not carry of a map, counted and
 * said in words for the exporter's `dropped`, so nothing is lost without the user knowing.
 */
import { separatorClashes, type GraphContext } from './graphAttributes';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function droppedFromGraph(map: GraphContext, { joinsLists }: { joinsLists: boolean }): string[] {
  const { dataset } = map;
  const out: string[] = [];
  const relations = dataset.relations;
  if (dataset.deals.length > 0) {
    const quotes = dataset.deals.reduce((n, d) => n + d.evidence.length, 0);
    out.push(
      `${plural(dataset.deals.length, 'deal', 'deals')}: only their labels are carried, in the "deals" attribute of each relation in them; their summaries, dates and ${plural(quotes, 'quote', 'quotes')} are not`,
    );
  }
  if (dataset.stories.length > 0)
    out.push(`${plural(dataset.stories.length, 'story', 'stories')}: the format has no place for them`);
  const contested = relations.filter((r) => r.contested);
  if (contested.length > 0) {
    const positions = contested.flatMap((r) => r.contested!.positions);
    const quotes = positions.reduce((n, p) => n + p.evidence.length, 0);
    out.push(
      `${plural(contested.length, 'contested relation', 'contested relations')}: "contested" and "contest_summary" say so, but the ${positions.length} competing positions and their ${plural(quotes, 'quote', 'quotes')} are not carried`,
    );
  }
  const figures = relations.reduce((n, r) => n + (r.figures?.length ?? 0), 0);
  if (figures > 0)
    out.push(
      `${plural(figures, 'figure', 'figures')}: written out as text in "figures", not as numbers, and not read back`,
    );
  const anchors = relations.reduce((n, r) => n + r.evidence.filter((ev) => ev.anchor).length, 0);
  if (anchors > 0)
    out.push(
      `${plural(anchors, 'quote anchor', 'quote anchors')} (which of two identical passages was meant): not carried`,
    );
  const extras = dataset.sources.filter(
    (s) =>
      s.authors !== undefined ||
      s.rights !== undefined ||
      s.titleIsOurs !== undefined ||
      (typeof s.published !== 'string' && s.published.note !== undefined),
  );
  if (extras.length > 0)
    out.push(
      `${plural(extras.length, 'source', 'sources')}: authors, rights, whether the title is ours and notes on an unknown date are in the file's description (the credits) only, not read back`,
    );
  if (dataset.sources.length > 0)
    out.push(
      `the texts of ${plural(dataset.sources.length, 'source', 'sources')}: not in the file; keep each beside it as sources/<id>.txt so that its quotes can be checked when it is read back`,
    );
  if (joinsLists) out.push(...separatorClashes(map));
  return out;
}
