/** A small colour chip. Decorative: the label beside it always says the same in words. */
export function Swatch({ color, shape = 'bar' }: { color: string; shape?: 'bar' | 'dot' }) {
  return <span className={`swatch swatch-${shape}`} style={{ background: color }} aria-hidden="true" />;
}
