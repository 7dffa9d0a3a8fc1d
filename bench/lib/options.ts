/**
 * The benchmark's command line: npm run bench -- [--quick] [--large] [--only=W0,W1] [--variants=saved].
 * Every run measures W0, W1, W5 and W20; W20's fresh layout (minutes of fcose) only with --large.
 */

/** A mistake on the command line: printed as it is, without a stack. */
export class UsageError extends Error {}

export type WorkloadId = 'W0' | 'W1' | 'W5' | 'W20';
export type Variant = 'saved' | 'fresh';

export interface BenchOptions {
  /** Print the tables of the last full run (bench/results/latest.json) without measuring. */
  report: boolean;
  quick: boolean;
  /** W20 laid out afresh too. */
  large: boolean;
  repetitions: number;
  workloads: WorkloadId[];
  variants: Variant[];
}

const USAGE =
  'usage: npm run bench -- [--quick] [--large] [--only=W0,W1,W5,W20] [--variants=saved,fresh] [--reps=N] | --report';

export function parseOptions(argv: readonly string[]): BenchOptions {
  let report = false;
  let quick = false;
  let large = false;
  let only: WorkloadId[] | null = null;
  let variants: Variant[] = ['saved', 'fresh'];
  let reps: number | null = null;
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=', 2) as [string, string?];
    if (flag === '--') continue;
    else if (flag === '--report') report = true;
    else if (flag === '--quick') quick = true;
    else if (flag === '--large') large = true;
    else if (flag === '--only') only = listOf(value, ['W0', 'W1', 'W5', 'W20'] as const);
    else if (flag === '--variants') variants = listOf(value, ['saved', 'fresh'] as const);
    else if (flag === '--reps' && /^[1-9]\d*$/.test(value)) reps = Number(value);
    else throw new UsageError(`unknown option ${arg}\n${USAGE}`);
  }
  const workloads: WorkloadId[] = only ?? ['W0', 'W1', 'W5', 'W20'];
  return { report, quick, large, repetitions: reps ?? (quick ? 3 : 5), workloads, variants };
}

/** The variants measured on a workload: W20 laid out afresh only with --large. */
export function variantsOf(workload: WorkloadId, options: BenchOptions): Variant[] {
  return workload === 'W20' && !options.large
    ? options.variants.filter((v) => v !== 'fresh')
    : options.variants;
}

function listOf<T extends string>(value: string, allowed: readonly T[]): T[] {
  const items = value.split(',').filter(Boolean);
  const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (items.length === 0 || bad.length > 0)
    throw new UsageError(`expected some of ${allowed.join(', ')}\n${USAGE}`);
  return items as T[];
}
