/**
 * The benchmark's command line: npm run bench -- [--quick] [--large] [--only=W0,W1] [--variants=saved].
 * Every run measures W0, W1, W5 and W20 with saved positions, with all four contenders; W20's
 * fresh layout (minutes of fcose) only with --large. --quick fits in 15 minutes on a 2-core
 * machine: see repetitionsOf and variantsOf for what it runs fewer times or not at all.
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
  /** Runs of each figure: 5, 3 with --quick (see repetitionsOf), or --reps. */
  repetitions: number;
  /** --reps was given: every figure gets exactly that many runs. */
  repetitionsGiven: boolean;
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
  return {
    report,
    quick,
    large,
    repetitions: reps ?? (quick ? 3 : 5),
    repetitionsGiven: reps !== null,
    workloads,
    variants,
  };
}

/**
 * The variants measured on a workload: W20 laid out afresh only with --large; W5 laid out
 * afresh not in a quick run, where it would take a minute and a half (plain cytoscape runs
 * out its 45 s cap every time) for figures no target judges.
 */
export function variantsOf(workload: WorkloadId, options: BenchOptions): Variant[] {
  const skipFresh = workload === 'W20' ? !options.large : workload === 'W5' && options.quick;
  return skipFresh ? options.variants.filter((v) => v !== 'fresh') : options.variants;
}

/**
 * How many runs each figure of a workload and variant is the median of. A quick run keeps
 * its 3 runs for W0, W1 and W5 with saved positions, and runs W20 and the fresh layouts once:
 * a W20 run takes 30 to 70 s a contender, so three of each were 7.5 minutes of a 22-minute
 * quick run. --reps sets every figure's count.
 */
export function repetitionsOf(workload: WorkloadId, variant: Variant, options: BenchOptions): number {
  if (options.quick && !options.repetitionsGiven && (workload === 'W20' || variant === 'fresh')) return 1;
  return options.repetitions;
}

function listOf<T extends string>(value: string, allowed: readonly T[]): T[] {
  const items = value.split(',').filter(Boolean);
  const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (items.length === 0 || bad.length > 0)
    throw new UsageError(`expected some of ${allowed.join(', ')}\n${USAGE}`);
  return items as T[];
}
