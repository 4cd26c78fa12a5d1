import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './svg-sanitize';
import { HOSTILE_SVG } from './testing';

describe('SVG logos are sanitised', () => {
  it('keeps the drawing and removes scripts, handlers, foreignObject, styles and every external reference', () => {
    const out = sanitizeSvg(HOSTILE_SVG)!;
    expect(out).toMatchObject({ width: 120, height: 40 });
    const svg = out.svg;
    for (const gone of [
      '<script',
      'alert',
      'onload',
      'onclick',
      'foreignObject',
      'foreignobject',
      '<image',
      '<style',
      '@import',
      'evil.example',
      'tracker.example',
      'https:',
    ])
      expect(svg).not.toContain(gone);
    // What is drawn, and references inside the file (the gradient), survive; DOMPurify drops <use> altogether.
    expect(svg).toContain('fill="url(#g)"');
    expect(svg).toContain('Hosting');
    expect(svg).toContain('Blue');
    expect(svg.startsWith('<svg')).toBe(true);
  });

  it('refuses what is not an SVG with a size', () => {
    expect(sanitizeSvg('<html><body>hi</body></html>')).toBeNull();
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toBeNull();
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>')).toMatchObject({
      width: 40,
      height: 20,
    });
  });
});
