/** What a key does while presenting; pure, so the keyboard map is tested without a browser. */
export type PresentationAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'exit' }
  | { type: 'notes' }
  | { type: 'digit'; digit: number };

export function presentationAction(key: string): PresentationAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
    case 'Enter':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
      return { type: 'exit' };
    case 's':
    case 'S':
      return { type: 'notes' };
    default:
      return /^[0-9]$/.test(key) ? { type: 'digit', digit: Number(key) } : null;
  }
}

/**
 * Typed digits jump to a slide, counted from 1 as on screen: "1" "2" within a moment is 12.
 * Returns the slide index (0-based) to go to, or null while the number could still grow.
 */
export function slideFromDigits(typed: string, slideCount: number): number | null {
  const n = Number(typed);
  if (!Number.isInteger(n) || n < 1) return null;
  return Math.min(n, slideCount) - 1;
}
