import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { quoteFromSelection } from '../../src/domain/edits/quoteSelection';
import type { Evidence } from '../../src/domain/schema';
import { useShortcuts } from '../../src/app/useShortcuts';
import { AuthoringDialogs } from '../../src/features/authoring/AuthoringDialogs';
import type { EditorForm } from '../../src/store/editorSlice';
import { useAppStore } from '../../src/store/appStore';
import { selectLoaded } from '../../src/store/selectors';
import { loadFixture } from '../helpers/loadFixture';
import { loadFixtureIntoStore } from '../helpers/storeFixture';

beforeEach(async () => {
  await loadFixtureIntoStore();
  useAppStore.getState().setOrigin({ kind: 'local', id: 't' }, 'mine');
});

const map = () => selectLoaded(useAppStore.getState())!;

function open(form: EditorForm, name: string | RegExp) {
  const user = userEvent.setup();
  render(<AuthoringDialogs />);
  act(() => useAppStore.getState().openEditor(form));
  return { user, dialog: screen.getByRole('dialog', { name }) };
}

/** A quote selected in the fixture's source, as the reader would make it. */
function selected(words: string): Evidence {
  const text = map().texts['harbour-notes']!;
  const start = text.indexOf(words);
  const made = quoteFromSelection('harbour-notes', text, { start, end: start + words.length });
  if (!made.ok) throw new Error(made.message);
  return made.evidence;
}

describe('the source form', () => {
  it('adds a source with its text, then closes', async () => {
    const { user, dialog } = open({ form: 'source' }, 'Add source');
    const d = within(dialog);
    await user.type(d.getByRole('textbox', { name: 'Title' }), 'Port Gazette');
    await user.type(d.getByRole('textbox', { name: 'Publisher' }), 'Avalon Press');
    await user.type(d.getByRole('textbox', { name: 'Authors' }), 'A. Writer, B. Scribe');
    await user.type(d.getByRole('textbox', { name: 'Published' }), '2024-04');
    await user.type(d.getByRole('textbox', { name: 'URL' }), 'https://example.org/gazette');
    await user.click(d.getByRole('textbox', { name: 'Source text' }));
    await user.paste('The harbour reopened in April.');
    await user.click(d.getByRole('button', { name: 'Save source' }));

    await waitFor(() => expect(useAppStore.getState().editor).toBeNull());
    const source = map().dataset.sources.find((s) => s.id === 'port-gazette');
    expect(source).toEqual({
      id: 'port-gazette',
      title: 'Port Gazette',
      publisher: 'Avalon Press',
      authors: ['A. Writer', 'B. Scribe'],
      published: '2024-04',
      url: 'https://example.org/gazette',
      text: 'sources/port-gazette.txt',
    });
    expect(map().texts['port-gazette']).toBe('The harbour reopened in April.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().editor).toBeNull();
  });

  it('says which required fields are empty, at each field, and focuses the first', async () => {
    const { user, dialog } = open({ form: 'source' }, 'Add source');
    const d = within(dialog);
    await user.type(d.getByRole('textbox', { name: 'Publisher' }), 'Avalon Press');
    await user.type(d.getByRole('textbox', { name: 'URL' }), 'javascript:alert(1)');
    await user.click(d.getByRole('button', { name: 'Save source' }));

    const title = d.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Give the source’s title/);
    await waitFor(() => expect(title).toHaveFocus());
    expect(d.getByRole('textbox', { name: 'Publisher' })).not.toHaveAttribute('aria-invalid');
    expect(d.getByRole('textbox', { name: 'Published' })).toHaveAccessibleDescription(/Date not given/);
    expect(d.getByRole('textbox', { name: 'URL' })).toHaveAccessibleDescription(
      /must be an http:\/\/ or https:\/\/ address/,
    );
    expect(d.getByRole('textbox', { name: 'Source text' })).toHaveAccessibleDescription(
      /Paste the source’s text/,
    );
    // Nothing was added, and nothing typed is lost.
    expect(map().dataset.sources).toHaveLength(1);
    expect(d.getByRole('textbox', { name: 'Publisher' })).toHaveValue('Avalon Press');

    // "Date not given" stands for a date the source does not give.
    await user.click(d.getByRole('checkbox', { name: 'Date not given' }));
    expect(d.getByRole('textbox', { name: 'Published' })).toBeDisabled();
  });

  it('refuses a text over 2 MB with its size and the advice to split it', async () => {
    const { user, dialog } = open({ form: 'source' }, 'Add source');
    const d = within(dialog);
    await user.type(d.getByRole('textbox', { name: 'Title' }), 'Big book');
    await user.type(d.getByRole('textbox', { name: 'Publisher' }), 'Avalon Press');
    await user.click(d.getByRole('checkbox', { name: 'Date not given' }));
    // "é" is two bytes in UTF-8: 1.2 million characters are 2.4 MB.
    fireEvent.change(d.getByRole('textbox', { name: 'Source text' }), {
      target: { value: 'é'.repeat(1_200_000) },
    });
    await user.click(d.getByRole('button', { name: 'Save source' }));

    const text = d.getByRole('textbox', { name: 'Source text' });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/The text is 2\.4 MB \(2,400,000 bytes\).*one per chapter/);
    expect(map().dataset.sources).toHaveLength(1);
  });

  it('warns of hidden characters in the text but keeps it', async () => {
    const { user, dialog } = open({ form: 'source' }, 'Add source');
    await user.click(within(dialog).getByRole('textbox', { name: 'Source text' }));
    await user.paste('Plain words \u202Ereversed');
    expect(within(dialog).getByText(/bidirectional control U\+202E/)).toBeInTheDocument();
  });

  it('names a file that is not UTF-8 and keeps what was typed', async () => {
    const { user, dialog } = open({ form: 'source' }, 'Add source');
    const text = within(dialog).getByRole('textbox', { name: 'Source text' });
    await user.click(text);
    await user.paste('Typed so far.');
    const latin1 = new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], 'latin1.txt', { type: 'text/plain' });
    await user.upload(within(dialog).getByTestId('source-file'), latin1);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/“latin1\.txt” is not valid UTF-8/);
    expect(text).toHaveValue('Typed so far.');

    const utf8 = new File(['Read from a file.'], 'notes.txt', { type: 'text/plain' });
    await user.upload(within(dialog).getByTestId('source-file'), utf8);
    await waitFor(() => expect(text).toHaveValue('Read from a file.'));
  });

  it('edits a source’s details and shows its text read-only', async () => {
    const { user, dialog } = open({ form: 'source', sourceId: 'harbour-notes' }, 'Edit source');
    const d = within(dialog);
    expect(d.getByRole('textbox', { name: 'Source text' })).toHaveAttribute('readonly');
    const publisher = d.getByRole('textbox', { name: 'Publisher' });
    await user.clear(publisher);
    await user.type(publisher, 'Harbour Institute');
    await user.click(d.getByRole('button', { name: 'Save source' }));
    expect(map().dataset.sources[0]).toMatchObject({ id: 'harbour-notes', publisher: 'Harbour Institute' });
  });
});

describe('the relation form', () => {
  it('makes a relation from a quote, from an actor on the map to a new one', async () => {
    const evidence = selected('Two weeks later Avalon released four detained sailors.');
    const { user, dialog } = open({ form: 'relation', evidence }, 'New relation');
    const d = within(dialog);
    expect(within(d.getByRole('figure')).getByText(evidence.quote)).toBeInTheDocument();
    expect(d.getByRole('figure')).toHaveTextContent('Leverage Map tests, “Harbour Notes”, March 2024');

    // An existing actor, found by an alias.
    await user.type(d.getByRole('combobox', { name: 'From' }), 'republic of');
    expect(d.getByRole('option', { name: /^Avalon/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(d.getByRole('combobox', { name: 'From' })).toHaveValue('Avalon');

    // A name no actor has: offered as a new actor, with the fields it needs.
    await user.type(d.getByRole('combobox', { name: 'To' }), 'Harbour pilots');
    await user.click(d.getByRole('option', { name: /New actor “Harbour pilots”/ }));
    const actor = d.getByRole('group', { name: 'New actor “Harbour pilots”' });
    expect(within(actor).getByRole('textbox', { name: 'Description' })).toHaveValue('Harbour pilots.');
    await user.selectOptions(within(actor).getByRole('combobox', { name: 'Actor type' }), 'group');
    await user.type(within(actor).getByRole('textbox', { name: 'Aliases' }), 'pilots, the guild');

    await user.selectOptions(d.getByRole('combobox', { name: 'Type' }), 'support');
    expect(d.getByRole('textbox', { name: 'Label' })).toHaveValue('supports');
    await user.type(d.getByRole('textbox', { name: 'Claim' }), 'Avalon backed the harbour pilots.');
    await user.type(d.getByRole('textbox', { name: 'Date' }), '2024-03');
    await user.click(d.getByRole('checkbox', { name: 'Approximate' }));
    // A period ends no earlier than it begins.
    await user.type(d.getByRole('textbox', { name: 'Until' }), '2024-01');
    await user.click(d.getByRole('button', { name: 'Save relation' }));
    expect(d.getByRole('textbox', { name: 'Until' })).toHaveAccessibleDescription(
      /cannot end \(2024-01\) before it begins \(2024-03\)/,
    );
    await user.clear(d.getByRole('textbox', { name: 'Until' }));
    await user.type(d.getByRole('textbox', { name: 'Until' }), '2024-05');
    await user.type(d.getByRole('textbox', { name: 'How the text dates it' }), 'the notes say "in March"');
    await user.click(d.getByRole('button', { name: 'Save relation' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const { dataset } = map();
    expect(dataset.actors.find((a) => a.id === 'harbour-pilots')).toEqual({
      id: 'harbour-pilots',
      label: 'Harbour pilots',
      type: 'group',
      aliases: ['pilots', 'the guild'],
      description: 'Harbour pilots.',
    });
    expect(dataset.relations.find((r) => r.id === 'avalon-support-harbour-pilots')).toEqual({
      id: 'avalon-support-harbour-pilots',
      source: 'avalon',
      target: 'harbour-pilots',
      type: 'support',
      label: 'supports',
      claim: 'Avalon backed the harbour pilots.',
      evidence: [evidence],
      stance: 'asserted',
      when: { start: '2024-03', end: '2024-05', approximate: true, basis: 'the notes say "in March"' },
    });
  });

  it('asks for what is missing, and for who makes an attributed claim', async () => {
    const evidence = selected('Brightland’s trade ministry called the closure unlawful.');
    const { user, dialog } = open({ form: 'relation', evidence }, 'New relation');
    const d = within(dialog);
    await user.selectOptions(d.getByRole('combobox', { name: 'Stance' }), 'attributed');
    await user.click(d.getByRole('button', { name: 'Save relation' }));
    const from = d.getByRole('combobox', { name: 'From' });
    await waitFor(() => expect(from).toHaveFocus());
    expect(from).toHaveAccessibleDescription(/Choose who acts/);
    expect(d.getByRole('combobox', { name: 'Type' })).toHaveAttribute('aria-invalid', 'true');
    expect(d.getByRole('combobox', { name: 'Attributed to' })).toHaveAccessibleDescription(
      /Name who makes the claim/,
    );

    await user.type(d.getByRole('combobox', { name: 'Attributed to' }), 'trade min');
    await user.keyboard('{Enter}');
    expect(d.getByRole('list', { name: 'Claim attributed to' })).toHaveTextContent(
      'Brightland trade ministry',
    );
    expect(d.getByRole('combobox', { name: 'Attributed to' })).toHaveValue('');
  });

  it('attributes a claim to the new actor made in the same form', async () => {
    const evidence = selected('Brightland’s trade ministry called the closure unlawful.');
    const { user, dialog } = open({ form: 'relation', evidence }, 'New relation');
    const d = within(dialog);
    await user.type(d.getByRole('combobox', { name: 'From' }), 'Harbour Guild');
    await user.click(d.getByRole('option', { name: /New actor “Harbour Guild”/ }));
    const actor = d.getByRole('group', { name: 'New actor “Harbour Guild”' });
    await user.selectOptions(within(actor).getByRole('combobox', { name: 'Actor type' }), 'group');
    await user.type(d.getByRole('combobox', { name: 'To' }), 'Avalon');
    await user.keyboard('{Enter}');
    await user.selectOptions(d.getByRole('combobox', { name: 'Type' }), 'opposition');
    await user.type(d.getByRole('textbox', { name: 'Claim' }), 'The guild says the closure is unlawful.');
    await user.selectOptions(d.getByRole('combobox', { name: 'Stance' }), 'attributed');
    await user.click(
      d.getByRole('checkbox', { name: 'Also attributed to “Harbour Guild”, the new actor made here' }),
    );
    await user.click(d.getByRole('button', { name: 'Save relation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const made = map().dataset.relations.find((r) => r.source === 'harbour-guild')!;
    expect(made.attributedTo).toEqual(['harbour-guild']);
  });

  it('shows the store’s refusal word for word and keeps every field', async () => {
    // A quote the source does not hold: the loader's checks refuse it.
    const evidence: Evidence = { source: 'harbour-notes', quote: 'Avalon annexed Brightland.' };
    const { user, dialog } = open({ form: 'relation', evidence }, 'New relation');
    const d = within(dialog);
    await user.type(d.getByRole('combobox', { name: 'From' }), 'Avalon');
    await user.tab();
    await user.type(d.getByRole('combobox', { name: 'To' }), 'Brightland');
    await user.tab();
    await user.selectOptions(d.getByRole('combobox', { name: 'Type' }), 'war');
    await user.type(d.getByRole('textbox', { name: 'Claim' }), 'Avalon went to war.');
    await user.click(d.getByRole('button', { name: 'Save relation' }));

    const alert = d.getByRole('alert');
    expect(alert).toHaveTextContent(
      /^relations\[4\]\.evidence\[0\]\.quote: not found in source "harbour-notes"/,
    );
    expect(map().dataset.relations).toHaveLength(4);
    expect(screen.getByRole('dialog', { name: 'New relation' })).toBeInTheDocument();
    expect(d.getByRole('combobox', { name: 'From' })).toHaveValue('Avalon');
    expect(d.getByRole('combobox', { name: 'To' })).toHaveValue('Brightland');
    expect(d.getByRole('textbox', { name: 'Label' })).toHaveValue('wages war on');
    expect(d.getByRole('textbox', { name: 'Claim' })).toHaveValue('Avalon went to war.');
  });

  it('edits a relation, its quotes shown and kept', async () => {
    const { user, dialog } = open({ form: 'relation', relationId: 'avalon-closes-harbour' }, 'Edit relation');
    const d = within(dialog);
    expect(d.getByRole('combobox', { name: 'From' })).toHaveValue('Avalon');
    const label = d.getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'shuts its harbour to');
    await user.click(d.getByRole('button', { name: 'Save relation' }));
    const relation = map().dataset.relations.find((r) => r.id === 'avalon-closes-harbour')!;
    expect(relation.label).toBe('shuts its harbour to');
    expect(relation.evidence).toHaveLength(1);
    expect(relation.when).toEqual({ start: '2024-03-03' });
  });
});

describe('the figures form', () => {
  it('adds a figure from a source the relation quotes, edits it and removes it', async () => {
    const { user, dialog } = open({ form: 'figures', relationId: 'avalon-closes-harbour' }, 'Edit figures');
    const d = within(dialog);
    expect(d.getByText('No figures yet.')).toBeInTheDocument();
    await user.click(d.getByRole('button', { name: 'Add figure' }));
    const figure = within(d.getByRole('group', { name: 'Figure 1' }));
    await user.type(figure.getByRole('textbox', { name: 'Quantity' }), 'ships turned away');
    await user.type(figure.getByRole('textbox', { name: 'Value' }), 'twelve');
    await user.click(d.getByRole('button', { name: 'Save figures' }));
    expect(d.getByRole('alert')).toHaveTextContent('Figure 1: the value must be a number');
    await user.clear(figure.getByRole('textbox', { name: 'Value' }));
    await user.type(figure.getByRole('textbox', { name: 'Value' }), '1,200');
    await user.click(figure.getByRole('checkbox', { name: /Approximate/ }));
    await user.type(figure.getByRole('textbox', { name: 'Date it refers to (optional)' }), '2024-03');
    expect(figure.getByRole('combobox', { name: 'Given by' })).toHaveDisplayValue('Harbour Notes');
    await user.click(d.getByRole('button', { name: 'Save figures' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = () => map().dataset.relations.find((r) => r.id === 'avalon-closes-harbour')!;
    expect(saved().figures).toEqual([
      {
        quantity: 'ships turned away',
        value: 1200,
        approximate: true,
        when: '2024-03',
        source: 'harbour-notes',
      },
    ]);

    act(() => useAppStore.getState().openEditor({ form: 'figures', relationId: 'avalon-closes-harbour' }));
    const again = within(screen.getByRole('dialog', { name: 'Edit figures' }));
    await user.click(again.getByRole('button', { name: 'Remove figure 1' }));
    await user.click(again.getByRole('button', { name: 'Save figures' }));
    await waitFor(() => expect(saved().figures).toBeUndefined());
  });

  it('shows the store’s refusal of a date that is not one', async () => {
    const { user, dialog } = open({ form: 'figures', relationId: 'avalon-frees-sailors' }, 'Edit figures');
    const figure = within(within(dialog).getByRole('group', { name: 'Figure 1' }));
    expect(figure.getByRole('textbox', { name: 'Quantity' })).toHaveValue('sailors released');
    await user.type(figure.getByRole('textbox', { name: 'Date it refers to (optional)' }), '2024-13');
    await user.click(within(dialog).getByRole('button', { name: 'Save figures' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/figures\[0\]\.when/);
    expect(
      map().dataset.relations.find((r) => r.id === 'avalon-frees-sailors')!.figures![0]!.when,
    ).toBeUndefined();
  });
});

describe('the contest form', () => {
  it('marks a relation as contested: two positions, each held by someone and shown by a quote', async () => {
    const { user, dialog } = open(
      { form: 'contest', relationId: 'avalon-closes-harbour' },
      'Mark as contested',
    );
    const d = within(dialog);
    await user.type(
      d.getByRole('textbox', { name: 'What is in dispute' }),
      'Whether the closure was lawful.',
    );
    const first = within(d.getByRole('group', { name: 'Position 1' }));
    await user.type(first.getByRole('combobox', { name: 'Held by' }), 'Avalon');
    await user.click(await first.findByRole('option', { name: /^Avalon/ }));
    await user.type(
      first.getByRole('textbox', { name: 'What they hold' }),
      'Avalon calls it a security measure.',
    );
    await user.click(first.getAllByRole('checkbox', { name: /closed its harbour/ })[0]!);
    await user.click(d.getByRole('button', { name: 'Save contest' }));
    expect(d.getByRole('alert')).toHaveTextContent('Position 2: name who holds it');
    const second = within(d.getByRole('group', { name: 'Position 2' }));
    expect(second.getByRole('combobox', { name: 'Position' })).toHaveDisplayValue('disputes it');
    await user.click(second.getByRole('checkbox', { name: 'The source’s author holds it' }));
    await user.type(second.getByRole('textbox', { name: 'What they hold' }), 'The text doubts the reason.');
    await user.click(second.getAllByRole('checkbox', { name: /closed its harbour/ })[0]!);
    await user.click(d.getByRole('button', { name: 'Save contest' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const contested = map().dataset.relations.find((r) => r.id === 'avalon-closes-harbour')!.contested!;
    expect(contested.summary).toBe('Whether the closure was lawful.');
    expect(contested.positions.map((p) => [p.actors, p.author, p.position])).toEqual([
      [['avalon'], undefined, 'asserts'],
      [[], true, 'disputes'],
    ]);
  });

  it('edits a contest and can drop it', async () => {
    const { user, dialog } = open({ form: 'contest', relationId: 'brightland-lifts-ban' }, 'Edit contest');
    const d = within(dialog);
    expect(d.getByRole('textbox', { name: 'What is in dispute' })).toHaveValue(
      'Whether the release and the lifted ban were a trade.',
    );
    await user.click(d.getByRole('button', { name: 'Not contested' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(map().dataset.relations.find((r) => r.id === 'brightland-lifts-ban')!.contested).toBeUndefined();
  });
});

describe('a relation with no evidence yet', () => {
  it('is edited like any other and stays without quotes until one is added', async () => {
    const loaded = await loadFixture('minimal.valid.json');
    if (!loaded.ok) throw new Error('the fixture does not load');
    const relations = loaded.dataset.relations.map((r) =>
      r.id === 'avalon-closes-harbour' ? { ...r, evidence: [] } : r,
    );
    act(() => {
      useAppStore.getState().finishLoading('tests/fixtures/unquoted.json', {
        ...loaded,
        dataset: { ...loaded.dataset, relations },
      });
      useAppStore.getState().setOrigin({ kind: 'local', id: 'u' }, 'mine');
    });
    const { user, dialog } = open({ form: 'relation', relationId: 'avalon-closes-harbour' }, 'Edit relation');
    const d = within(dialog);
    const label = d.getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'shuts its harbour to');
    await user.click(d.getByRole('button', { name: 'Save relation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const relation = map().dataset.relations.find((r) => r.id === 'avalon-closes-harbour')!;
    expect(relation.label).toBe('shuts its harbour to');
    expect(relation.evidence).toEqual([]);
  });
});

describe('the actor form', () => {
  it('edits an actor', async () => {
    const { user, dialog } = open({ form: 'actor', actorId: 'sailors' }, 'Edit actor');
    const d = within(dialog);
    const label = d.getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'Fishing crew');
    await user.type(d.getByRole('textbox', { name: 'Aliases' }), 'the four, crew');
    await user.selectOptions(d.getByRole('combobox', { name: 'Actor type' }), 'person');
    await user.selectOptions(d.getByRole('combobox', { name: 'Part of' }), 'brightland');
    await user.click(d.getByRole('button', { name: 'Save actor' }));
    expect(map().dataset.actors.find((a) => a.id === 'sailors')).toEqual({
      id: 'sailors',
      label: 'Fishing crew',
      type: 'person',
      aliases: ['the four', 'crew'],
      description: 'Four sailors held in Avalon.',
      parent: 'brightland',
    });
  });

  it('shows the refusal of a parent cycle', async () => {
    const { user, dialog } = open({ form: 'actor', actorId: 'brightland' }, 'Edit actor');
    const d = within(dialog);
    await user.selectOptions(d.getByRole('combobox', { name: 'Part of' }), 'brightland-trade-ministry');
    await user.click(d.getByRole('button', { name: 'Save actor' }));
    expect(d.getByRole('alert')).toHaveTextContent(/parents form a cycle/);
    expect(map().dataset.actors.find((a) => a.id === 'brightland')!.parent).toBeUndefined();
  });
});

describe('the delete confirmation', () => {
  it('lists the relations, deals and slides that go with an actor, and deletes them', async () => {
    const { user, dialog } = open(
      { form: 'delete', kind: 'actor', id: 'sailors' },
      'Delete actor “Detained sailors”?',
    );
    const d = within(dialog);
    expect(
      within(d.getByRole('list', { name: 'Its relation goes too' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Avalon releases Detained sailors']);
    expect(d.getByRole('list', { name: /Deals that no longer hold/ })).toHaveTextContent(
      'Sailors for fishing rights',
    );
    expect(d.getByRole('list', { name: /Slides that showed it/ })).toHaveTextContent(
      '“The harbour dispute”, slide 2',
    );
    expect(d.getByText('You can undo this.')).toBeInTheDocument();

    await user.click(d.getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(map().dataset.actors.some((a) => a.id === 'sailors')).toBe(false);
    expect(map().dataset.relations.some((r) => r.id === 'avalon-frees-sailors')).toBe(false);
    expect(map().dataset.deals).toHaveLength(0);
  });

  it('Cancel deletes nothing', async () => {
    const { user, dialog } = open({ form: 'delete', kind: 'actor', id: 'avalon' }, 'Delete actor “Avalon”?');
    expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThanOrEqual(4);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(map().dataset.actors).toHaveLength(4);
  });
});

describe('the authoring dialogs', () => {
  it('render nothing while no form is open', () => {
    const { container } = render(<AuthoringDialogs />);
    expect(container).toBeEmptyDOMElement();
  });

  it('show the store’s refusal when the map is not one’s own', async () => {
    await loadFixtureIntoStore();
    const { user, dialog } = open({ form: 'actor', actorId: 'avalon' }, 'Edit actor');
    await user.click(within(dialog).getByRole('button', { name: 'Save actor' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/not yours to edit/);
  });

  it('keep the app’s shortcuts out while a form is open, Esc included', async () => {
    function WithShortcuts() {
      useShortcuts();
      return <AuthoringDialogs />;
    }
    const user = userEvent.setup();
    render(<WithShortcuts />);
    act(() => useAppStore.getState().select({ kind: 'actor', id: 'avalon' }));
    act(() => useAppStore.getState().openEditor({ form: 'delete', kind: 'actor', id: 'avalon' }));
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Escape}?');
    expect(useAppStore.getState().selected).toEqual({ kind: 'actor', id: 'avalon' });
    expect(useAppStore.getState().helpOpen).toBe(false);
  });
});
