import crypto from 'node:crypto';

/** A CSP source that allows exactly one inline `<style>` element's text. */
export const styleHash = (css: string): string =>
  `'sha256-${crypto.createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * The panel's Content-Security-Policy: scripts, styles, fonts and API calls from our own origin
 * only, no inline script, nothing third-party, never framed. `styleSources` allows given inline
 * `<style>` elements by hash: a frame's `srcdoc` (the printable invoice) inherits this policy.
 * React's `style` prop is set through the CSSOM, which style-src does not govern.
 */
export function panelPolicy(styleSources: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ['style-src', "'self'", ...styleSources].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}
