import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, round, summarize } from '../../bench/lib/stats';

describe('benchmark statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('ignores values that are not numbers', () => {
    expect(median([Number.NaN, 2, Number.POSITIVE_INFINITY, 4])).toBe(3);
  });

  it('gives the p95 of frame times by nearest rank: a frame that happened', () => {
    const frames = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100 ms
    expect(percentile(frames, 95)).toBe(95);
    expect(percentile(frames, 100)).toBe(100);
    expect(percentile(frames, 0)).toBe(1);
    // With 10 frames, the p95 is the slowest: 95% of 10 rounds up to the 10th.
    expect(percentile([16.7, 16.7, 16.7, 16.7, 16.7, 16.7, 16.7, 16.7, 16.7, 250], 95)).toBe(250);
    expect(percentile([20, 10], 50)).toBe(10);
    expect(percentile([], 95)).toBeNaN();
  });

  it('summarises runs as median, min, max and count', () => {
    expect(summarize([300, 100, 200])).toEqual({ median: 200, min: 100, max: 300, n: 3 });
    expect(summarize([])).toBeNull();
  });

  it('divides only known figures by non-zero ones', () => {
    expect(ratio(110, 100)).toBeCloseTo(1.1);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(undefined, 2)).toBeNull();
  });

  it('rounds to one decimal below 100 and to whole numbers above', () => {
    expect(round(16.666)).toBe(16.7);
    expect(round(1234.5)).toBe(1235);
  });
});
