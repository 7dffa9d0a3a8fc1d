import { describe, expect, it } from 'vitest';
import {
  edgePath,
  edgeSvg,
  nodeSvg,
  sceneSvg,
  textSvg,
  wrapAsCytoscape,
  type NodeShape,
  type TextShape,
} from '../../src/cytoscape/svgScene';

const node = (shape: string): NodeShape => ({
  x: 100,
  y: 50,
  w: 20,
  h: 20,
  shape,
  fill: '#0072B2',
  fillOpacity: 1,
  stroke: '#ffffff',
  strokeWidth: 1,
  opacity: 1,
  maxCorner: 8,
});

describe('the SVG export’s drawing', () => {
  it('draws each actor shape as the graph does', () => {
    expect(nodeSvg(node('ellipse'))).toMatch(/^<ellipse cx="100" cy="50" rx="10" ry="10" fill="#0072B2"/);
    // A diamond: its four corners at the box's edges.
    expect(nodeSvg(node('diamond'))).toContain('points="100,60 110,50 100,40 90,50"');
    expect(nodeSvg(node('round-rectangle'))).toMatch(/^<rect x="90" y="40" width="20" height="20" rx="5"/);
    // A big one rounds no more than cytoscape's 8 px (zoomed), not a quarter of its side.
    expect(nodeSvg({ ...node('round-rectangle'), w: 80, h: 80 })).toContain('rx="8"');
    const star = /points="([^"]+)"/.exec(nodeSvg(node('star')))?.[1]?.split(' ');
    expect(star).toHaveLength(10);
    expect(nodeSvg({ ...node('hexagon'), opacity: 0.3 })).toContain('opacity="0.3"');
  });

  it('draws straight and curved relations with their dashes and arrowheads', () => {
    expect(edgePath([0, 0], [], [100, 0])).toBe('M0,0 L100,0');
    expect(edgePath([0, 0], [[50, 40]], [100, 0])).toBe('M0,0 Q50,40 100,0');
    expect(
      edgePath(
        [0, 0],
        [
          [30, 40],
          [70, 40],
        ],
        [100, 0],
      ),
    ).toBe('M0,0 Q30,40 50,40 Q70,40 100,0');
    const svg = edgeSvg({
      from: [0, 0],
      controls: [],
      to: [100, 0],
      color: '#D55E00',
      width: 2,
      dash: [8, 3, 2, 3],
      opacity: 0.8,
      arrows: [{ shape: 'triangle', tip: [100, 0], towards: [1, 0], size: 40 }],
    });
    expect(svg).toContain('stroke-dasharray="8 3 2 3"');
    expect(svg).toContain('opacity="0.8"');
    // The triangle's tip at the end of the line, its body behind it, 0.3 × 40 deep.
    expect(svg).toContain('<polygon points="88,-6 100,0 88,6" fill="#D55E00"/>');
  });

  it('writes labels as text, escaped, line by line, with their background', () => {
    const svg = textSvg({
      lines: ['Smugglers <&> co', 'second line'],
      box: { x1: 0, y1: 0, x2: 100, y2: 24 },
      fontSize: 10,
      fontFamily: 'system-ui, "DejaVu Sans"',
      fontWeight: 'bold',
      color: '#1d232b',
      opacity: 1,
      background: { color: '#ffffff', opacity: 0.85 },
      border: { color: '#D55E00', width: 1, opacity: 1 },
      corner: 2,
      outline: null,
    });
    expect(svg).toContain('Smugglers &lt;&amp;&gt; co');
    expect(svg.match(/<text /g)).toHaveLength(2);
    expect(svg).toContain(
      '<rect x="0" y="0" width="100" height="24" rx="2" fill="#ffffff" fill-opacity="0.85" stroke="#D55E00" stroke-width="1"/>',
    );
    expect(svg).toContain('font-family="system-ui, &quot;DejaVu Sans&quot;"');
  });

  it('puts relations under actors, each label straight over its own element', () => {
    const label = (text: string): TextShape => ({
      lines: [text],
      box: { x1: 0, y1: 0, x2: 40, y2: 12 },
      fontSize: 10,
      fontFamily: 'sans-serif',
      fontWeight: 'normal',
      color: '#1d232b',
      opacity: 1,
      background: null,
      border: null,
      corner: 0,
      outline: null,
    });
    const svg = sceneSvg({
      width: 200,
      height: 100,
      edges: [
        {
          body: {
            from: [0, 0],
            controls: [],
            to: [1, 1],
            color: '#000',
            width: 1,
            dash: [],
            opacity: 1,
            arrows: [],
          },
          label: label('relation'),
        },
      ],
      nodes: [{ body: node('ellipse'), label: label('actor') }],
    });
    const order = ['<path', '>relation<', '<ellipse', '>actor<'].map((part) => svg.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    // As the canvas paints: an actor covers a relation's label, its own label covers it.
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('breaks labels where cytoscape breaks them', () => {
    // Ten pixels a character, spaces included.
    const width = (text: string) => text.length * 10;
    // Fits whole (140 px): not broken, though "European " plus "Union " would be 150.
    expect(wrapAsCytoscape('European Union', 140, width)).toEqual(['European Union']);
    // "Belarusian opposition " is 220 px with its space: too wide at 210, so it breaks there.
    expect(wrapAsCytoscape('Belarusian opposition in exile', 210, width)).toEqual([
      'Belarusian',
      'opposition in exile',
    ]);
    expect(wrapAsCytoscape('one\ntwo', 1000, width)).toEqual(['one', 'two']);
  });
});
