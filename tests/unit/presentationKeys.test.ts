import { describe, expect, it } from 'vitest';
import { presentationAction, slideFromDigits } from '../../src/features/presentation/presentationKeys';

describe('presentation keys', () => {
  it('moves on with the arrow, space and a clicker’s PageDown, and back with PageUp', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown'])
      expect(presentationAction(key)).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(presentationAction(key)).toEqual({ type: 'previous' });
    expect(presentationAction('Home')).toEqual({ type: 'first' });
    expect(presentationAction('End')).toEqual({ type: 'last' });
    expect(presentationAction('Escape')).toEqual({ type: 'exit' });
    expect(presentationAction('s')).toEqual({ type: 'notes' });
    expect(presentationAction('7')).toEqual({ type: 'digit', digit: 7 });
    expect(presentationAction('x')).toBeNull();
  });

  it('jumps to the slide a number names, counted from one, never past the end', () => {
    expect(slideFromDigits('3', 9)).toBe(2);
    expect(slideFromDigits('12', 9)).toBe(8);
    expect(slideFromDigits('0', 9)).toBeNull();
  });
});
