import { describe, expect, it } from 'vitest';
import { excerptOf, renderMarkdown, safeImageUrl, safeLinkUrl } from './markdown';

/*
 * Articles are shown to customers and, on public pages, to anyone: whatever an admin (or someone
 * who took over an admin's session) writes, the HTML has no script, no event handler, no
 * javascript:, vbscript: or data: URL.
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '![x](javascript:alert(1))',
  '![x" onerror="alert(1)](https://example.com/a.png)',
  '[x](https://example.com/" onmouseover="alert(1))',
  '<javascript:alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg><script>alert(1)</script></svg>',
  '[x]: javascript:alert(1)\n\n[link][x]',
  '<style>body{display:none}</style>',
  '```html\n<script>alert(1)</script>\n```',
];

/** Every tag and attribute of an HTML fragment (a small tokenizer is enough: the renderer escapes text). */
function tags(html: string): Array<{ name: string; attrs: Record<string, string> }> {
  return [...html.matchAll(/<([a-z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/gi)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: Object.fromEntries([...m[2]!.matchAll(/([a-z-]+)="([^"]*)"/gi)].map((a) => [a[1]!.toLowerCase(), a[2]!])),
  }));
}

describe('Markdown is rendered safely', () => {
  it.each(HOSTILE)('hostile input %j yields no script, handler or unsafe URL', (input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<(script|iframe|svg|style|object|embed)/i);
    for (const tag of tags(html)) {
      expect(['p', 'a', 'img', 'code', 'pre', 'em', 'strong', 'br']).toContain(tag.name);
      for (const [name, value] of Object.entries(tag.attrs)) {
        expect(name).not.toMatch(/^on/);
        if (name === 'href' || name === 'src') expect(value).toMatch(/^(https?:|mailto:|\/|#|[a-z0-9._-]+(\/|$))/i);
        if (name === 'src') expect(value).not.toMatch(/^mailto:/i);
      }
    }
  });

  it('raw HTML is shown as text, not dropped', () => {
    expect(renderMarkdown('<b>bold</b>')).toBe('<p>&lt;b&gt;bold&lt;/b&gt;</p>\n');
  });

  it('keeps ordinary Markdown: headings, lists, code, safe links and images', () => {
    const html = renderMarkdown(
      '# Title\n\n- one\n- two\n\n`code`\n\n[docs](https://example.com/docs) [mail](mailto:help@example.com) [here](/kb/other)\n\n![logo](/brand/logo.png)',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<a href="https://example.com/docs" rel="nofollow noopener noreferrer">docs</a>');
    expect(html).toContain('<a href="mailto:help@example.com">mail</a>');
    expect(html).toContain('<a href="/kb/other">here</a>');
    expect(html).toContain('<img src="/brand/logo.png" alt="logo" loading="lazy" referrerpolicy="no-referrer">');
  });

  it('URL rules: links http(s), mailto or relative; images http(s) or relative', () => {
    expect(
      ['https://a.example', 'http://a.example', 'mailto:a@b.example', '/x', '#top', 'page'].map((u) => safeLinkUrl(u)),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      ['javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://x'].map((u) => safeLinkUrl(u)),
    ).toEqual([false, false, false, false, false]);
    expect(
      ['https://a.example/i.png', '/i.png', 'mailto:a@b.example', 'data:image/png;base64,x'].map(safeImageUrl),
    ).toEqual([true, true, false, false]);
  });

  it('an excerpt is plain text, cut at its length', () => {
    expect(excerptOf('# Hi\n\nSome **bold** <b>text</b>.')).toBe('Hi Some bold <b>text</b>.');
    expect(excerptOf('word '.repeat(100), 20)).toHaveLength(20);
  });
});
