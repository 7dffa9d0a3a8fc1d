// In progress: replaced by the full feature.
export function Sidebar() {
  return <aside className="sidebar" aria-label="Legend and filters" />;
}
