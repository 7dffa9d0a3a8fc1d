import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { graphCommands } from '../store/graphCommands';
import { isTyping } from '../features/common/isTyping';
import { panelToggledBy, shortcutFor } from './shortcuts';

export function useShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event, isTyping(event.target));
      if (!action) return;
      const s = useAppStore.getState();
      // While presenting, the slide's own keys apply (see usePresentationKeys).
      if (s.presenting || s.handout) return;
      // An authoring form is a modal dialog: its keys are its own, and Esc must reach it
      // (preventing it here would keep the dialog open when focus is on one of its buttons).
      if (s.editor) return;
      if (s.data.status !== 'ready' && action !== 'help' && action !== 'escape') return;
      // The panels' keys are in the panel registry, with their buttons.
      const panel = panelToggledBy(action);
      if (panel) panel.toggle.run();
      switch (action) {
        case 'focus-search':
          document.getElementById('search-input')?.focus();
          break;
        case 'escape':
          if (s.helpOpen) return; // the dialog closes itself
          if (isTyping(event.target)) return;
          if (s.reader) s.closeReader();
          else s.select(null);
          break;
        case 'fit':
          graphCommands.fit();
          break;
        case 'focus':
          s.setFocusHops(s.focusHops === 2 ? 0 : ((s.focusHops + 1) as 1 | 2));
          break;
        case 'arrange':
          if (s.selected?.kind !== 'actor') return;
          s.setArranged(!s.arranged);
          break;
        case 'help':
          s.setHelpOpen(true);
          break;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
