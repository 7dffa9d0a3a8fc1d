/** The list with the item taken out if it is in it, added at the end if not; the original is left alone. */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
