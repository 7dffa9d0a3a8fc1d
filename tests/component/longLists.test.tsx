import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/loadDataset';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { Sidebar } from '../../src/features/sidebar/Sidebar';
import { useAppStore } from '../../src/store/appStore';
import { openInStore } from '../helpers/storeFixture';
import { tinyDataset } from '../helpers/tinyIndex';

const SOURCES = 15;
const ids = Array.from({ length: SOURCES }, (_, i) => `s${String(i).padStart(2, '0')}`);

/**
 * A map of 15 sources, each quoted once but s14, quoted three times (so it is the most
 * quoted) and s00, never quoted; texts embedded so every quote checks.
 */
async function loadManySources() {
  const cites = ids.flatMap((id) => (id === 's14' ? [id, id, id] : id === 's00' ? [] : [id]));
  const base = tinyDataset(
    cites.map((source, i) => [`r${i}`, `a${i}`, 'sanctions', `b${i}`, { sources: [source] }]),
  );
  const quotesOf = (id: string) =>
    cites.flatMap((source, i) => (source === id ? [`r${i} quote`] : [])).join(' ') || 'Nothing quoted.';
  const dataset = {
    ...base,
    sources: ids.map((id) => ({
      id,
      title: `Source ${id}`,
      publisher: 'Publisher',
      published: '2025',
      content: quotesOf(id),
    })),
  };
  await openDataset('many.json', dataset);
}

/** Loads a dataset (texts embedded) and opens it in a fresh store. */
async function openDataset(file: string, content: object) {
  const result = await loadDataset({ file, content, readText: () => Promise.resolve(undefined) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  openInStore(file, result);
}

beforeEach(loadManySources);

describe('a map with many sources', () => {
  it('lists the 12 most quoted in the legend, keeps a hidden one in reach, and shows all on request', async () => {
    const user = userEvent.setup();
    render(<Sidebar />);
    const list = screen.getByRole('list', { name: 'Sources' });
    const names = () =>
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(names()).toHaveLength(12);
    expect(names()[0]).toMatch(/^Publisher Source s14 3 relations/);
    expect(names().some((n) => n.includes('Source s00'))).toBe(false);
    expect(screen.getByText(/12 of 15, the most quoted first/)).toBeInTheDocument();

    const more = screen.getByRole('button', { name: 'Show all 15 sources' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveAttribute('aria-controls', list.id);
    await user.click(more);
    expect(names()).toHaveLength(15);
    const fewer = screen.getByRole('button', { name: 'Show fewer sources' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');

    // Hidden, then the list shortened again: the hidden source stays, to be shown again.
    await user.click(within(list).getByRole('button', { name: /Source s00/ }));
    await user.click(fewer);
    expect(names()).toHaveLength(13);
    expect(screen.getByText(/13 of 15, the most quoted first/)).toBeInTheDocument();
    const hidden = within(list).getByRole('button', { name: /Source s00/ });
    expect(hidden).toHaveAttribute('aria-pressed', 'false');
    await user.click(hidden);
    expect(useAppStore.getState().filters.hiddenSources).toEqual([]);
  });

  it('lists the 12 most quoted under “About this map”, and every source on request', async () => {
    const user = userEvent.setup();
    render(<DetailsPanel />);
    const section = screen.getByRole('heading', { level: 3, name: 'Sources (15)' }).closest('section')!;
    const reads = () => within(section).getAllByRole('button', { name: /^Read / });
    expect(reads()).toHaveLength(12);
    expect(reads()[0]).toHaveAccessibleName('Read Source s14');
    await user.click(within(section).getByRole('button', { name: 'Show all 15 sources' }));
    expect(reads()).toHaveLength(15);
    await user.click(within(section).getByRole('button', { name: 'Read Source s00' }));
    expect(useAppStore.getState().reader).toEqual({ sourceId: 's00' });
  });
});

describe('a map with few sources', () => {
  it('lists them all, with no button to show more', async () => {
    await openDataset('few.json', {
      ...tinyDataset([['r1', 'x', 'sanctions', 'y']]),
      sources: [{ id: 'a', title: 'Only', publisher: 'P', published: '2025', content: 'r1 quote' }],
    });
    render(<Sidebar />);
    expect(within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Show (all|fewer)/ })).toBeNull();
  });
});
