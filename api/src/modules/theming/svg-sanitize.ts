import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

/**
 * Makes an uploaded SVG logo safe to serve from the panel's own origin: DOMPurify (the well-kept
 * sanitiser browsers' own vendors review) with its SVG profile removes scripts, event handlers and
 * `<foreignObject>`; on top, nothing may reach outside the file: every href must point inside it
 * (`#id`), `<image>`, `<use>` of other files, `<style>` sheets and `url(...)` other than `url(#id)`
 * are removed. The panel also serves images with a CSP that runs nothing.
 */
const FORBID_TAGS = ['image', 'style', 'foreignObject', 'script', 'a', 'iframe', 'audio', 'video', 'feImage'];
const EXTERNAL_URL = /url\(\s*(?!['"]?#)/i;

let purify: ReturnType<typeof createDOMPurify> | null = null;

function purifier(): ReturnType<typeof createDOMPurify> {
  if (purify) return purify;
  const window = new JSDOM('').window;
  const p = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  p.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    const value = data.attrValue.trim();
    if ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')) data.keepAttr = false;
    if (EXTERNAL_URL.test(value)) data.keepAttr = false;
    if (name === 'style' && /@import|expression\(/i.test(value)) data.keepAttr = false;
  });
  purify = p;
  return p;
}

export interface SanitizedSvg {
  svg: string;
  width: number;
  height: number;
}

/** The sanitised SVG text and its size (from viewBox, else width/height), or null when it is not an SVG. */
export function sanitizeSvg(text: string): SanitizedSvg | null {
  if (!/<svg[\s>]/i.test(text)) return null;
  const clean = purifier().sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS,
    RETURN_TRUSTED_TYPE: false,
  });
  const root = new JSDOM(clean, { contentType: 'image/svg+xml' }).window.document.documentElement;
  if (root.nodeName.toLowerCase() !== 'svg') return null;
  if (!root.getAttribute('xmlns')) root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = box.length === 4 && box[2]! > 0 ? box[2]! : Number.parseFloat(root.getAttribute('width') ?? '');
  const height = box.length === 4 && box[3]! > 0 ? box[3]! : Number.parseFloat(root.getAttribute('height') ?? '');
  if (!(width > 0) || !(height > 0)) return null;
  return { svg: root.outerHTML, width: Math.round(width), height: Math.round(height) };
}
