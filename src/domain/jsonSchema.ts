import * as z from 'zod/mini';
import { Dataset } from './schema';

/**
 * The JSON Schema that editors use to autocomplete and check dataset files. It describes
 * the file as written (input), so fields with defaults are optional, as they are to authors.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' });
  return { ...schema, title: 'Leverage Map dataset' };
}

export function serializeJsonSchema(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
