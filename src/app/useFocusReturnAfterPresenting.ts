import { useEffect, useRef } from 'react';
import { PRESENT_BUTTON_ID } from '../features/presentation/PresentButton';

/** Leaving a presentation (Esc, the Exit button, leaving full screen) puts focus back on "Present". */
export function useFocusReturnAfterPresenting(presenting: boolean) {
  const was = useRef(presenting);
  useEffect(() => {
    if (was.current && !presenting) document.getElementById(PRESENT_BUTTON_ID)?.focus();
    was.current = presenting;
  }, [presenting]);
}
