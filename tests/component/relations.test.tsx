import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RelationTable } from '../../src/features/relations/RelationTable';
import { useAppStore } from '../../src/store/appStore';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

const CLOSES = 'Avalon closes its harbour to Brightland';
const FREES = 'Avalon releases Detained sailors';
const LIFTS = 'Brightland lifts fishing ban on Avalon';
const OPPOSES = 'Brightland trade ministry calls unlawful Avalon';

/** The fixture has one dated relation; date two more so a date sort has something to order. */
async function loadWithDates() {
  const state = await loadFixtureIntoStore();
  if (state.data.status !== 'ready') throw new Error('the fixture did not load');
  const { dataset, texts, spans } = state.data.history.present;
  const dates: Record<string, string> = {
    'ministry-opposes-closure': '2024-01',
    'brightland-lifts-ban': '2024-04',
  };
  const relations = dataset.relations.map((r) => {
    const start = dates[r.id];
    return start ? { ...r, when: { start } } : r;
  });
  useAppStore.getState().finishLoading('dated.json', {
    ok: true,
    issues: [],
    dataset: { ...dataset, relations },
    texts,
    spans: [...spans],
  });
}

function setup() {
  const user = userEvent.setup();
  render(<RelationTable />);
  return { user };
}

const table = () => screen.getByRole('table', { name: 'Relations' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const sentences = () => bodyRows().map((row) => within(row).getAllByRole('cell')[0]!.textContent);
const inOrder = (...texts: string[]) => texts.map((t) => expect.stringContaining(t) as unknown);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

let scrolled: Element[] = [];
// jsdom has no scrollIntoView: record the rows it is asked to scroll to.
const originalScroll = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');

beforeEach(async () => {
  await loadWithDates();
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

afterEach(() => {
  if (originalScroll) Object.defineProperty(Element.prototype, 'scrollIntoView', originalScroll);
  else delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('RelationTable', () => {
  it('shows one row per visible relation, in reading order, with every cue in words', () => {
    setup();
    expect(screen.getByRole('heading', { name: '4 relations' })).toBeInTheDocument();
    expect(sentences()).toEqual(inOrder(CLOSES, FREES, LIFTS, OPPOSES));
    expect(header('Relation')).toHaveAttribute('aria-sort', 'ascending');

    const lifts = bodyRows()[2]!;
    const cells = within(lifts)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toMatch(/Contested: .*deal/);
    expect(cells.slice(1)).toEqual(['Sanctions relief', 'April 2024', 'Asserted', 'Leverage']);
    expect(within(bodyRows()[1]!).getAllByRole('cell')[2]).toHaveTextContent('no date');

    act(() => useAppStore.getState().toggleActorType('group'));
    expect(sentences()).toEqual(inOrder(CLOSES, LIFTS, OPPOSES));
    expect(screen.getByRole('heading', { name: '3 relations' })).toBeInTheDocument();
  });

  it('sorts by a column, toggling the direction, and marks it with aria-sort', async () => {
    const { user } = setup();
    await user.click(within(header('Date')).getByRole('button'));
    expect(header('Date')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Relation')).not.toHaveAttribute('aria-sort');
    // Undated relations stay last both ways.
    expect(sentences()).toEqual(inOrder(OPPOSES, CLOSES, LIFTS, FREES));

    await user.click(within(header('Date')).getByRole('button'));
    expect(header('Date')).toHaveAttribute('aria-sort', 'descending');
    expect(sentences()).toEqual(inOrder(LIFTS, CLOSES, OPPOSES, FREES));

    await user.click(within(header('Relation')).getByRole('button'));
    expect(header('Relation')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(header('Relation')).getByRole('button'));
    expect(header('Relation')).toHaveAttribute('aria-sort', 'descending');
    expect(sentences()).toEqual(inOrder(OPPOSES, LIFTS, FREES, CLOSES));
  });

  it('moves focus between rows with the keyboard and selects with Enter', async () => {
    const { user } = setup();
    const before = useAppStore.getState().centreRequest;
    const rows = bodyRows();
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1]);

    act(() => rows[0]!.focus());
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    expect(rows.map((r) => r.tabIndex)).toEqual([-1, 0, -1, -1]);
    await user.keyboard('{End}');
    expect(rows[3]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(rows[3]).toHaveFocus();
    await user.keyboard('{PageUp}');
    expect(rows[0]).toHaveFocus();
    await user.keyboard('{PageDown}{Home}{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(rows[1]).toHaveFocus();
    expect(useAppStore.getState().selected).toBeNull();

    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'avalon-frees-sailors' });
    expect(useAppStore.getState().centreRequest).toBe(before + 1);
    expect(rows[1]).toHaveAttribute('aria-selected', 'true');
    expect(rows[0]).toHaveAttribute('aria-selected', 'false');

    await user.click(within(rows[3]!).getAllByRole('cell')[0]!);
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'ministry-opposes-closure' });
  });

  it('follows a selection made elsewhere: marks the row, makes it tabbable and scrolls to it', () => {
    setup();
    act(() => useAppStore.getState().select({ kind: 'relation', id: 'brightland-lifts-ban' }));
    const lifts = bodyRows()[2]!;
    expect(lifts).toHaveAttribute('aria-selected', 'true');
    expect(lifts.tabIndex).toBe(0);
    expect(bodyRows()[0]!.tabIndex).toBe(-1);
    expect(scrolled).toContain(lifts);
    expect(lifts).not.toHaveFocus();
  });

  it('narrows to the selected actor’s relations, and keeps that when one of them is chosen', async () => {
    const { user } = setup();
    expect(screen.queryByRole('button', { name: /Only relations of/ })).toBeNull();
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'brightland' }));
    const only = screen.getByRole('button', { name: 'Only relations of Brightland' });
    expect(only).toHaveAttribute('aria-pressed', 'false');

    await user.click(only);
    expect(only).toHaveAttribute('aria-pressed', 'true');
    expect(sentences()).toEqual(inOrder(CLOSES, LIFTS));
    expect(screen.getByRole('heading', { name: '2 relations of Brightland' })).toBeInTheDocument();

    await user.click(within(bodyRows()[1]!).getAllByRole('cell')[0]!);
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'brightland-lifts-ban' });
    expect(sentences()).toEqual(inOrder(CLOSES, LIFTS));

    await user.click(screen.getByRole('button', { name: 'Only relations of Brightland' }));
    expect(bodyRows()).toHaveLength(4);
  });

  it('says when no relation matches the filters and offers to reset them', async () => {
    const { user } = setup();
    act(() => {
      useAppStore.getState().setContestedOnly(true);
      useAppStore.getState().toggleStance('asserted');
    });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No relations match the filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(bodyRows()).toHaveLength(4);
    expect(useAppStore.getState().filters.contestedOnly).toBe(false);
  });
});
