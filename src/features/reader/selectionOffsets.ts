/**
 * A DOM selection in the reader as offsets in the source text. Each paragraph element
 * carries the offset where it starts (data-start) and holds exactly the text from there
 * on, marks included, so an offset is its start plus the length of the text before the
 * point.
 */
function offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('p[data-start]');
  if (!paragraph || !root.contains(paragraph)) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return Number(paragraph.dataset.start) + before.toString().length;
}

/** The selection's offsets in the text, or null when it is not (wholly) inside the reader's text. */
export function selectionOffsets(root: HTMLElement, selection: Selection | null) {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(root, range.startContainer, range.startOffset);
  const end = offsetOf(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
