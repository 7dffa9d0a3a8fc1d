import { useCallback, useEffect, useRef, useState } from 'react';
import presenterCss from './presenter.css?inline';

const WINDOW_NAME = 'leverage-map-presenter';

export interface PresenterWindow {
  /** Where the view is drawn (a portal), while the window is open. */
  container: HTMLElement | null;
  /** The window itself, for its keys. */
  popup: Window | null;
  /** The browser refused to open it (a popup blocker). */
  blocked: boolean;
}

const CLOSED: PresenterWindow = { container: null, popup: null, blocked: false };

/**
 * Opens the speaker's window, with its own stylesheet and an empty body to draw into. Called
 * from the key or click that asks for it: browsers let only a user's gesture open a window.
 * The stylesheet is constructed and adopted, not a <style> or a <link>: a strict content
 * security policy (which the blank window inherits) governs neither CSSOM nor constructed
 * sheets, and the offline copy in one page has no file beside it to link to.
 */
function openPresenterWindow(): PresenterWindow {
  const popup = window.open('', WINDOW_NAME, 'popup,width=960,height=640');
  if (!popup) return { ...CLOSED, blocked: true };
  const doc = popup.document;
  // The blank window has no language and, once its head is replaced, no title: give it both.
  doc.documentElement.lang = document.documentElement.lang || 'en';
  const title = doc.createElement('title');
  title.textContent = 'Presenter view · Leverage Map';
  // The popup's own constructor: a document adopts only sheets made in its window.
  const sheet = new (popup as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(presenterCss);
  doc.head.replaceChildren(title);
  doc.adoptedStyleSheets = [sheet];
  const container = doc.createElement('div');
  doc.body.replaceChildren(container);
  return { container, popup, blocked: false };
}

/**
 * The presenter window and the toggle that opens and closes it. It closes with the
 * presentation, and the state follows when the speaker closes it themselves.
 */
export function usePresenterWindow(): { presenter: PresenterWindow; toggle: () => void } {
  const [presenter, setPresenter] = useState<PresenterWindow>(CLOSED);
  const current = useRef<PresenterWindow>(CLOSED);
  const set = (next: PresenterWindow) => {
    current.current = next;
    setPresenter(next);
  };
  const toggle = useCallback(() => {
    const { popup } = current.current;
    if (popup && !popup.closed) {
      popup.close();
      set(CLOSED);
    } else set(openPresenterWindow());
  }, []);

  useEffect(() => {
    const { popup } = presenter;
    if (!popup) return;
    const closed = () => set(CLOSED);
    popup.addEventListener('pagehide', closed);
    return () => popup.removeEventListener('pagehide', closed);
  }, [presenter]);
  // Leaving the presentation closes the window.
  useEffect(() => () => current.current.popup?.close(), []);
  return { presenter, toggle };
}
