import { describe, expect, it } from 'vitest';
import { applyTheme } from './applyTheme';

/** Just the part of a document applyTheme touches: <html>'s style and the icon link. */
function fakeDocument() {
  const props = new Map<string, string>();
  const attrs = new Map<string, string>([['href', '/brand/favicon']]);
  const icon = {
    getAttribute: (n: string) => attrs.get(n) ?? null,
    setAttribute: (n: string, v: string) => attrs.set(n, v),
  };
  const doc = {
    documentElement: { style: { setProperty: (n: string, v: string) => props.set(n, v) } },
    querySelector: () => icon,
  } as unknown as Document;
  return { doc, props, attrs };
}

describe('applyTheme', () => {
  it('sets the brand variables on <html> and points the icon at the theme’s favicon', () => {
    const { doc, props, attrs } = fakeDocument();
    applyTheme(
      {
        cssVariables: [
          { name: '--brand-primary', value: '#0f766e' },
          { name: '--brand-radius', value: '1.5' },
        ],
        faviconUrl: '/brand/images/abc',
      },
      doc,
    );
    expect(Object.fromEntries(props)).toEqual({ '--brand-primary': '#0f766e', '--brand-radius': '1.5' });
    expect(attrs.get('href')).toBe('/brand/images/abc');
  });

  it('sets nothing but --brand-* properties', () => {
    const { doc, props } = fakeDocument();
    applyTheme(
      {
        cssVariables: [
          { name: 'background', value: 'url(x)' },
          { name: '--color-ink', value: 'red' },
        ],
        faviconUrl: '/f',
      },
      doc,
    );
    expect(props.size).toBe(0);
  });
});
