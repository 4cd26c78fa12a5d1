import path from 'node:path';
import { listenValue, sitePaths, type Listen, type SitePaths } from './site';
import { certFileNames } from './tls';
import type { SiteConfig } from './types';

/** Where a driver's server blocks point: as the web server sees it (the files driver's are notional). */
export interface BlockLayout {
  /** Base folder of the account homes. */
  webRoot: string;
  /** Folder of the certificate and key files (site-<id>-<n>.crt, .key). */
  sslDir: string;
  /** Plain HTTP. */
  listen: Listen;
  /** TLS (the same host, port 443 by default). */
  tlsListen: Listen;
}

/**
 * The nginx server blocks of a site: one on plain HTTP for its names (those redirected to HTTPS in
 * a block of their own), and one on the TLS address per certificate binding. Every value in them
 * has been validated (host names, plain absolute paths, the ACME origin; certificates are files),
 * so nothing needs quoting and no value can close a block or add a directive.
 */
export function renderServerBlock(site: SiteConfig, layout: BlockLayout): string {
  const paths = sitePaths(layout.webRoot, site);
  const bindings = site.tls ?? [];
  const bound = new Set(bindings.flatMap((b) => b.names));
  const redirected = site.httpsRedirect ? site.serverNames.filter((n) => bound.has(n)) : [];
  const plain = site.serverNames.filter((n) => !redirected.includes(n));
  const acme = site.acmeChallengeProxy ? [acmeLocation(site.acmeChallengeProxy)] : [];
  const location = site.suspended ? SUSPENDED_LOCATION : SERVING_LOCATION;
  const blocks: string[] = [];
  if (plain.length > 0)
    blocks.push(serverBlock(listenValue(layout.listen), plain, [...siteLines(paths), ...acme, location]));
  if (redirected.length > 0)
    blocks.push(
      serverBlock(listenValue(layout.listen), redirected, [...logLines(paths), ...acme, redirectLocation(layout)]),
    );
  bindings.forEach((binding, i) => {
    const files = certFileNames(site, i + 1);
    const tls = [
      `    ssl_certificate ${path.join(layout.sslDir, files.crt)};`,
      `    ssl_certificate_key ${path.join(layout.sslDir, files.key)};`,
      // always: on the 403 of a suspended site and on errors too.
      ...(site.hsts ? ['    add_header Strict-Transport-Security "max-age=31536000" always;'] : []),
    ];
    blocks.push(
      serverBlock(`${listenValue(layout.tlsListen)} ssl`, binding.names, [
        ...tls,
        ...siteLines(paths),
        ...acme,
        location,
      ]),
    );
  });
  return `# Written by Heliosphere for site ${site.id} (account ${site.account}); the panel rewrites it.
${blocks.join('\n')}`;
}

function serverBlock(listen: string, names: string[], lines: string[]): string {
  return `server {
    listen ${listen};
    server_name ${names.join(' ')};
${lines.join('\n')}
}
`;
}

const logLines = (paths: SitePaths) => [`    access_log ${paths.accessLog};`, `    error_log ${paths.errorLog};`];

const siteLines = (paths: SitePaths) => [
  `    root ${paths.documentRoot};`,
  '    index index.html index.htm;',
  ...logLines(paths),
];

const SERVING_LOCATION = `    location / {
        try_files $uri $uri/ =404;
    }`;

/** A suspended account's site: its files stay, nothing of them is served. */
const SUSPENDED_LOCATION = `    location / {
        default_type text/html;
        return 403 "<!DOCTYPE html><title>Suspended</title><h1>This site is suspended</h1><p>Please contact the hosting provider.</p>";
    }`;

/** To the same host and path on HTTPS; the port only when it is not 443 ($host carries none). */
function redirectLocation(layout: BlockLayout): string {
  const port = layout.tlsListen.port === 443 ? '' : `:${layout.tlsListen.port}`;
  return `    location / {
        return 301 https://$host${port}$request_uri;
    }`;
}

/**
 * ACME HTTP-01 challenges go to the panel, which answers its tokens; ^~ wins over every regex
 * location, and the path is passed on unchanged (the origin has none). SNI for an https origin.
 */
function acmeLocation(origin: string): string {
  const sni = origin.startsWith('https:') ? '\n        proxy_ssl_server_name on;' : '';
  return `    location ^~ /.well-known/acme-challenge/ {
        proxy_pass ${origin};
        proxy_set_header Host $host;${sni}
    }`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The page a new document root starts with, so the site answers before its owner uploads anything. */
export function defaultIndexHtml(title: string): string {
  const t = escapeHtml(title);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t}</title>
</head>
<body>
<h1>${t}</h1>
<p>The site ${t} is hosted here. Its owner has not published any pages yet.</p>
</body>
</html>
`;
}
