import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PathsPanel } from '../../src/features/leverage/PathsPanel';
import { useAppStore } from '../../src/store/appStore';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

const BELARUS = '../../graph-data/belarus/dataset.json';

async function pick(user: ReturnType<typeof userEvent.setup>, end: 'From' | 'To', query: string) {
  const input = screen.getByRole('combobox', { name: end });
  await user.clear(input);
  await user.type(input, query);
  await user.keyboard('{Enter}');
}

function setup() {
  const user = userEvent.setup();
  render(<PathsPanel />);
  return { user, panel: screen.getByRole('region', { name: 'Leverage paths' }) };
}

describe('the leverage paths panel on the Belarus map', () => {
  beforeEach(async () => {
    await loadFixtureIntoStore(BELARUS);
    useAppStore.getState().setPathsOpen(true);
  });

  it('asks From and To, and suggests questions the map can answer', async () => {
    const { user, panel } = setup();
    expect(within(panel).getByRole('combobox', { name: 'From' })).toHaveValue('');
    expect(within(panel).getByRole('combobox', { name: 'To' })).toHaveValue('');
    const [suggestion] = within(panel).getAllByRole('button', { name: /^How can .+ move .+\?$/ });
    await user.click(suggestion!);
    expect(useAppStore.getState().paths.from).not.toBeNull();
    expect(within(panel).getByRole('list', { name: 'Paths' })).toBeInTheDocument();
  });

  it('answers how the United States can move Lukashenka, strongest first, each path a sentence of steps', async () => {
    const { user, panel } = setup();
    await pick(user, 'From', 'united states');
    await pick(user, 'To', 'lukash');
    expect(
      within(panel).getByRole('heading', { name: 'How United States can move Alyaksandr Lukashenka' }),
    ).toBeInTheDocument();
    const paths = within(within(panel).getByRole('list', { name: 'Paths' })).getAllByRole('button', {
      expanded: false,
    });
    expect(paths.length).toBeGreaterThan(3);
    // The route, then each step as its relation's own sentence, then the score in words.
    expect(paths[0]).toHaveAccessibleName(
      /^United States → Alyaksandr Lukashenka Step 1:\s*United States extracts concessions from Alyaksandr Lukashenka\.\s*strong \(0\.\d\d\): 1 step, asserted, each from one source, none contested · 2 quotes$/,
    );
    // Longer paths read step by step, and score lower.
    const longer = paths.find(
      (p) => (p.querySelector('.path-route')?.textContent.match(/→/g) ?? []).length >= 3,
    );
    expect(longer).toHaveAccessibleName(/Step 3:.+\.\s*(moderate|weak) \(0\.\d\d\): 3 steps/);
  });

  it('shows every step of a chosen path with its lever, claim and verbatim quotes', async () => {
    const { user, panel } = setup();
    await pick(user, 'From', 'united states');
    await pick(user, 'To', 'lukash');
    const list = within(panel).getByRole('list', { name: 'Paths' });
    const longer = within(list)
      .getAllByRole('button', { expanded: false })
      .find((b) => (b.querySelector('.path-route')?.textContent.match(/→/g) ?? []).length >= 3)!;
    await user.click(longer);
    expect(longer).toHaveAttribute('aria-expanded', 'true');
    const rank = useAppStore.getState().paths.chosen!;
    const steps = Array.from(within(list).getByRole('list', { name: `Steps of path ${rank + 1}` }).children);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const [i, step] of steps.entries()) {
      expect(within(step as HTMLElement).getByRole('heading', { level: 4 })).toHaveTextContent(
        new RegExp(`^${i + 1}Step ${i + 1}: `),
      );
      expect(step).toHaveTextContent(
        /Leverage: .+ over .+, (pressure|inducement|dependency|access|control)\./,
      );
      expect(step.querySelector('blockquote')?.textContent.length).toBeGreaterThan(10);
      expect(
        within(step as HTMLElement).getAllByRole('button', { name: 'Show in source' }).length,
      ).toBeGreaterThan(0);
    }
  });

  it('swaps the two ends', async () => {
    const { user, panel } = setup();
    await pick(user, 'From', 'united states');
    await pick(user, 'To', 'lukash');
    await user.click(within(panel).getByRole('button', { name: /Swap/ }));
    expect(within(panel).getByRole('combobox', { name: 'From' })).toHaveValue('Alyaksandr Lukashenka');
    expect(within(panel).getByRole('combobox', { name: 'To' })).toHaveValue('United States');
    expect(useAppStore.getState().paths).toMatchObject({ from: 'lukashenka', to: 'united-states' });
  });

  it('with only To chosen, lists who holds leverage over that actor, by kind', async () => {
    const { user, panel } = setup();
    await pick(user, 'To', 'lithuania');
    const section = within(panel)
      .getByRole('heading', { level: 3, name: 'Leverage over Lithuania' })
      .closest('section')!;
    const kinds = within(section)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(kinds.some((k) => k.startsWith('Pressure (can hurt)'))).toBe(true);
    expect(within(section).getAllByRole('button', { name: /^Belarus .+ Lithuania$/ }).length).toBeGreaterThan(
      0,
    );
  });

  it('leaves out the kinds of lever unticked in the options', async () => {
    const { user, panel } = setup();
    await pick(user, 'From', 'united states');
    await pick(user, 'To', 'lukash');
    const count = () =>
      within(within(panel).getByRole('list', { name: 'Paths' })).getAllByRole('button').length;
    const before = count();
    await user.click(within(panel).getByText('Options'));
    await user.click(within(panel).getByRole('checkbox', { name: /access/ }));
    expect(useAppStore.getState().paths.hiddenKinds).toEqual(['access']);
    expect(count()).toBeLessThan(before);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Steps at most' }), '1');
    expect(count()).toBe(1);
  });
});

describe('the leverage paths panel when there is no path', () => {
  beforeEach(async () => {
    await loadFixtureIntoStore();
    useAppStore.getState().setPathsOpen(true);
  });

  it('says why, names what the first actor can reach, and offers the other way round', async () => {
    const { user, panel } = setup();
    await pick(user, 'From', 'sailors');
    await pick(user, 'To', 'avalon');
    expect(within(panel).queryByRole('list', { name: 'Paths' })).toBeNull();
    expect(within(panel).getByText('No path found.')).toHaveAttribute('role', 'status');
    expect(panel).toHaveTextContent('Detained sailors holds no lever over anyone in the relations used.');
    await user.click(
      within(panel).getByRole('button', { name: 'Swap: how Avalon can move Detained sailors' }),
    );
    await waitFor(() => expect(within(panel).getByRole('list', { name: 'Paths' })).toBeInTheDocument());
  });

  it('says so when From and To are the same actor, without offering a swap', async () => {
    const { user, panel } = setup();
    await pick(user, 'From', 'avalon');
    await pick(user, 'To', 'avalon');
    expect(panel).toHaveTextContent('Avalon is at both ends: choose two different actors.');
    expect(within(panel).queryByRole('button', { name: /^Swap:/ })).toBeNull();
  });

  it('takes an exact name typed and left, clears an emptied end, and puts back anything else', async () => {
    const { user, panel } = setup();
    const from = within(panel).getByRole('combobox', { name: 'From' });
    await user.type(from, 'brightland');
    await user.tab();
    expect(useAppStore.getState().paths.from).toBe('brightland');
    const fromAgain = within(panel).getByRole('combobox', { name: 'From' });
    await user.clear(fromAgain);
    await user.type(fromAgain, 'brightl');
    await user.tab();
    expect(useAppStore.getState().paths.from).toBe('brightland');
    expect(within(panel).getByRole('combobox', { name: 'From' })).toHaveValue('Brightland');
    await user.clear(within(panel).getByRole('combobox', { name: 'From' }));
    await user.tab();
    expect(useAppStore.getState().paths.from).toBeNull();
  });
});
