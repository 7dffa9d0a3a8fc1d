/**
 * Full screen for presenting. Entering needs a user gesture (the click or key that starts
 * the story); leaving full screen with the browser's own Esc ends the presentation too,
 * since that Esc never reaches the page.
 */
let enteredForPresentation = false;

export function enterFullscreen() {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().then(
    () => {
      enteredForPresentation = true;
    },
    () => {
      // Refused (no gesture, or a browser setting): present in the window instead.
    },
  );
}

export function exitFullscreen() {
  enteredForPresentation = false;
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    void document.exitFullscreen();
}

/** Calls onLeave when the user leaves the full screen we entered. Returns an unsubscribe. */
export function onFullscreenLeft(onLeave: () => void): () => void {
  const listener = () => {
    if (!document.fullscreenElement && enteredForPresentation) {
      enteredForPresentation = false;
      onLeave();
    }
  };
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}
