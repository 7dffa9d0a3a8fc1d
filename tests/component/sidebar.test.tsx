import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Sidebar } from '../../src/features/sidebar/Sidebar';
import { useAppStore } from '../../src/store/appStore';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

function setup() {
  const user = userEvent.setup();
  render(<Sidebar />);
  return { user, count: () => screen.getByRole('status').textContent };
}

beforeEach(async () => {
  await loadFixtureIntoStore();
});

describe('Sidebar', () => {
  it('counts what is shown, and lists only the actor types the dataset uses', () => {
    const { count } = setup();
    expect(count()).toBe('Showing 4 of 4 actors · 4 of 4 relations');
    const actorTypes = within(screen.getByRole('list', { name: 'Actor types' })).getAllByRole('button');
    expect(actorTypes.map((b) => b.textContent)).toEqual([
      'States 2 actors',
      'Institutions 1 actor',
      'Groups 1 actor',
    ]);
  });

  it('draws each actor type in its graph shape', () => {
    setup();
    const swatch = (name: RegExp) => screen.getByRole('button', { name }).querySelector('svg');
    expect(swatch(/^States/)?.querySelector('rect')).toHaveAttribute('rx');
    expect(swatch(/^Institutions/)?.querySelector('polygon')).not.toBeNull();
    expect(swatch(/^Groups/)?.querySelector('circle')).not.toBeNull();
  });

  it('hides an actor type when its entry is toggled, and shows it again', async () => {
    const { user, count } = setup();
    const states = screen.getByRole('button', { name: /^States/ });
    expect(states).toHaveAttribute('aria-pressed', 'true');

    await user.click(states);
    expect(states).toHaveAttribute('aria-pressed', 'false');
    expect(useAppStore.getState().filters.hiddenActorTypes).toEqual(['state']);
    expect(count()).toBe('Showing 2 of 4 actors · 0 of 4 relations');

    await user.click(states);
    expect(states).toHaveAttribute('aria-pressed', 'true');
    expect(count()).toBe('Showing 4 of 4 actors · 4 of 4 relations');
  });

  it('toggles a whole relation category, and shows it as mixed when one type is hidden', async () => {
    const { user, count } = setup();
    const coercion = screen.getByRole('button', { name: /^Coercion \d/ });
    await user.click(coercion);
    expect(coercion).toHaveAttribute('aria-pressed', 'false');
    expect([...useAppStore.getState().filters.hiddenRelationTypes].sort()).toEqual([
      'border_closure',
      'opposition',
    ]);
    // With relation filters on, actors left without a relation are hidden too.
    expect(count()).toBe('Showing 3 of 4 actors · 2 of 4 relations');

    await user.click(coercion);
    const disclosure = screen.getByRole('button', { name: 'Coercion types' });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const types = within(screen.getByRole('list', { name: 'Coercion types' })).getAllByRole('button');
    expect(types.map((t) => t.textContent)).toEqual(['Border closure 1 relation', 'Opposition 1 relation']);
    expect(types[0]).toHaveAttribute(
      'title',
      expect.stringContaining('from the side closing to the side shut out'),
    );

    await user.click(types[1]!);
    expect(types[1]).toHaveAttribute('aria-pressed', 'false');
    expect(coercion).toHaveAttribute('aria-pressed', 'mixed');
    expect(count()).toBe('Showing 3 of 4 actors · 3 of 4 relations');
  });

  it('says under each relation type who holds the leverage and its kind, outside the toggle', async () => {
    const { user } = setup();
    expect(screen.getByText(/Leverage does not always follow the arrow/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Concession types' }));
    const list = screen.getByRole('list', { name: 'Concession types' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((e) => e.querySelector('.legend-leverage')?.textContent)).toEqual([
      'Leverage: source over target · inducement',
      'Leverage: source over target · inducement',
    ]);
    const relief = within(list).getByRole('button', { name: /^Sanctions relief/ });
    expect(relief).toHaveAccessibleDescription(expect.stringContaining('so the side easing holds a reward'));

    await user.click(screen.getByRole('button', { name: 'Coercion types' }));
    const coercion = within(screen.getByRole('list', { name: 'Coercion types' })).getAllByRole('listitem');
    expect(coercion[0]).toHaveTextContent(/Border closure.*Leverage: source over target · pressure$/);
    expect(coercion[1]).toHaveTextContent(/Opposition.*No leverage$/);
  });

  it('filters by stance, source and contested-only', async () => {
    const { user, count } = setup();
    await user.click(screen.getByRole('button', { name: /^Attributed/ }));
    // The trade ministry's only relation is attributed, so it goes too.
    expect(count()).toBe('Showing 3 of 4 actors · 3 of 4 relations');
    await user.click(screen.getByRole('button', { name: /^Attributed/ }));

    const contested = screen.getByRole('checkbox', { name: /Contested only/ });
    await user.click(contested);
    expect(contested).toBeChecked();
    expect(useAppStore.getState().filters.contestedOnly).toBe(true);
    expect(count()).toBe('Showing 2 of 4 actors · 1 of 4 relations');
    await user.click(contested);

    await user.click(screen.getByRole('button', { name: /^Leverage Harbour Notes/ }));
    expect(count()).toBe('Showing 0 of 4 actors · 0 of 4 relations');
  });

  it('resets every filter, and is only enabled when there is something to reset', async () => {
    const { user, count } = setup();
    const reset = screen.getByRole('button', { name: 'Reset' });
    expect(reset).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^Groups/ }));
    await user.click(screen.getByRole('checkbox', { name: /Contested only/ }));
    expect(reset).toBeEnabled();

    await user.click(reset);
    expect(count()).toBe('Showing 4 of 4 actors · 4 of 4 relations');
    expect(screen.getByRole('button', { name: /^Groups/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('checkbox', { name: /Contested only/ })).not.toBeChecked();
    expect(reset).toBeDisabled();
  });

  it('offers focus only when an actor is selected', async () => {
    const { user } = setup();
    const oneStep = screen.getByRole('radio', { name: '1 step' });
    expect(oneStep).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Focus on selected actor' })).toHaveAccessibleDescription(
      /Select an actor/,
    );

    act(() => useAppStore.getState().select({ kind: 'actor', id: 'sailors' }));
    expect(oneStep).toBeEnabled();
    await user.click(oneStep);
    expect(useAppStore.getState().focusHops).toBe(1);
    expect(oneStep).toBeChecked();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeEnabled();
  });
});
