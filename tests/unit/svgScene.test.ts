import { describe, expect, it } from 'vitest';
import { edgePath, edgeSvg, nodeSvg, sceneSvg, textSvg, type NodeShape } from '../../src/cytoscape/svgScene';

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
});

describe('the SVG export’s drawing', () => {
  it('draws each actor shape as the graph does', () => {
    expect(nodeSvg(node('ellipse'))).toMatch(/^<ellipse cx="100" cy="50" rx="10" ry="10" fill="#0072B2"/);
    // A diamond: its four corners at the box's edges.
    expect(nodeSvg(node('diamond'))).toContain('points="100,60 110,50 100,40 90,50"');
    expect(nodeSvg(node('round-rectangle'))).toMatch(/^<rect x="90" y="40" width="20" height="20" rx="5"/);
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
      outline: null,
    });
    expect(svg).toContain('Smugglers &lt;&amp;&gt; co');
    expect(svg.match(/<text /g)).toHaveLength(2);
    expect(svg).toContain('fill-opacity="0.85"');
    expect(svg).toContain('font-family="system-ui, &quot;DejaVu Sans&quot;"');
  });

  it('puts relations under actors and labels over both', () => {
    const svg = sceneSvg({
      width: 200,
      height: 100,
      edges: [
        { from: [0, 0], controls: [], to: [1, 1], color: '#000', width: 1, dash: [], opacity: 1, arrows: [] },
      ],
      nodes: [node('ellipse')],
      labels: [],
    });
    expect(svg.indexOf('<path')).toBeLessThan(svg.indexOf('<ellipse'));
  });
});
