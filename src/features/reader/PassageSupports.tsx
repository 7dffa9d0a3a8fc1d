import { useId } from 'react';
import type { ElementRef } from '../../domain/graphIndex';
import type { PassageElement } from '../../domain/passageElements';

interface PassageSupportsProps {
  elements: readonly PassageElement[];
  selected: ElementRef | null;
  onChoose: (element: PassageElement) => void;
}

/** What the current passage is evidence for, one button per relation or deal. */
export function PassageSupports({ elements, selected, onChoose }: PassageSupportsProps) {
  const titleId = useId();
  if (!elements.length) return null;
  return (
    <div className="passage-supports" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="passage-supports-title">
        This passage supports:
      </p>
      <ul>
        {elements.map((element) => (
          <li key={element.id}>
            <button
              type="button"
              className="btn-link"
              aria-current={selected?.id === element.id ? 'true' : undefined}
              onClick={() => onChoose(element)}
            >
              {element.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
