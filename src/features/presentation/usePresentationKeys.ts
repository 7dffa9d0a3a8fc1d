import { useEffect } from 'react';
import { useAppStore } from '../../store/appStore';
import { presentationAction, slideFromDigits } from './presentationKeys';
import { exitFullscreen, onFullscreenLeft } from './useFullscreen';

const DIGIT_WINDOW_MS = 700;

/**
 * Keyboard and clicker control while a story is presented, in the app's window and in the
 * presenter window (`presenter`) alike; the explorer's keys rest.
 */
export function usePresentationKeys(
  slideCount: number,
  togglePresenter: () => void,
  presenter: Window | null = null,
) {
  useEffect(() => {
    let digits = '';
    let digitTimer = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = presentationAction(event.key);
      if (!action) return;
      const { presenting, goToSlide, stopPresenting } = useAppStore.getState();
      if (!presenting) return;
      // Buttons take Enter and Space themselves (compared by tag: the presenter window's
      // elements are not this window's HTMLButtonElement).
      const onButton = (event.target as Element | null)?.tagName === 'BUTTON';
      if ((event.key === 'Enter' || event.key === ' ') && onButton) return;
      event.preventDefault();
      const last = slideCount; // the sources slide comes after the story's own slides
      switch (action.type) {
        case 'next':
          goToSlide(Math.min(presenting.slide + 1, last));
          break;
        case 'previous':
          goToSlide(Math.max(presenting.slide - 1, 0));
          break;
        case 'first':
          goToSlide(0);
          break;
        case 'last':
          goToSlide(last);
          break;
        case 'exit':
          exitFullscreen();
          stopPresenting();
          break;
        case 'notes':
          togglePresenter();
          break;
        case 'digit': {
          digits += String(action.digit);
          window.clearTimeout(digitTimer);
          const target = slideFromDigits(digits, slideCount + 1);
          if (target !== null) goToSlide(target);
          digitTimer = window.setTimeout(() => (digits = ''), DIGIT_WINDOW_MS);
          break;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    presenter?.addEventListener('keydown', onKey);
    const unsubscribe = onFullscreenLeft(() => useAppStore.getState().stopPresenting());
    return () => {
      window.removeEventListener('keydown', onKey);
      presenter?.removeEventListener('keydown', onKey);
      window.clearTimeout(digitTimer);
      unsubscribe();
    };
  }, [slideCount, togglePresenter, presenter]);
}
