// In progress: replaced by the full feature.
export function DetailsPanel() {
  return <aside className="details" aria-label="Details" />;
}
