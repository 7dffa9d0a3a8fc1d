/**
 * How a spreadsheet's names become our ids: an element or source named by its ID, label,
 * alias or title, as people write them in a From or Source cell. (A type's name is read by
 * registryId in foreignGraph.ts, for every format.)
 */

/** What a name shared by several rows finds: their ids. */
export interface Ambiguous {
  ids: ReadonlySet<string>;
}

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

  /** The id a cell names, the ids when a label names several, or undefined. */
  find(name: string): string | Ambiguous | undefined {
    const exact = this.exact.get(name);
    if (exact !== undefined) return exact;
    const ids = this.byName.get(name.trim().toLowerCase());
    if (!ids) return undefined;
    return ids.size === 1 ? [...ids][0] : { ids };
  }
}
