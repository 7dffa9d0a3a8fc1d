import { describe, expect, it } from 'vitest';
import { parseOptions, repetitionsOf, UsageError, variantsOf } from '../../bench/lib/options';

/** Every workload and variant a run measures, with its runs: "W0 saved ×3". */
function plan(argv: string[]): string[] {
  const options = parseOptions(argv);
  return options.workloads.flatMap((w) =>
    variantsOf(w, options).map((v) => `${w} ${v} ×${repetitionsOf(w, v, options)}`),
  );
}

describe('what the benchmark runs', () => {
  it('runs every figure 5 times in a full run, W20 afresh only with --large', () => {
    expect(plan([])).toEqual([
      'W0 saved ×5',
      'W0 fresh ×5',
      'W1 saved ×5',
      'W1 fresh ×5',
      'W5 saved ×5',
      'W5 fresh ×5',
      'W20 saved ×5',
    ]);
    expect(plan(['--large'])).toContain('W20 fresh ×5');
  });

  it('keeps every workload with saved positions in --quick: 3 runs up to W5, W20 and fresh layouts once', () => {
    expect(plan(['--', '--quick'])).toEqual([
      'W0 saved ×3',
      'W0 fresh ×1',
      'W1 saved ×3',
      'W1 fresh ×1',
      'W5 saved ×3',
      'W20 saved ×1',
    ]);
  });

  it('gives every figure exactly --reps runs, quick or not', () => {
    expect(plan(['--quick', '--reps=2', '--only=W5,W20'])).toEqual(['W5 saved ×2', 'W20 saved ×2']);
    expect(plan(['--reps=1', '--only=W1', '--variants=fresh'])).toEqual(['W1 fresh ×1']);
  });

  it('says what it accepts when an option is wrong', () => {
    expect(() => parseOptions(['--only=W3'])).toThrow(UsageError);
    expect(() => parseOptions(['--reps=0'])).toThrow(/usage: npm run bench/);
  });
});
