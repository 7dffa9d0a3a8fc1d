import type { ReactNode } from 'react';
import type { ElementRef } from '../../domain/graphIndex';
import { useAppStore } from '../../store/appStore';

/** A link-styled button that selects an element and asks the graph to bring it into view. */
export function SelectButton({ target, children }: { target: ElementRef; children: ReactNode }) {
  const select = useAppStore((s) => s.select);
  return (
    <button type="button" className="btn-link" onClick={() => select(target, { centre: true })}>
      {children}
    </button>
  );
}
