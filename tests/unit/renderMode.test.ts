import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_ELEMENTS, rendererOptions, renderModeFor } from '../../src/cytoscape/renderMode';

describe('renderModeFor', () => {
  it('draws the Belarus-sized maps in full and thousands of elements as an overview', () => {
    expect(renderModeFor(83 + 182)).toBe('standard');
    expect(renderModeFor(LARGE_GRAPH_ELEMENTS - 1)).toBe('standard');
    expect(renderModeFor(LARGE_GRAPH_ELEMENTS)).toBe('large');
  });

  it('pans and zooms a snapshot of large maps only', () => {
    expect(rendererOptions('large')).toEqual({ textureOnViewport: true });
    expect(rendererOptions('standard')).toEqual({});
  });
});
