import MarkdownIt from 'markdown-it';

/*
 * Articles are written in Markdown by a company's admins and read by its customers and, on public
 * pages, by anyone: the HTML is made here, on the server, with markdown-it and no raw HTML ever
 * (`html: false` shows tags as text). Links may point only to http(s), mailto or a relative
 * address; images only to http(s) or a relative address (no data: or javascript: URLs, no
 * tracking through mailto). A refused link is left as its text.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Whether `url` (as markdown-it normalized it: entities decoded, unsafe characters %-encoded) may be a link. */
export function safeLinkUrl(url: string, allowed: readonly string[] = ['http', 'https', 'mailto']): boolean {
  const trimmed = url.trim();
  if (trimmed === '') return false;
  const scheme = SCHEME.exec(trimmed);
  // No scheme: relative to the page (or `//host/…`, which takes the page's http(s)).
  if (!scheme) return !/^\/\\|^\\/.test(trimmed);
  return allowed.includes(scheme[1]!.toLowerCase());
}

/** An image source: http(s) or relative only. */
export const safeImageUrl = (url: string): boolean => safeLinkUrl(url, ['http', 'https']);

function renderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = (url) => safeLinkUrl(url);
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (!safeImageUrl(token.attrGet('src') ?? '')) return md.utils.escapeHtml(token.content);
    token.attrSet('loading', 'lazy');
    token.attrSet('referrerpolicy', 'no-referrer');
    return image(tokens, idx, options, env, self);
  };
  const linkOpen =
    md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    // Links leave the panel without telling the other site where from, and never take over the opener.
    if (/^(https?:)?\/\//i.test(token.attrGet('href') ?? '')) token.attrSet('rel', 'nofollow noopener noreferrer');
    return linkOpen(tokens, idx, options, env, self);
  };
  return md;
}

const md = renderer();

/** An article's Markdown as safe HTML. */
export function renderMarkdown(body: string): string {
  return md.render(body);
}

/** The plain text of an article's start, for a search result's excerpt. */
export function excerptOf(body: string, length = 200): string {
  const text = md
    .render(body)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
