import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { loadDataset } from '../../src/io/loadDataset';
import { useAppStore } from '../../src/store/appStore';
import type { ElementRef } from '../../src/domain/graphIndex';
import { FIXTURES, loadFixture } from '../helpers/loadFixture';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

const HARBOUR_TEXT = () => readFile(path.join(FIXTURES, 'sources/harbour.txt'), 'utf8');

function selectInStore(ref: ElementRef | null) {
  act(() => {
    useAppStore.getState().select(ref);
  });
}

function panel() {
  return screen.getByRole('complementary', { name: 'Details' });
}

/** The quote's blockquote and the caption that credits it. */
function quoteFigure(quote: string) {
  const blockquote = screen.getByText(quote).closest('blockquote');
  expect(blockquote).not.toBeNull();
  const figure = blockquote!.closest('figure');
  expect(figure).not.toBeNull();
  return { blockquote: blockquote!, figure: figure! };
}

beforeEach(async () => {
  await loadFixtureIntoStore();
});

describe('DetailsPanel with nothing selected', () => {
  it('explains how to read the map and summarises the dataset', () => {
    render(<DetailsPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'Harbour test' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'How to read this' })).toBeInTheDocument();
    expect(screen.getByText('4 actors · 4 relations · 1 deal')).toBeInTheDocument();
    expect(screen.getByText(/exercises every part of the format/)).toBeInTheDocument();
  });

  it('lists the sources with their citation and a button that opens the reader', async () => {
    const user = userEvent.setup();
    render(<DetailsPanel />);
    const sources = screen.getByRole('heading', { level: 3, name: 'Sources (1)' }).closest('section')!;
    expect(within(sources).getByText('Harbour Notes', { selector: 'cite' })).toBeInTheDocument();
    expect(within(sources).getByText(/Leverage Map tests · March 2024/)).toBeInTheDocument();
    await user.click(within(sources).getByRole('button', { name: 'Read Harbour Notes' }));
    expect(useAppStore.getState().reader).toEqual({ sourceId: 'harbour-notes' });
  });
});

describe('DetailsPanel with a relation selected', () => {
  it('shows the direction in words, the claim, the date and the stance', () => {
    selectInStore({ kind: 'relation', id: 'avalon-closes-harbour' });
    render(<DetailsPanel />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Avalon → Brightland: closes its harbour to' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Border closure')).toBeInTheDocument();
    expect(screen.getByText("Avalon shut its harbour to Brightland's ships.")).toBeInTheDocument();
    expect(screen.getByText('3 March 2024')).toBeInTheDocument();
    expect(screen.getByText('Asserted by the author')).toBeInTheDocument();
  });

  it('quotes the evidence in a blockquote credited to its source', () => {
    selectInStore({ kind: 'relation', id: 'avalon-closes-harbour' });
    render(<DetailsPanel />);
    const { blockquote, figure } = quoteFigure(
      'The Republic of Avalon closed its harbour to ships from Brightland on 3 March 2024, citing “security concerns”.',
    );
    expect(blockquote.tagName).toBe('BLOCKQUOTE');
    expect(within(figure).getByText('Harbour Notes').tagName).toBe('CITE');
    expect(figure).toHaveTextContent('Harbour Notes, Leverage Map tests, March 2024');
  });

  it('opens the reader at the quote when asked to show it in the source', async () => {
    const user = userEvent.setup();
    const text = await HARBOUR_TEXT();
    selectInStore({ kind: 'relation', id: 'avalon-frees-sailors' });
    render(<DetailsPanel />);
    const { figure } = quoteFigure('Two weeks later Avalon released four detained sailors.');
    await user.click(within(figure).getByRole('button', { name: 'Show in source' }));
    expect(useAppStore.getState().reader).toEqual({
      sourceId: 'harbour-notes',
      at: text.indexOf('Two weeks later Avalon released'),
    });
  });

  it('names the actors an attributed relation is attributed to, as buttons', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'relation', id: 'ministry-opposes-closure' });
    render(<DetailsPanel />);
    const stance = screen.getByText(/Attributed to/);
    await user.click(within(stance).getByRole('button', { name: 'Brightland trade ministry' }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'actor', id: 'brightland-trade-ministry' });
  });

  it('shows a contested relation’s positions, each with its actors and its own quotes', async () => {
    const user = userEvent.setup();
    const text = await HARBOUR_TEXT();
    selectInStore({ kind: 'relation', id: 'brightland-lifts-ban' });
    render(<DetailsPanel />);
    expect(screen.getAllByText('Contested').length).toBeGreaterThanOrEqual(2); // badge and section
    const section = screen.getByRole('heading', { level: 3, name: 'Contested' }).closest('section')!;
    expect(
      within(section).getByText('Whether the release and the lifted ban were a trade.'),
    ).toBeInTheDocument();

    const disputes = within(section)
      .getByRole('heading', { level: 4, name: /disputes/ })
      .closest('li')!;
    const asserts = within(section)
      .getByRole('heading', { level: 4, name: /asserts/ })
      .closest('li')!;
    expect(within(disputes).getByRole('button', { name: 'Avalon' })).toBeInTheDocument();
    expect(within(disputes).getByRole('button', { name: 'Brightland' })).toBeInTheDocument();
    expect(within(disputes).getByText('Both governments deny any trade.')).toBeInTheDocument();
    expect(within(disputes).getByText('a trade that both sides deny').closest('blockquote')).not.toBeNull();
    expect(
      within(asserts).getByText('Brightland then lifted the fishing ban').closest('blockquote'),
    ).not.toBeNull();

    // The position's own quote opens the reader at that quote, not at the relation's.
    await user.click(within(disputes).getByRole('button', { name: 'Show in source' }));
    expect(useAppStore.getState().reader?.at).toBe(text.indexOf('a trade that both sides deny'));

    await user.click(within(asserts).getByRole('button', { name: 'Brightland' }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'actor', id: 'brightland' });
  });

  it('links to the deal and to the deal’s other relations', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'relation', id: 'avalon-frees-sailors' });
    render(<DetailsPanel />);
    const deal = screen
      .getByRole('heading', { level: 3, name: 'Part of a deal: Sailors for fishing rights' })
      .closest('section')!;
    expect(within(deal).getByText(/release of the sailors was followed by Brightland/)).toBeInTheDocument();
    expect(within(deal).queryByRole('button', { name: /Avalon releases Detained sailors/ })).toBeNull();

    await user.click(within(deal).getByRole('button', { name: /Brightland lifts fishing ban on Avalon/ }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'brightland-lifts-ban' });
    // The clicked button is gone; focus lands on the new heading rather than the page.
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Show the whole deal' }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'deal', id: 'sailors-for-fish' });
  });

  it('says when a relation is corroborated and shows disagreeing figures side by side', async () => {
    await loadTwoSourceDataset();
    selectInStore({ kind: 'relation', id: 'frees-prisoners' });
    render(<DetailsPanel />);
    const comparison = screen.getByRole('group', { name: 'Sources disagree' });
    expect(within(comparison).getByText('prisoners freed in the latest release')).toBeInTheDocument();
    const values = within(comparison)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    const terms = within(comparison)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    expect(terms).toEqual(['ECFR', 'Carnegie']);
    expect(values).toEqual(['123 people', '156 people']);
    // Right under the claim, before any section, so it is seen without scrolling.
    const claim = screen.getByText('Belarus freed a batch of political prisoners.');
    expect(claim.nextElementSibling).toBe(comparison);

    expect(screen.getByText('2 sources')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('shows no disagreement for a single figure', () => {
    selectInStore({ kind: 'relation', id: 'avalon-frees-sailors' });
    render(<DetailsPanel />);
    expect(screen.queryByRole('group', { name: 'Sources disagree' })).toBeNull();
    expect(within(screen.getByRole('table')).getByText('sailors released')).toBeInTheDocument();
  });
});

describe('DetailsPanel with an actor selected', () => {
  it('shows the type, aliases and description', () => {
    selectInStore({ kind: 'actor', id: 'avalon' });
    render(<DetailsPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'Avalon' })).toBeInTheDocument();
    expect(screen.getByText('State')).toBeInTheDocument();
    expect(screen.getByText('Also called: Republic of Avalon')).toBeInTheDocument();
    expect(screen.getByText('An island state.')).toBeInTheDocument();
  });

  it('groups relations by type and direction with counts; each one selects its relation', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'actor', id: 'avalon' });
    render(<DetailsPanel />);
    const relations = screen.getByRole('heading', { level: 3, name: 'Relations (4)' }).closest('section')!;
    expect(
      within(relations)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([
      'Border closure — outgoing (1)',
      'Opposition — incoming (1)',
      'Sanctions relief — incoming (1)',
      'Prisoner release — outgoing (1)',
    ]);
    await user.click(
      within(relations).getByRole('button', { name: 'Avalon closes its harbour to Brightland' }),
    );
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'avalon-closes-harbour' });
  });

  it('says who holds leverage over the actor and whom it can move, by kind, each line selecting its relation', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'actor', id: 'avalon' });
    render(<DetailsPanel />);
    const over = screen.getByRole('heading', { level: 3, name: 'Leverage over Avalon' }).closest('section')!;
    const held = screen.getByRole('heading', { level: 3, name: 'Avalon’s levers' }).closest('section')!;
    expect(
      within(over)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Inducement (can reward) · 1']);
    expect(
      within(held)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Pressure (can hurt) · 1', 'Inducement (can reward) · 1']);
    await user.click(within(held).getByRole('button', { name: 'Avalon closes its harbour to Brightland' }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'avalon-closes-harbour' });
  });

  it('states who holds the leverage along a relation, and why', () => {
    selectInStore({ kind: 'relation', id: 'avalon-closes-harbour' });
    render(<DetailsPanel />);
    const leverage = screen.getByText('Leverage').nextElementSibling!;
    expect(leverage).toHaveTextContent(/^Avalon over Brightland, pressure — can hurt\. The side that closed/);
  });

  it('opens the paths panel towards the actor from its levers', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'actor', id: 'avalon' });
    render(<DetailsPanel />);
    await user.click(screen.getByRole('button', { name: 'Find paths to Avalon' }));
    expect(useAppStore.getState().pathsOpen).toBe(true);
    expect(useAppStore.getState().paths).toMatchObject({ from: null, to: 'avalon' });
  });

  it('links a parent to its children and back', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'actor', id: 'brightland' });
    render(<DetailsPanel />);
    await user.click(screen.getByRole('button', { name: 'Brightland trade ministry' }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'actor', id: 'brightland-trade-ministry' });
    expect(screen.getByText('Part of')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Brightland' }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'actor', id: 'brightland' });
  });

  it('sets the focus depth', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'actor', id: 'avalon' });
    render(<DetailsPanel />);
    const focus = screen.getByRole('group', { name: 'Focus' });
    expect(within(focus).getByRole('radio', { name: 'Off' })).toBeChecked();
    await user.click(within(focus).getByRole('radio', { name: '2 steps' }));
    expect(useAppStore.getState().focusHops).toBe(2);
    expect(within(focus).getByRole('radio', { name: '2 steps' })).toBeChecked();
  });
});

describe('DetailsPanel with a deal selected', () => {
  it('shows the summary, the quotes and the member relations', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'deal', id: 'sailors-for-fish' });
    render(<DetailsPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sailors for fishing rights' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Relations in this deal (2)' })).toBeInTheDocument();
    const { figure } = quoteFigure(
      'Two weeks later Avalon released four detained sailors. Brightland then lifted the fishing ban',
    );
    expect(within(figure).getByText('Harbour Notes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avalon releases Detained sailors' }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'avalon-frees-sailors' });
  });
});

describe('DetailsPanel with a selection that does not exist', () => {
  it('says so and offers to clear it', async () => {
    const user = userEvent.setup();
    selectInStore({ kind: 'relation', id: 'no-such-relation' });
    render(<DetailsPanel />);
    expect(panel()).toHaveTextContent('“no-such-relation” does not exist');
    await user.click(screen.getByRole('button', { name: 'Clear the selection' }));
    expect(useAppStore.getState().selected).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Harbour test' })).toBeInTheDocument();
  });
});

/** Two sources that count the same release differently, as ECFR and Carnegie do. */
async function loadTwoSourceDataset() {
  const texts: Record<string, string> = {
    'ecfr.txt': 'Most recently, Belarus freed 123 political prisoners in exchange for relief.',
    'carnegie.txt': 'The latest large-scale release of political prisoners—156 individuals—fits the pattern.',
  };
  const dataset = {
    format: 'leverage-map',
    version: 1,
    title: 'Two counts',
    description: 'Two sources that disagree on a number.',
    sources: [
      {
        id: 'ecfr',
        title: 'The thaw',
        titleIsOurs: true,
        publisher: 'European Council on Foreign Relations (ECFR)',
        published: '2025',
        text: 'ecfr.txt',
      },
      {
        id: 'carnegie',
        title: 'Belarus at the Border',
        publisher: 'Carnegie Endowment for International Peace',
        published: '2025-12-17',
        text: 'carnegie.txt',
      },
    ],
    actors: [
      { id: 'belarus', label: 'Belarus', type: 'state', description: 'A state.' },
      { id: 'prisoners', label: 'Political prisoners', type: 'group', description: 'People jailed.' },
    ],
    relations: [
      {
        id: 'frees-prisoners',
        source: 'belarus',
        target: 'prisoners',
        type: 'prisoner_release',
        label: 'frees',
        claim: 'Belarus freed a batch of political prisoners.',
        evidence: [
          { source: 'ecfr', quote: 'Belarus freed 123 political prisoners' },
          { source: 'carnegie', quote: 'release of political prisoners—156 individuals' },
        ],
        figures: [
          { quantity: 'prisoners freed in the latest release', value: 123, unit: 'people', source: 'ecfr' },
          {
            quantity: 'prisoners freed in the latest release',
            value: 156,
            unit: 'people',
            source: 'carnegie',
          },
        ],
      },
    ],
  };
  const result = await loadDataset({
    file: 'two-counts.json',
    content: dataset,
    readText: (relative) => Promise.resolve(texts[relative]),
  });
  expect(result.issues).toEqual([]);
  act(() => {
    useAppStore.getState().finishLoading('two-counts.json', result);
  });
}

describe('DetailsPanel for a relation with no evidence yet', () => {
  it('says how to add a quote and offers the map’s sources to read', async () => {
    const loaded = await loadFixture('minimal.valid.json');
    if (!loaded.ok) throw new Error('the fixture does not load');
    const relations = loaded.dataset.relations.map((r) =>
      r.id === 'avalon-closes-harbour' ? { ...r, evidence: [] } : r,
    );
    act(() =>
      useAppStore.getState().finishLoading('tests/fixtures/unquoted.json', {
        ...loaded,
        dataset: { ...loaded.dataset, relations },
      }),
    );
    selectInStore({ kind: 'relation', id: 'avalon-closes-harbour' });
    render(<DetailsPanel />);
    expect(within(panel()).getByText(/This relation came in without a quote/)).toHaveTextContent(
      /choose Edit map, then open the source in the reader, select the passage and press “Add as evidence”/,
    );
    const sources = within(panel()).getByRole('list', { name: 'Sources to quote from' });
    await userEvent.setup().click(within(sources).getByRole('button', { name: 'Read Harbour Notes' }));
    expect(useAppStore.getState().reader).toEqual({ sourceId: 'harbour-notes' });
  });
});
