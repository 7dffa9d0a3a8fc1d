import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSettled } from '../../src/features/common/useSettled';

describe('a view that settles before a large map draws it', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows at once while off; when on, waits until the value has rested', async () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ value, on }) => useSettled(value, 250, on), {
      initialProps: { value: 'a', on: false },
    });
    rerender({ value: 'b', on: false });
    expect(result.current).toBe('b');
    rerender({ value: 'c', on: true });
    expect(result.current).toBe('b');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    rerender({ value: 'd', on: true });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    // Still moving: nothing drawn since "b".
    expect(result.current).toBe('b');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60);
    });
    expect(result.current).toBe('d');
  });
});
