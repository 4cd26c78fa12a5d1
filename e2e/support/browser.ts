import { chromium, type Browser } from 'playwright-core';
import { RESELLER_TEST_DOMAIN } from './hosts';
import { chromiumPath } from './prerequisites';

/** Debian's Chromium, headless, with nothing phoning home; reseller panel hosts resolve to this machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=MAP *.${RESELLER_TEST_DOMAIN} 127.0.0.1`,
    ],
  });
}
