/**
 * The shapes every foreign format shares. An importer turns a file of another tool (CSV,
 * GEXF, GraphML) into our dataset JSON, which then goes through the one loader
 * (loadDataset.ts) like any dataset file, so schema and quote checks are the same for all.
 * An exporter turns a loaded map into one or more files. Both are pure: no DOM, no fs, no
 * React, so the app, the worker and the CLI (`npm run convert`) share them.
 */
import type { Issue } from '../../domain/issues';
import type { QuoteSpan } from '../../domain/integrity';
import type { Dataset } from '../../domain/schema';
import type { TextFile } from '../textFiles';

/** A file read by an importer: its name as the user gave it, and its text (UTF-8 decoded). */
export interface ImportInput {
  /** The file's name (or path inside a picked folder), used in every message. */
  file: string;
  /** The folder the file is in, to resolve companion files against ('' for none). */
  folder: string;
  /** The file's text, already decoded and without a byte-order mark ('' for a binary format). */
  text: string;
  /** The file's bytes, for a binary format (a workbook). */
  bytes?: Uint8Array;
  /** Other files picked with it: a CSV's other sheet, source texts in `sources/`. */
  files: readonly TextFile[];
}

/**
 * Where a place in the produced JSON came from in the foreign file(s), so that the loader's
 * issues ("relations[11].evidence[0].quote: not found in …") are told the way the user
 * sees the file ("connections.csv row 12, column Quote: not found in …").
 */
export type PlaceOf = (jsonPath: string) => { file: string; path: string } | undefined;

export type Imported =
  | {
      ok: true;
      /** A dataset object for loadDataset: sources with "content", or "text" paths among `files`. */
      json: unknown;
      /** Problems only the importer can see (an unknown column, a value dropped). */
      issues: Issue[];
      placeOf?: PlaceOf;
    }
  | { ok: false; issues: Issue[] };

export type Importer = (input: ImportInput) => Imported;
/** An importer that must wait (a workbook is unzipped asynchronously). */
export type AsyncImporter = (input: ImportInput) => Promise<Imported>;

/**
 * Where a source's text goes beside a map written in another format, and where an import looks
 * for it: formats of other tools carry a source's title and date, never its whole text.
 */
export function sourceTextPath(id: string): string {
  return `sources/${id}.txt`;
}

/** A checked map, as the loader gives it and the app holds it. */
export interface MapToExport {
  dataset: Dataset;
  /** Source texts by source id. */
  texts: Readonly<Record<string, string>>;
  /** Every verified quote's place in its source. */
  spans: readonly QuoteSpan[];
}

/** A file an exporter writes: its path relative to the output (e.g. "sources/ecfr.txt"). */
export interface ExportedFile {
  path: string;
  content: string;
  /** The media type, for a browser download. */
  mime: string;
}

/**
 * A map as files of another format. `name` is the output's base name, without folder or
 * extension ("belarus" → "belarus.gexf"); file paths are relative to the output's folder. Whatever the format cannot carry is said in `dropped`
 * ("3 deals: GEXF has no place for them"), never silently lost.
 */
export type Exporter = (map: MapToExport, name: string) => { files: ExportedFile[]; dropped: string[] };

/** Each source's text as a file at sourceTextPath, for formats that keep texts beside them. */
export function sourceTextFiles({ dataset, texts }: MapToExport): ExportedFile[] {
  return dataset.sources.flatMap((source) => {
    const text = Object.hasOwn(texts, source.id) ? texts[source.id] : source.content;
    return text === undefined
      ? []
      : [{ path: sourceTextPath(source.id), content: text, mime: 'text/plain;charset=utf-8' }];
  });
}
