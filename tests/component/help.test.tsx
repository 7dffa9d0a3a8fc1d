import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HelpDialog } from '../../src/features/help/HelpDialog';
import { RELATION_TYPE_IDS } from '../../src/domain/relationTypes';
import { useAppStore } from '../../src/store/appStore';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

beforeEach(async () => {
  await loadFixtureIntoStore('../../graph-data/belarus/dataset.json');
});

function openHelp() {
  render(<HelpDialog />);
  act(() => useAppStore.getState().setHelpOpen(true));
  return screen.getByRole('dialog', { name: 'How to use Leverage Map' });
}

describe('help dialog', () => {
  it('explains reading leverage with a row for every relation type', () => {
    const dialog = openHelp();
    expect(within(dialog).getByRole('heading', { name: 'Reading leverage' })).toBeInTheDocument();
    expect(
      within(dialog).getByText(/the arrow points to Russia and the leverage is Russia’s/),
    ).toBeInTheDocument();

    const table = within(dialog).getByRole('table', { name: 'Leverage by relation type' });
    // One row per type, besides the header row and one heading row per category.
    const typeRows = within(table)
      .getAllByRole('row')
      .filter((row) => within(row).queryAllByRole('cell').length > 0);
    expect(typeRows).toHaveLength(RELATION_TYPE_IDS.length);

    const dependency = within(table).getByRole('row', { name: /^Dependency target over source/ });
    const [flow, kind, why] = within(dependency).getAllByRole('cell');
    expect(flow).toHaveTextContent('target over source');
    expect(kind).toHaveTextContent('dependency');
    expect(why).toHaveTextContent('The side depended on can withhold what the other needs.');

    const opposition = within(table).getByRole('row', { name: /^Opposition/ });
    expect(within(opposition).getAllByRole('cell')[0]).toHaveTextContent('no leverage');
    // Role queries over a table of every relation type are slow in jsdom on a busy machine.
  }, 20_000);

  it('lists the five kinds of lever with what each can do', () => {
    const dialog = openHelp();
    const kinds = within(dialog)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(kinds).toEqual(['pressure', 'inducement', 'dependency', 'access', 'control']);
    expect(within(dialog).getByText('can withhold what the other relies on')).toBeInTheDocument();
  });
});
