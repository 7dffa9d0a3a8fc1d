import { useEffect } from 'react';
import { useAppStore } from '../../store/appStore';
import { presentationAction, slideFromDigits } from './presentationKeys';
import { exitFullscreen, onFullscreenLeft } from './useFullscreen';

const DIGIT_WINDOW_MS = 700;

/** Keyboard and clicker control while a story is presented; the explorer's keys rest. */
export function usePresentationKeys(slideCount: number, toggleNotes: () => void) {
  useEffect(() => {
    let digits = '';
    let digitTimer = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = presentationAction(event.key);
      if (!action) return;
      const { presenting, goToSlide, stopPresenting } = useAppStore.getState();
      if (!presenting) return;
      // Buttons in the slide panel take Enter and Space themselves.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement) return;
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
          toggleNotes();
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
    const unsubscribe = onFullscreenLeft(() => useAppStore.getState().stopPresenting());
    return () => {
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(digitTimer);
      unsubscribe();
    };
  }, [slideCount, toggleNotes]);
}
