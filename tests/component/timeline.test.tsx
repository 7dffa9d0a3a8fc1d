import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimelinePanel } from '../../src/features/time/TimelinePanel';
import { useAppStore } from '../../src/store/appStore';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

const BELARUS = '../../graph-data/belarus/dataset.json';

function setup({ fakeTimers = false } = {}) {
  const user = userEvent.setup(fakeTimers ? { advanceTimers: vi.advanceTimersByTime.bind(vi) } : {});
  render(<TimelinePanel />);
  const panel = screen.getByRole('region', { name: 'Timeline' });
  return { user, panel, slider: within(panel).getByRole('slider', { name: 'As of' }) };
}

describe('the timeline on the Belarus map', () => {
  beforeEach(async () => {
    await loadFixtureIntoStore(BELARUS);
    useAppStore.getState().setTime({ asOf: null, period: null, hideUndated: false });
    useAppStore.getState().setCompare(null);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rests on every date; End chooses the latest month, and the slider moves by months', () => {
    // jsdom has no range input behaviour (arrows, Home): the browser test presses the keys;
    // here, our End from rest and the values the slider gives.
    const { slider } = setup();
    expect(slider).toHaveAttribute('aria-valuetext', 'All dates');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(useAppStore.getState().filters.time.asOf).toBe('2025-12');
    expect(slider).toHaveAttribute('aria-valuetext', 'December 2025');
    fireEvent.change(slider, { target: { value: '0' } });
    expect(useAppStore.getState().filters.time.asOf).toBe('2020-01');
    expect(slider).toHaveAttribute('aria-valuetext', 'January 2020');
  });

  it('plays the story’s latest year month by month, and pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, panel } = setup({ fakeTimers: true });
    await user.click(within(panel).getByRole('button', { name: 'Play month by month' }));
    // The map's dates run from 2020 to December 2025: playing starts with January 2025.
    expect(useAppStore.getState().filters.time.asOf).toBe('2025-01');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_300);
    });
    expect(useAppStore.getState().filters.time.asOf).toBe('2025-03');
    await user.click(within(panel).getByRole('button', { name: 'Pause' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3_000);
    });
    expect(useAppStore.getState().filters.time.asOf).toBe('2025-03');
  });

  it('draws a mark for each dated relation, named with its dates, and says how many are undated', () => {
    const { panel } = setup();
    const chart = within(panel).getByRole('group', { name: 'Dated relations on a time axis' });
    expect(
      within(chart).getByRole('button', {
        name: /^Poland reopened two crossings with Belarus, 17 November 2025$/,
      }),
    ).toBeInTheDocument();
    // A date known only to the year is named as the year, never as a day of it.
    const zapad = within(chart).getAllByRole('button', { name: /Zapad-2025 \(2025\)$/ });
    expect(zapad.length).toBeGreaterThan(2);
    expect(within(chart).queryAllByRole('button', { name: /January 2025$/ })).toEqual([]);
    expect(within(panel).getByRole('status')).toHaveTextContent(
      /48 dated relations · 134 undated relations, not on the axis/,
    );
  });
});
