import { useCallback, useEffect, useState } from 'react';

export interface LazyModule<T> {
  /** The module once it has arrived. */
  module: T | null;
  /** True when its fetch failed (and until `retry`). */
  failed: boolean;
  /** Fetches it again: `load` must keep no rejection (see retryable). */
  retry: () => void;
}

/** A chunk fetched through `load` once `wanted`, with its failure and a retry. */
export function useLazyModule<T>(load: () => Promise<T>, wanted: boolean): LazyModule<T> {
  const [module, setModule] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load().then(
      (m) => live && setModule(() => m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { module, failed, retry };
}
