import { useEffect } from 'react';
import { useAppStore } from '../../store/appStore';
import { isTyping } from '../common/isTyping';

/**
 * Ctrl/Cmd+Z undoes the last edit to a map of one's own; Ctrl/Cmd+Shift+Z and Ctrl+Y redo
 * it. In a text field the keys are the field's own, and while a form is open they wait.
 */
export function useHistoryKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const s = useAppStore.getState();
      if (s.editor || s.presenting || s.data.status !== 'ready' || s.data.origin.kind !== 'local') return;
      if (key === 'z' && !event.shiftKey) s.undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) s.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
