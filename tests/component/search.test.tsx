import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/features/search/SearchBox';
import { useAppStore } from '../../src/store/appStore';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

function setup() {
  const user = userEvent.setup();
  render(<SearchBox />);
  return { user, input: screen.getByRole('combobox', { name: 'Search' }) };
}

beforeEach(async () => {
  await loadFixtureIntoStore();
});

describe('SearchBox', () => {
  it('shows matching actors and relations as options while typing', async () => {
    const { user, input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);

    await user.type(input, 'sailor');

    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent(/Actor\s*Detained sailors/);
    expect(options.some((o) => /Relation\s*Avalon releases Detained sailors/.test(o.textContent))).toBe(true);
    expect(options.some((o) => /Deal\s*Sailors for fishing rights/.test(o.textContent))).toBe(true);
    // The matched text is marked.
    expect(options[0]!.querySelector('mark')).toHaveTextContent(/^sailor$/i);
  });

  it('moves the active option with the arrow keys, Home and End', async () => {
    const { user, input } = setup();
    await user.type(input, 'avalon');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    const activeIs = (i: number) => {
      expect(input).toHaveAttribute('aria-activedescendant', options[i]!.id);
      expect(options[i]).toHaveAttribute('aria-selected', 'true');
    };

    activeIs(0);
    await user.keyboard('{ArrowDown}');
    activeIs(1);
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    activeIs(options.length - 1);
    await user.keyboard('{Home}');
    activeIs(0);
    await user.keyboard('{End}');
    activeIs(options.length - 1);
  });

  it('selects the active option on Enter, asks the graph to centre on it and closes', async () => {
    const { user, input } = setup();
    const before = useAppStore.getState().centreRequest;

    await user.type(input, 'bright');
    expect(screen.getAllByRole('option')[1]).toHaveTextContent('Brightland trade ministry');
    await user.keyboard('{ArrowDown}{Enter}');

    expect(useAppStore.getState().selected).toEqual({ kind: 'actor', id: 'brightland-trade-ministry' });
    expect(useAppStore.getState().centreRequest).toBe(before + 1);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    // The query stays, so ArrowDown brings the same hits back.
    expect(input).toHaveValue('bright');
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Brightland');
  });

  it('selects an option on click', async () => {
    const { user, input } = setup();
    await user.type(input, 'fishing rights');
    await user.click(screen.getByRole('option', { name: /Sailors for fishing rights/ }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'deal', id: 'sailors-for-fish' });
    expect(input).toHaveFocus();
  });

  it('finds an actor by an alias and says which alias matched', async () => {
    const { user, input } = setup();
    await user.type(input, 'republic');
    const [first] = screen.getAllByRole('option');
    expect(first).toHaveTextContent('Avalon');
    expect(first).toHaveTextContent('also “Republic of Avalon”');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selected).toEqual({ kind: 'actor', id: 'avalon' });
  });

  it('says so when nothing matches', async () => {
    const { user, input } = setup();
    await user.type(input, 'zanzibar');
    expect(screen.getAllByText('No matches for “zanzibar”').length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selected).toBeNull();
  });

  it('closes on the first Escape and clears on the second', async () => {
    const { user, input } = setup();
    await user.type(input, 'avalon');
    await user.keyboard('{Escape}');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input).toHaveValue('avalon');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });
});
