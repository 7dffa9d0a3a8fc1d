import type { ElementKind } from '../../domain/graphIndex';
import { useAppStore } from '../../store/appStore';
import { selectEditable, selectIndex } from '../../store/selectors';

const NOUN: Record<ElementKind, string> = { actor: 'actor', relation: 'relation', deal: 'deal' };

/** On a map of one's own: edit or delete what Details shows. Nothing on a read-only map. */
export function EditControls({ kind, id }: { kind: ElementKind; id: string }) {
  const editable = useAppStore(selectEditable);
  const openEditor = useAppStore((s) => s.openEditor);
  if (!editable) return null;
  const edit = () => {
    if (kind === 'actor') openEditor({ form: 'actor', actorId: id });
    else if (kind === 'relation') openEditor({ form: 'relation', relationId: id });
    else openEditor({ form: 'deal', dealId: id });
  };
  return (
    <div className="edit-controls" role="group" aria-label={`Change this ${NOUN[kind]}`}>
      <button type="button" className="btn" onClick={edit}>
        Edit {NOUN[kind]}
      </button>
      <button
        type="button"
        className="btn btn-danger"
        onClick={() => openEditor({ form: 'delete', kind, id })}
      >
        Delete {NOUN[kind]}
      </button>
      {kind === 'relation' && <RelationExtras id={id} />}
    </div>
  );
}

/** A relation's figures and the competing claims about it, each in a form of its own. */
function RelationExtras({ id }: { id: string }) {
  const openEditor = useAppStore((s) => s.openEditor);
  const contested = useAppStore((s) => selectIndex(s)?.relations.get(id)?.contested !== undefined);
  return (
    <>
      <button type="button" className="btn" onClick={() => openEditor({ form: 'figures', relationId: id })}>
        Edit figures
      </button>
      <button type="button" className="btn" onClick={() => openEditor({ form: 'contest', relationId: id })}>
        {contested ? 'Edit contest' : 'Mark as contested'}
      </button>
    </>
  );
}
