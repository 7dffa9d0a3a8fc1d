import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from '../../src/cytoscape/keyboardNav';

const around = [
  { id: 'east', x: 100, y: 10 },
  { id: 'far-east', x: 300, y: 0 },
  { id: 'north', x: 0, y: -80 },
  { id: 'south-west', x: -60, y: 70 },
];

describe('moving to a neighbour with the arrow keys', () => {
  it('takes the nearest neighbour in the direction pressed', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'right')).toBe('east');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'up')).toBe('north');
    // Down-left at 49° from straight down: within the cone either way, nearer to down.
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'down')).toBe('south-west');
  });

  it('prefers a neighbour on the axis to a nearer one well off it', () => {
    const candidates = [
      { id: 'off-axis', x: 50, y: 45 },
      { id: 'on-axis', x: 70, y: 0 },
    ];
    expect(neighbourInDirection({ x: 0, y: 0 }, candidates, 'right')).toBe('on-axis');
  });

  it('answers null when nothing lies that way, or there is nothing at all', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, [{ id: 'east', x: 100, y: 0 }], 'left')).toBeNull();
    expect(neighbourInDirection({ x: 0, y: 0 }, [], 'up')).toBeNull();
  });
});
