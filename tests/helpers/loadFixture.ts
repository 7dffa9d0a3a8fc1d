import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function loadFixture(name: string) {
  return loadDatasetFile(path.join(FIXTURES, name));
}
