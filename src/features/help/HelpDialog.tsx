import { useModalDialog } from '../common/useModalDialog';
import { PANEL_SHORTCUTS, SHORTCUTS } from '../../app/shortcuts';
import { useAppStore } from '../../store/appStore';
import { selectHelpOpen } from '../../store/selectors';
import { ReadingLeverage } from './ReadingLeverage';
import './help.css';

/** Keyboard shortcuts and how to read the map and its leverage. A native <dialog>: focus trap and Esc for free. */
export function HelpDialog() {
  const open = useAppStore(selectHelpOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const ref = useModalDialog(open);
  return (
    <dialog
      ref={ref}
      className="dialog help-dialog"
      aria-labelledby="help-title"
      onClose={() => setHelpOpen(false)}
    >
      <h2 id="help-title">How to use Leverage Map</h2>
      <p>
        Each circle or box is an <strong>actor</strong>; each arrow a <strong>relation</strong> from the actor
        who acts to the one acted upon. Colour shows the kind of relation, the arrowhead its type, and the
        line how sure the text is: solid is the author’s statement, dashed someone else’s claim, dotted
        advice, dash-dot a possibility. A yellow halo and ⚠ mark a contested claim.
      </p>
      <p>
        Select anything to read the exact sentences that support it in <em>Details</em>, and “Show in source”
        to read them in the article.
      </p>
      <ReadingLeverage />
      <h3>Keyboard shortcuts</h3>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.description}</td>
            </tr>
          ))}
          {PANEL_SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>
                {s.description} <span className="muted">(in the {s.where.toLowerCase()})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="btn btn-primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
