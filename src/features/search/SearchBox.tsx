// In progress: replaced by the full feature.
export function SearchBox() {
  return <input id="search-input" aria-label="Search" />;
}
