/**
 * How a spreadsheet's words become our ids: a type written as its id or its label in any
 * case ("Sanctions relief", "sanctions_relief"), and an element or source named by its ID,
 * label, alias or title, as people write them in a From or Source cell.
 */

/** "Sanctions relief", "sanctions-relief", "SANCTIONS_RELIEF" all read as "sanctions_relief". */
function normal(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * The registry id a cell names, by id, label or plural label; the cell itself when none
 * matches, so that the schema's message lists the types to choose from.
 */
export function registryId<K extends string>(
  cell: string,
  registry: Readonly<Record<K, { label: string; plural?: string }>>,
): string {
  const wanted = normal(cell);
  for (const [id, info] of Object.entries(registry) as [K, { label: string; plural?: string }][]) {
    if (id === wanted || normal(info.label) === wanted || (info.plural && normal(info.plural) === wanted))
      return id;
  }
  return cell.trim();
}

/** What a name shared by two rows finds. */
export const AMBIGUOUS = Symbol('ambiguous');

/**
 * Names to ids: every name (an ID as written, the id it became, a label, an alias) points to
 * one id, or to several when two rows share it, which a cell then cannot name alone.
 */
export class NameIndex {
  private readonly byName = new Map<string, Set<string>>();
  /** Exact names (IDs) win over loose ones (labels and aliases, in any case). */
  private readonly exact = new Map<string, string>();

  addExact(name: string, id: string) {
    if (name !== '') this.exact.set(name, id);
  }

  addLoose(name: string, id: string) {
    const key = name.trim().toLowerCase();
    if (key === '') return;
    const ids = this.byName.get(key) ?? new Set<string>();
    ids.add(id);
    this.byName.set(key, ids);
  }

  /** The id a cell names, AMBIGUOUS when a label names several, or undefined. */
  find(name: string): string | typeof AMBIGUOUS | undefined {
    const exact = this.exact.get(name);
    if (exact !== undefined) return exact;
    const ids = this.byName.get(name.trim().toLowerCase());
    if (!ids) return undefined;
    return ids.size === 1 ? [...ids][0] : AMBIGUOUS;
  }
}
