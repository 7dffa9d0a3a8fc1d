import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetricsController } from '../../src/features/leverage/MetricsController';
import { SizeByControl } from '../../src/features/leverage/SizeByControl';
import { useAppStore } from '../../src/store/appStore';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

function setup() {
  const user = userEvent.setup();
  render(
    <>
      <MetricsController />
      <SizeByControl />
    </>,
  );
  return user;
}

beforeEach(async () => {
  await loadFixtureIntoStore('../../graph-data/belarus/dataset.json');
});

describe('size by and who holds leverage', () => {
  it('sizes actors by a leverage measure chosen in the legend, working it out when asked', async () => {
    const user = setup();
    expect(useAppStore.getState().metrics.status).toBe('idle');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size by' }), 'Brokerage');
    expect(useAppStore.getState().sizeBy).toBe('brokerage');
    await waitFor(() => expect(useAppStore.getState().metrics.status).toBe('ready'));
    expect(screen.getByText(/^Larger actors: how often it stands on the shortest way/)).toBeInTheDocument();
  });

  it('ranks actors in a sortable table that follows and makes the selection', async () => {
    const user = setup();
    await user.click(screen.getByText('Who holds leverage'));
    const table = await screen.findByRole('table', { name: 'Who holds leverage' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(15);
    const held = within(table).getByRole('columnheader', { name: 'Held' });
    expect(held).toHaveAttribute('aria-sort', 'descending');
    const values = rows().map((r) => Number(within(r).getAllByRole('cell')[0]!.textContent));
    expect(values).toEqual([...values].sort((a, b) => b - a));

    await user.click(within(table).getByRole('button', { name: 'Influence' }));
    expect(useAppStore.getState().sizeBy).toBe('influence');
    expect(within(table).getByRole('columnheader', { name: 'Influence' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    const first = within(rows()[0]!).getByRole('button');
    await user.click(first);
    const selected = useAppStore.getState().selected;
    expect(selected?.kind).toBe('actor');
    expect(rows()[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps the selected actor in view below the top rows when it ranks lower', async () => {
    const user = setup();
    useAppStore.getState().select({ kind: 'actor', id: 'polish-soldier' });
    await user.click(screen.getByText('Who holds leverage'));
    const table = await screen.findByRole('table', { name: 'Who holds leverage' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(16);
    expect(rows[15]).toHaveAttribute('aria-selected', 'true');
    expect(rows[15]).toHaveTextContent(/^\d+\. Polish soldier/);
  });
});
