// In progress: replaced by the full feature.
export function SourceReader() {
  return <aside className="reader" aria-label="Source reader" />;
}
