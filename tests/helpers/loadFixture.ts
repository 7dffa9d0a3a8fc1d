import path from 'node:path';
import { loadDatasetFile } from '../../scripts/lib/readDataset';

export const FIXTURES = path.resolve('tests/fixtures');
export const REPO_ROOT = path.resolve('.');

export function loadFixture(name: string) {
  return loadDatasetFile(path.join(FIXTURES, name));
}
