import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../src/app/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('explorer shortcuts', () => {
  it('maps every key the help lists, letters in either case', () => {
    expect(shortcutFor(key('/'), false)).toBe('focus-search');
    expect(shortcutFor(key('Escape'), false)).toBe('escape');
    expect(shortcutFor(key('f'), false)).toBe('fit');
    expect(shortcutFor(key('F'), false)).toBe('fit');
    expect(shortcutFor(key('n'), false)).toBe('focus');
    expect(shortcutFor(key('l'), false)).toBe('toggle-list');
    expect(shortcutFor(key('d'), false)).toBe('toggle-details');
    expect(shortcutFor(key('g'), false)).toBe('toggle-sidebar');
    expect(shortcutFor(key('p'), false)).toBe('toggle-paths');
    expect(shortcutFor(key('?'), false)).toBe('help');
    expect(shortcutFor(key('x'), false)).toBeNull();
  });

  it('leaves typing and modified keys alone, except Escape while typing', () => {
    expect(shortcutFor(key('f'), true)).toBeNull();
    expect(shortcutFor(key('Escape'), true)).toBe('escape');
    expect(shortcutFor(key('f', { ctrlKey: true }), false)).toBeNull();
  });
});
