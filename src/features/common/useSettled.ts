import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `ms`; at once while `enabled` is false. On a
 * large map every restyle redraws the whole canvas (over half a second at 5,000 actors), so
 * a view that changes step by step (the "As of" slider held down, a month every press) is
 * drawn when it rests, not at every step, and the page stays responsive meanwhile; the
 * leverage measures, which resize every actor, are worked out then too.
 */
export function useSettled<T>(value: T, ms: number, enabled: boolean): T {
  const [settled, setSettled] = useState(value);
  // While disabled it follows at once (adjusted during render, as React advises for state
  // that follows a prop), so that turning it on starts from the latest value.
  if (!enabled && settled !== value) setSettled(value);
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, enabled]);
  return enabled ? settled : value;
}
