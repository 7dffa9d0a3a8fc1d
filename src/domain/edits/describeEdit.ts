/** What an edit did, in a few words, for "Undo: add relation “lifts sanctions on”". */
import type { Dataset } from '../schema';
import type { Edit } from './edit';

const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;

function labelOf(dataset: Dataset, id: string): string {
  const found =
    dataset.actors.find((a) => a.id === id) ??
    dataset.relations.find((r) => r.id === id) ??
    dataset.deals.find((d) => d.id === id);
  return quoted(found?.label ?? id);
}

export function describeEdit(edit: Edit, before: Dataset): string {
  switch (edit.kind) {
    case 'set-info':
      return 'rename map';
    case 'add-source':
      return `add source ${quoted(edit.source.title)}`;
    case 'update-source':
      return `edit source ${quoted(edit.source.title)}`;
    case 'delete-source':
      return `delete source ${quoted(before.sources.find((s) => s.id === edit.id)?.title ?? edit.id)}`;
    case 'add-actor':
      return `add actor ${quoted(edit.actor.label)}`;
    case 'update-actor':
      return `edit actor ${quoted(edit.actor.label)}`;
    case 'delete-actor':
      return `delete actor ${labelOf(before, edit.id)}`;
    case 'add-relation':
      return `add relation ${quoted(edit.relation.label)}`;
    case 'update-relation':
      return `edit relation ${quoted(edit.relation.label)}`;
    case 'delete-relation':
      return `delete relation ${labelOf(before, edit.id)}`;
    case 'add-evidence':
      return `add evidence to ${labelOf(before, edit.holder.id)}`;
    case 'remove-evidence':
      return `remove evidence from ${labelOf(before, edit.holder.id)}`;
    case 'add-deal':
      return `link deal ${quoted(edit.deal.label)}`;
    case 'update-deal':
      return `edit deal ${quoted(edit.deal.label)}`;
    case 'delete-deal':
      return `delete deal ${labelOf(before, edit.id)}`;
    case 'add-story':
      return `add story ${quoted(edit.story.title)}`;
    case 'update-story':
      return `edit story ${quoted(edit.story.title)}`;
    case 'delete-story':
      return `delete story ${quoted(before.stories.find((s) => s.id === edit.id)?.title ?? edit.id)}`;
    case 'add-slide':
      return `add slide ${quoted(edit.slide.title)}`;
    case 'update-slide':
      return `edit slide ${quoted(edit.slide.title)}`;
    case 'move-slide':
      return `move slide ${edit.from + 1} to ${edit.to + 1}`;
    case 'delete-slide':
      return `delete slide ${edit.index + 1}`;
    case 'set-positions':
      return 'move actors';
  }
}
