import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeJsonSchema } from '../../src/domain/jsonSchema';

describe('graph-data/schema.json', () => {
  it('is current with the zod schema (run `npm run schema` after changing src/domain/schema.ts)', () => {
    const onDisk = readFileSync('graph-data/schema.json', 'utf8');
    expect(onDisk).toBe(serializeJsonSchema());
  });

  it('enumerates relation types for editors', () => {
    const text = serializeJsonSchema();
    expect(text).toContain('"sanctions_relief"');
    expect(text).toContain('"prisoner_release"');
  });
});
