import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DealForm } from '../../src/features/authoring/DealForm';
import { EvidenceForm } from '../../src/features/authoring/EvidenceForm';
import { MapBar } from '../../src/features/authoring/MapBar';
import { MyMapsDialog } from '../../src/features/authoring/MyMapsDialog';
import { getLastOpen, putMap } from '../../src/io/localMaps';
import { rememberOpen } from '../../src/features/authoring/useLocalSaving';
import { SlideForm } from '../../src/features/authoring/SlideForm';
import { StoryEditor } from '../../src/features/authoring/StoryEditor';
import { SourceReader } from '../../src/features/reader/SourceReader';
import { useAppStore } from '../../src/store/appStore';
import { selectLoaded, selectUndoLabel } from '../../src/store/selectors';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

const map = () => selectLoaded(useAppStore.getState())!.dataset;

beforeEach(async () => {
  await loadFixtureIntoStore();
  act(() => useAppStore.getState().setOrigin({ kind: 'local', id: 'test' }, 'My maps: Harbour test'));
});

describe('the map bar', () => {
  it('offers a copy of one’s own on a read-only map, then undo and redo that say what they do', async () => {
    act(() => useAppStore.getState().setOrigin({ kind: 'file' }, 'harbour.json'));
    const user = userEvent.setup();
    const { rerender } = render(<MapBar />);
    expect(screen.getByText(/Read-only/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit map' }));
    rerender(<MapBar />);
    expect(screen.queryByRole('button', { name: 'Edit map' })).not.toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    await act(() => useAppStore.getState().edit({ kind: 'delete-relation', id: 'avalon-frees-sailors' }));
    expect(undo).toBeEnabled();
    expect(undo).toHaveAccessibleDescription('Undo: delete relation “releases”');
    // The sailors now take part in no relation: the checks warn, and the bar says so.
    await user.click(screen.getByRole('button', { name: '⚠ 1 warning' }));
    expect(useAppStore.getState().editor).toEqual({ form: 'warnings' });
    await user.click(undo);
    expect(map().relations.some((r) => r.id === 'avalon-frees-sailors')).toBe(true);
    expect(screen.getByRole('button', { name: 'Redo' })).toHaveAccessibleDescription(
      'Redo: delete relation “releases”',
    );
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(map().relations.some((r) => r.id === 'avalon-frees-sailors')).toBe(false);
  });
});

describe('quoting from the reader', () => {
  it('refuses an empty selection with a sentence, and offers the two actions', async () => {
    act(() => useAppStore.getState().openReader({ sourceId: 'harbour-notes' }));
    render(<SourceReader />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New relation from selection' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Nothing is selected/);
    expect(useAppStore.getState().editor).toBeNull();
    expect(screen.getByRole('button', { name: 'Add as evidence' })).toBeInTheDocument();
  });

  it('turns a selection into the quote of a new relation, anchored where it was selected', async () => {
    act(() => useAppStore.getState().openReader({ sourceId: 'harbour-notes' }));
    render(<SourceReader />);
    const paragraph = screen.getByText(/Brightland then lifted the fishing ban/);
    const node = [...paragraph.childNodes].find((n) => n.textContent?.includes('Brightland then lifted'))!;
    const words = 'Brightland then lifted the fishing ban';
    const from = node.textContent!.indexOf(words);
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + words.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    await userEvent.setup().click(screen.getByRole('button', { name: 'New relation from selection' }));
    const editor = useAppStore.getState().editor;
    expect(editor).toMatchObject({ form: 'relation', evidence: { source: 'harbour-notes', quote: words } });
    if (editor?.form !== 'relation' || !editor.evidence?.anchor) throw new Error('no anchor');
    const text = selectLoaded(useAppStore.getState())!.texts['harbour-notes']!;
    expect(text.slice(editor.evidence.anchor.start, editor.evidence.anchor.end)).toBe(words);
  });
});

describe('evidence, deals and slides', () => {
  it('adds a selected passage as evidence to the relation chosen', async () => {
    const quote = 'Brightland’s trade ministry called the closure unlawful.';
    act(() =>
      useAppStore.getState().openEditor({ form: 'evidence', evidence: { source: 'harbour-notes', quote } }),
    );
    render(<EvidenceForm evidence={{ source: 'harbour-notes', quote }} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the relation or deal');
    await user.type(screen.getByRole('searchbox', { name: 'Find a relation or deal' }), 'closes');
    await user.click(screen.getByRole('radio', { name: /closes its harbour to/ }));
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    await waitFor(() => expect(useAppStore.getState().editor).toBeNull());
    const rel = map().relations.find((r) => r.id === 'avalon-closes-harbour')!;
    expect(rel.evidence.map((e) => e.quote)).toContain(quote);
  });

  it('links two relations as a deal with a quote from them, and refuses one relation', async () => {
    act(() => useAppStore.getState().openEditor({ form: 'deal' }));
    render(<DealForm />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /closes its harbour to/ }));
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'Harbour for ministry');
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'One thing for another.');
    await user.click(screen.getByRole('button', { name: 'Save deal' }));
    expect(screen.getByRole('alert')).toHaveTextContent('at least two relations');
    await user.click(screen.getByRole('checkbox', { name: /calls unlawful/ }));
    const quotes = screen.getByRole('group', { name: 'Evidence that it is a trade' });
    await user.click(within(quotes).getAllByRole('checkbox')[0]!);
    await user.click(screen.getByRole('button', { name: 'Save deal' }));
    await waitFor(() => expect(useAppStore.getState().editor).toBeNull());
    expect(map().deals.find((d) => d.label === 'Harbour for ministry')?.relations).toEqual([
      'avalon-closes-harbour',
      'ministry-opposes-closure',
    ]);
  });

  it('adds the selected actor as a slide of a new story, then reorders the story', async () => {
    act(() => {
      useAppStore.getState().select({ kind: 'actor', id: 'avalon' });
      useAppStore.getState().openEditor({ form: 'slide' });
    });
    render(<SlideForm />);
    const user = userEvent.setup();
    expect(screen.getByText(/The selected actor with its \d relations/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Story' }), 'A new story…');
    await user.type(screen.getByRole('textbox', { name: 'Story title' }), 'Avalon in brief');
    await user.type(screen.getByRole('textbox', { name: 'Slide title' }), 'Avalon acts');
    await user.type(screen.getByRole('textbox', { name: 'Slide text' }), 'What Avalon does.');
    await user.click(screen.getByRole('button', { name: 'Save slide' }));
    await waitFor(() => expect(useAppStore.getState().editor).toBeNull());
    const story = map().stories.find((s) => s.title === 'Avalon in brief')!;
    expect(story.slides[0]).toMatchObject({ title: 'Avalon acts', highlight: ['avalon'] });
    expect(story.slides[0]!.show).toContain('avalon-closes-harbour');

    const harbour = map().stories[0]!;
    const second = harbour.slides[1]!.title;
    render(<StoryEditor storyId={harbour.id} />);
    await user.click(screen.getByRole('button', { name: 'Move slide 2 up' }));
    await waitFor(() => expect(map().stories[0]!.slides[0]!.title).toBe(second));
  });
});

describe('my maps', () => {
  it('renames the open map by an edit, so the next save keeps the new title', async () => {
    await putMap({ id: 'test', title: 'Harbour test', created: 1, updated: 1, storeVersion: 1, file: '{}' });
    act(() => useAppStore.getState().openEditor({ form: 'my-maps' }));
    render(<MyMapsDialog />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Rename “Harbour test”' }));
    const field = screen.getByRole('textbox', { name: 'New title' });
    await user.clear(field);
    await user.type(field, 'Harbour, renamed{Enter}');
    await waitFor(() => expect(map().title).toBe('Harbour, renamed'));
    expect(await screen.findByRole('button', { name: 'Open “Harbour, renamed”' })).toBeInTheDocument();
    // An edit like any other: Undo takes it back.
    expect(selectUndoLabel(useAppStore.getState())).toBe('rename map');
  });

  it('keeps a deleted map under “Recently deleted” after the dialog closes, to restore or delete for good', async () => {
    const stored = { created: 1, updated: 1, storeVersion: 1 as const, file: '{}' };
    await putMap({ id: 'old-notes', title: 'Old notes', ...stored });
    await putMap({ id: 'draft', title: 'Draft', ...stored });
    act(() => useAppStore.getState().openEditor({ form: 'my-maps' }));
    const user = userEvent.setup();
    const first = render(<MyMapsDialog />);
    await user.click(await screen.findByRole('button', { name: 'Delete “Old notes”' }));
    expect(await screen.findByText(/^Deleted “Old notes”\./)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Delete “Draft”' }));
    first.unmount();

    // Opened again (as after a reload): both wait under "Recently deleted".
    render(<MyMapsDialog />);
    const binned = await screen.findByRole('region', { name: 'Recently deleted' });
    expect(
      within(binned)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['Draft', 'Old notes']);
    expect(screen.queryByRole('button', { name: 'Open “Old notes”' })).not.toBeInTheDocument();
    await user.click(within(binned).getByRole('button', { name: 'Restore “Old notes”' }));
    expect(await screen.findByRole('button', { name: 'Open “Old notes”' })).toBeInTheDocument();
    await user.click(within(binned).getByRole('button', { name: 'Delete “Draft” for good' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Recently deleted' })).not.toBeInTheDocument(),
    );
  });
});

describe('which map a reload opens', () => {
  it('is the one opened last, even when the bundled map’s idle turn comes after “Edit map”', async () => {
    // The page is busy: the bundled map's turn to be remembered comes only when we say.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
      idle.push(() => callback({ didTimeout: false, timeRemaining: () => 10 }));
      return idle.length;
    });
    try {
      rememberOpen({ kind: 'bundled', name: 'belarus' });
      rememberOpen({ kind: 'local', id: 'mine' });
      await waitFor(async () =>
        expect(await getLastOpen()).toMatchObject({ ok: true, ref: { kind: 'local', id: 'mine' } }),
      );
      for (const turn of idle) turn();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await getLastOpen()).toMatchObject({ ok: true, ref: { kind: 'local', id: 'mine' } });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
