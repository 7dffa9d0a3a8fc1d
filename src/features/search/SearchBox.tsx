import { SearchCombobox } from './SearchCombobox';

/** Top-bar search over actors, relations and deals; choosing one selects and centres it. */
export function SearchBox() {
  return <SearchCombobox inputId="search-input" label="Search" placeholder="Search actors… ( / )" />;
}
