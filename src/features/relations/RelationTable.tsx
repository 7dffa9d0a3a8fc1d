// In progress: replaced by the full feature.
export function RelationTable() {
  return <section className="relations" aria-label="Relation list" />;
}
