import type { GraphIndex } from '../../domain/graphIndex';
import type { SearchHit } from '../../domain/search';
import { Highlighted } from './Highlighted';
import { KindIcon } from './KindIcon';

interface SearchOptionProps {
  id: string;
  hit: SearchHit;
  index: GraphIndex;
  query: string;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
}

export function SearchOption({ id, hit, index, query, active, onChoose, onHover }: SearchOptionProps) {
  // search() prefixes deal labels with "Deal:"; the kind label already says so.
  const label = hit.ref.kind === 'deal' ? (index.deals.get(hit.ref.id)?.label ?? hit.label) : hit.label;
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className="search-option"
      // Keep focus in the input, so the click lands and the combobox stays the focus owner.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseMove={active ? undefined : onHover}
    >
      <KindIcon refTo={hit.ref} index={index} />{' '}
      <span className="search-text">
        <span className="search-label">
          <Highlighted text={label} query={query} />
        </span>{' '}
        <span className="search-detail muted">
          <Highlighted text={hit.detail} query={query} />
        </span>
      </span>
    </li>
  );
}
