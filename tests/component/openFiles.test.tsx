import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../src/io/loadDataset';
import { useOpenFiles } from '../../src/features/dataset/useOpenFiles';
import { useAppStore } from '../../src/store/appStore';
import { loadFixture } from '../helpers/loadFixture';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

/** Loads the test settles by hand, in the order it chooses, by file name. */
const pending = new Map<string, (result: LoadResult) => void>();
vi.mock('../../src/io/fromFiles', () => ({
  toPickedFiles: (files: readonly File[]) => files.map((file) => ({ name: file.name, content: file })),
  loadPickedFiles: (files: { name: string }[]) =>
    new Promise((resolve) => {
      const file = files[0]!.name;
      pending.set(file, (result) => resolve({ file, result }));
    }),
}));

const picked = (name: string) => [new File(['{}'], name)];
const failed: LoadResult = {
  ok: false,
  issues: [{ severity: 'error', file: 'cut.json', path: '', message: 'not valid JSON' }],
};

describe('files chosen while others still load', () => {
  it('open the last chosen: a map that finishes loading later does not replace it', async () => {
    await loadFixtureIntoStore();
    const valid = await loadFixture('minimal.valid.json');
    const { result: open } = renderHook(() => useOpenFiles());
    const first = open.current(picked('big.json'));
    const second = open.current(picked('small.json'));
    pending.get('small.json')!(valid);
    await second;
    expect(useAppStore.getState().data).toMatchObject({ status: 'ready', file: 'small.json' });
    pending.get('big.json')!(valid);
    await first;
    expect(useAppStore.getState().data).toMatchObject({ status: 'ready', file: 'small.json' });
  });

  it('keep the issues of the last chosen on screen, rather than the map chosen before it', async () => {
    await loadFixtureIntoStore();
    const valid = await loadFixture('minimal.valid.json');
    const { result: open } = renderHook(() => useOpenFiles());
    const first = open.current(picked('big.json'));
    const second = open.current(picked('cut.json'));
    pending.get('cut.json')!(failed);
    await second;
    pending.get('big.json')!(valid);
    await first;
    const { data, opening } = useAppStore.getState();
    expect(data).toMatchObject({ status: 'ready', file: 'tests/fixtures/minimal.valid.json' });
    expect(opening).toMatchObject({ status: 'failed', file: 'cut.json' });
  });
});
