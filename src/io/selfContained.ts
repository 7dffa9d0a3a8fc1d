/**
 * A map as one file: the dataset with every source's text embedded in "content" instead of
 * a path to a .txt file beside it. It is what a map made in the browser is stored and
 * downloaded as, since there is no folder to keep its texts in; it loads through the same
 * loader as any dataset, and `npm run validate` accepts it.
 */
import { Dataset, type Source } from '../domain/schema';

/**
 * The dataset as self-contained JSON (two-space indent, a final newline). The texts are the
 * authority: a source takes its text from them, or keeps the "content" it has. A source with
 * neither keeps its "text" path, so nothing is dropped and the loader names what is missing.
 */
export function selfContainedJson(dataset: Dataset, texts: Readonly<Record<string, string>>): string {
  const sources = dataset.sources.map((source) => embedded(source, texts));
  return `${JSON.stringify(inSchemaOrder({ ...dataset, sources }), null, 2)}\n`;
}

function embedded(source: Source, texts: Readonly<Record<string, string>>): Source {
  // Own entries only: a source id such as "constructor" must not find an inherited member.
  const content = Object.hasOwn(texts, source.id) ? texts[source.id] : source.content;
  if (content === undefined || content === '') return source;
  const rest = { ...source };
  delete rest.text;
  return { ...rest, content };
}

/**
 * The same data with its keys in the schema's order (zod writes an object's keys in the order
 * of its shape), so a saved file diffs cleanly whatever order edits left the keys in. A dataset
 * the schema refuses is written as it is rather than lost.
 */
function inSchemaOrder(dataset: Dataset): Dataset {
  const parsed = Dataset.safeParse(dataset);
  return parsed.success ? parsed.data : dataset;
}

/**
 * A file name for a map's download, from its title: lowercase words joined by hyphens,
 * letters of any script kept ("Беларусь" stays readable), everything else dropped.
 */
export function fileNameFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'map'}.json`;
}

/**
 * The same file with another title, everything else as it was (JSON keeps its keys' order),
 * so renaming a stored map renames the map itself and not only its entry in a list. A file
 * that is not a JSON object is given back unchanged: the loader will say what is wrong with it.
 */
export function retitledJson(file: string, title: string): string {
  let json: unknown;
  try {
    json = JSON.parse(file);
  } catch {
    return file;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return file;
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
