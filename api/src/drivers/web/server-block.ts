import { listenValue, type Listen, type SitePaths } from './site';
import type { SiteConfig } from './types';

/**
 * The nginx server block of a site. Every value in it has been validated (host names, plain
 * absolute paths), so nothing needs quoting and no value can close the block or add a directive.
 */
export function renderServerBlock(site: SiteConfig, paths: SitePaths, listen: Listen): string {
  return `# Written by Heliosphere for site ${site.id} (account ${site.account}); the panel rewrites it.
server {
    listen ${listenValue(listen)};
    server_name ${site.serverNames.join(' ')};
    root ${paths.documentRoot};
    index index.html index.htm;
    access_log ${paths.accessLog};
    error_log ${paths.errorLog};
${site.suspended ? SUSPENDED_LOCATION : SERVING_LOCATION}
}
`;
}

const SERVING_LOCATION = `    location / {
        try_files $uri $uri/ =404;
    }`;

/** A suspended account's site: its files stay, nothing of them is served. */
const SUSPENDED_LOCATION = `    location / {
        default_type text/html;
        return 403 "<!DOCTYPE html><title>Suspended</title><h1>This site is suspended</h1><p>Please contact the hosting provider.</p>";
    }`;

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
