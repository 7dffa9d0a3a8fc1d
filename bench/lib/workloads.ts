/**
 * The graphs the benchmark draws. W0 is the real Belarus dataset, bundled with the app; the
 * others are generated (see generate.ts) and written to bench/results/<id>.tmp/, from where
 * the harness hands them to each page's file input, as a user would open them.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildIndex } from '../../src/domain/graphIndex';
import { leverageGraphOf } from '../../src/domain/leverage/levers';
import { DEFAULT_MAX_HOPS, findPaths } from '../../src/domain/leverage/paths';
import type { DatasetInput } from '../../src/domain/schema';
import { loadDataset } from '../../src/io/loadDataset';
import { generateDataset, type GeneratedDataset } from './generate';
import type { LeverageQuestion } from './leverageProbe';
import type { Variant, WorkloadId } from './options';

export interface Workload {
  id: WorkloadId;
  description: string;
  actors: number;
  relations: number;
  jsonKiB: number;
  /** Files for the file input: the dataset .json first, then its sources; none for W0. */
  files: string[];
  /** How long one page may take before the run is given up and reported as a timeout. */
  capMs: Record<Variant, number>;
  /** The path query the app is timed on (see leverageProbe.ts). */
  question: LeverageQuestion;
  /** The actor the app selects when timed (selectProbe.ts): the path query's start, a hub. */
  select: { id: string; label: string };
}

/**
 * A generated map's question: from its busiest actor (most relations) to the busiest other
 * actor it can move, as the app's own path search answers it within its default steps (the
 * actor next down the list is often out of reach, and a question without an answer is
 * settled before any search starts). Ties by id, so every run asks the same.
 */
async function questionFor(dataset: DatasetInput, texts: Record<string, string>): Promise<LeverageQuestion> {
  const loaded = await loadDataset({
    file: 'dataset.json',
    content: dataset,
    readText: (relative) => Promise.resolve(texts[relative]),
  });
  if (!loaded.ok) throw new Error(`the generated dataset does not load: ${loaded.issues[0]?.message}`);
  const index = buildIndex(loaded.dataset, loaded.spans);
  const ranked = [...index.degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  const from = ranked[0];
  if (!from) throw new Error('the generated dataset has no relations');
  const graph = leverageGraphOf(index);
  const rank = ranked.findIndex((id) => id !== from && findPaths(graph, from, id).paths.length > 0);
  if (rank < 0) throw new Error(`${from}, the busiest actor, can move nobody`);
  const to = ranked[rank]!;
  return {
    from,
    to,
    chosen: `the busiest actor (${index.degree.get(from)} relations) to the busiest it can move within ${DEFAULT_MAX_HOPS} steps (${rank + 1}. by relations, ${index.degree.get(to)})`,
  };
}

/** The workloads that are generated, not read from graph-data/. */
export type GeneratedWorkloadId = Exclude<WorkloadId, 'W0'>;

const SIZES: Record<GeneratedWorkloadId, number> = { W1: 1000, W5: 5000, W20: 20000 };
const CAPS: Record<WorkloadId, Record<Variant, number>> = {
  W0: { saved: 30_000, fresh: 30_000 },
  W1: { saved: 30_000, fresh: 60_000 },
  W5: { saved: 45_000, fresh: 45_000 },
  W20: { saved: 90_000, fresh: 90_000 },
};

export interface WrittenMap extends GeneratedDataset {
  /** The dataset file as written. */
  json: string;
  /** The files a user would pick: dataset.json first, then its sources' texts. */
  files: string[];
}

/**
 * A generated workload's map written to `dir` (emptied first) as dataset.json and
 * sources/*.txt, the files a user opens together. The same seed every time, so the same bytes:
 * the benchmark and the browser test that opens W20 read one map.
 */
export async function writeGeneratedMap(id: GeneratedWorkloadId, dir: string): Promise<WrittenMap> {
  const actors = SIZES[id];
  const { dataset, texts } = generateDataset({ actors, seed: actors });
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  const json = JSON.stringify(dataset);
  await writeFile(path.join(dir, 'dataset.json'), json);
  const textFiles = await Promise.all(
    Object.entries(texts).map(async ([relative, text]) => {
      const file = path.join(dir, relative);
      await writeFile(file, text);
      return file;
    }),
  );
  return { dataset, texts, json, files: [path.join(dir, 'dataset.json'), ...textFiles] };
}

export async function prepareWorkload(id: WorkloadId): Promise<Workload> {
  if (id === 'W0') {
    const text = await readFile('graph-data/belarus/dataset.json', 'utf8');
    const json = JSON.parse(text) as { actors: { id: string; label: string }[]; relations: unknown[] };
    const from = 'united-states';
    return {
      id,
      description: 'the Belarus dataset bundled with the app, through its own loader and store',
      actors: json.actors.length,
      relations: json.relations.length,
      jsonKiB: Math.round(text.length / 1024),
      files: [],
      capMs: CAPS.W0,
      question: { from, to: 'lukashenka', chosen: 'as the issue asks' },
      select: { id: from, label: json.actors.find((a) => a.id === from)?.label ?? from },
    };
  }
  const dir = path.resolve(`bench/results/${id.toLowerCase()}.tmp`);
  const { dataset, texts, json, files } = await writeGeneratedMap(id, dir);
  const question = await questionFor(dataset, texts);
  const hub = dataset.actors.find((a) => a.id === question.from);
  return {
    id,
    description: `synthetic, seed ${SIZES[id]}: ${dataset.sources.length} sources, communities with hubs, opened through the file input`,
    actors: dataset.actors.length,
    relations: dataset.relations.length,
    jsonKiB: Math.round(json.length / 1024),
    files,
    capMs: CAPS[id],
    question,
    select: { id: question.from, label: hub?.label ?? question.from },
  };
}
