/**
 * A value derived from an object, worked out once and kept as long as the object lives: what
 * is derived from a map's index (its levers, its legend's counts, its time index…) is worked
 * out once per map, and each step of the undo history has its own.
 */
export interface OncePer<K extends object, V> {
  (key: K): V;
  /** Whether the value is worked out already. */
  has(key: K): boolean;
  /** Keeps a value worked out another way (ahead of use), unless one is kept already. */
  keep(key: K, value: V): void;
}

export function oncePer<K extends object, V>(compute: (key: K) => V): OncePer<K, V> {
  const values = new WeakMap<K, V>();
  const derive = (key: K): V => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
  return Object.assign(derive, {
    has: (key: K) => values.has(key),
    keep: (key: K, value: V) => {
      if (!values.has(key)) values.set(key, value);
    },
  });
}
