import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ElementRef } from '../../src/domain/graphIndex';
import { SourceReader } from '../../src/features/reader/SourceReader';
import { loadDataset } from '../../src/io/loadDataset';
import { useAppStore } from '../../src/store/appStore';
import type { ReaderState } from '../../src/store/panelsSlice';
import { FIXTURES } from '../helpers/loadFixture';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

let text = '';
const at = (passage: string) => {
  const offset = text.indexOf(passage);
  if (offset < 0) throw new Error(`not in the text: ${passage}`);
  return offset;
};

// jsdom lays nothing out, so it has no scrollIntoView; the reader's calls are what we check.
const scrollIntoView = vi.fn();

beforeEach(async () => {
  text = await readFile(path.join(FIXTURES, 'sources/harbour.txt'), 'utf8');
  await loadFixtureIntoStore();
  Element.prototype.scrollIntoView = scrollIntoView;
  scrollIntoView.mockClear();
});

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

function openAt(reader: ReaderState, selected: ElementRef | null = null) {
  act(() => {
    useAppStore.getState().select(selected);
    useAppStore.getState().openReader(reader);
  });
  return render(<SourceReader />);
}

/** The text of the marks the reader says are current, joined in order. */
function currentPassage(container: HTMLElement) {
  return [...container.querySelectorAll('mark[aria-current="true"]')].map((m) => m.textContent).join('');
}

function markStarting(passage: string) {
  const mark = screen
    .getAllByRole('button')
    .find((el) => el.tagName === 'MARK' && el.textContent.startsWith(passage));
  if (!mark) throw new Error(`no mark starting "${passage}"`);
  return mark;
}

describe('SourceReader', () => {
  it('shows the source’s citation, the number of quoted passages and a close button', async () => {
    const user = userEvent.setup();
    openAt({ sourceId: 'harbour-notes' });
    const reader = screen.getByRole('complementary', { name: 'Source reader' });
    expect(within(reader).getByRole('heading', { level: 2, name: 'Harbour Notes' })).toBeInTheDocument();
    expect(reader).toHaveTextContent('Leverage Map tests · March 2024');
    // Seven quotes, five distinct starting points: some quotes begin together.
    expect(reader).toHaveTextContent('5 quoted passages');
    await user.click(screen.getByRole('button', { name: 'Close the source reader' }));
    expect(useAppStore.getState().reader).toBeNull();
  });

  it('keeps the paragraphs and marks every quoted passage', () => {
    const { container } = openAt({ sourceId: 'harbour-notes' });
    expect(container.querySelectorAll('.reader-text p')).toHaveLength(3);
    const marked = [...container.querySelectorAll('mark')].map((m) => m.textContent).join('|');
    expect(marked).toContain('Brightland’s trade ministry called the closure unlawful.');
    expect(marked).toContain('a trade that both sides deny');
    // The title line quotes nothing and stays plain.
    expect(screen.getByText('Harbour Notes, a made-up test text').tagName).toBe('P');
  });

  it('marks the chosen quote as current and scrolls it into view', () => {
    const { container } = openAt(
      { sourceId: 'harbour-notes', at: at('Two weeks later') },
      { kind: 'relation', id: 'avalon-frees-sailors' },
    );
    // The deal's quote starts at the same place; the selected relation's quote is the current one.
    expect(currentPassage(container)).toBe('Two weeks later Avalon released four detained sailors.');
    expect(scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    expect(screen.getByRole('complementary')).toHaveTextContent('3 of 5 quoted passages');
  });

  it('moves the current quote and scrolls again when `at` changes', () => {
    const { container } = openAt({ sourceId: 'harbour-notes', at: at('The Republic of Avalon') });
    scrollIntoView.mockClear();
    act(() => {
      useAppStore.getState().openReader({ sourceId: 'harbour-notes', at: at('a trade that both') });
    });
    expect(currentPassage(container)).toBe('a trade that both sides deny');
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
  });

  it('selects the relation of a clicked mark and moves the reader to it', async () => {
    const user = userEvent.setup();
    const { container } = openAt({ sourceId: 'harbour-notes' });
    await user.click(markStarting('Brightland’s trade ministry'));
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'ministry-opposes-closure' });
    expect(useAppStore.getState().reader).toEqual({
      sourceId: 'harbour-notes',
      at: at('Brightland’s trade'),
    });
    expect(currentPassage(container)).toBe('Brightland’s trade ministry called the closure unlawful.');
  });

  it('lists every element a shared passage supports, so each can be chosen', async () => {
    const user = userEvent.setup();
    openAt({ sourceId: 'harbour-notes' });
    // Covered by the relation's quote, its contest position's quote and the deal's quote.
    await user.click(markStarting('Brightland then lifted the fishing ban'));
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'brightland-lifts-ban' });
    const box = screen.getByRole('group', { name: 'This passage supports:' });
    const choices = within(box)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(choices).toEqual(['Brightland lifts fishing ban on Avalon', 'Deal: Sailors for fishing rights']);
    await user.click(within(box).getByRole('button', { name: 'Deal: Sailors for fishing rights' }));
    expect(useAppStore.getState().selected).toEqual({ kind: 'deal', id: 'sailors-for-fish' });
  });

  it('activates a focused mark with Enter or Space', async () => {
    const user = userEvent.setup();
    openAt({ sourceId: 'harbour-notes' });
    markStarting('a trade that both').focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'brightland-lifts-ban' });
    markStarting('The Republic of Avalon').focus();
    await user.keyboard(' ');
    expect(useAppStore.getState().selected).toEqual({ kind: 'relation', id: 'avalon-closes-harbour' });
  });

  it('steps between quotes with the buttons and with n and p', async () => {
    const user = userEvent.setup();
    const { container } = openAt({ sourceId: 'harbour-notes' });
    expect(screen.getByRole('button', { name: /Previous quote/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Next quote/ }));
    expect(useAppStore.getState().reader?.at).toBe(at('The Republic of Avalon'));

    const windowKeys = vi.fn();
    window.addEventListener('keydown', windowKeys);
    markStarting('The Republic of Avalon').focus();
    await user.keyboard('n');
    expect(useAppStore.getState().reader?.at).toBe(at('Brightland’s trade'));
    // Focus follows the reader's place, and the app's own "n" shortcut is not triggered.
    expect(document.activeElement?.textContent).toBe(
      'Brightland’s trade ministry called the closure unlawful.',
    );
    expect(windowKeys).not.toHaveBeenCalled();
    window.removeEventListener('keydown', windowKeys);

    fireEvent.keyDown(container.querySelector('.reader-text')!, { key: 'p' });
    expect(useAppStore.getState().reader?.at).toBe(at('The Republic of Avalon'));
  });

  it('says when the source does not exist, and can still be closed', async () => {
    const user = userEvent.setup();
    openAt({ sourceId: 'no-such-source' });
    expect(screen.getByRole('heading', { name: 'Source not found' })).toBeInTheDocument();
    expect(screen.getByText(/no source “no-such-source”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().reader).toBeNull();
  });

  it('flags a title that is ours, and links to the original', async () => {
    const json = JSON.parse(await readFile(path.join(FIXTURES, 'minimal.valid.json'), 'utf8')) as {
      sources: Record<string, unknown>[];
    };
    Object.assign(json.sources[0]!, {
      titleIsOurs: true,
      url: 'https://example.org/harbour',
      authors: ['A. Writer'],
    });
    const result = await loadDataset({
      file: 'harbour.json',
      content: json,
      readText: () => Promise.resolve(text),
    });
    act(() => {
      useAppStore.getState().finishLoading('harbour.json', result);
    });
    openAt({ sourceId: 'harbour-notes' });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Harbour Notes (title ours)');
    expect(screen.getByText(/by A\. Writer/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Original at example\.org/ })).toHaveAttribute(
      'href',
      'https://example.org/harbour',
    );
  });
});
