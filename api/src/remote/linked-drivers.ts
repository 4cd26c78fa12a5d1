/**
 * The web and DNS drivers as the panel's task handlers use them: every method is an agent call
 * over the logical server's link, which the agent (or the panel's own process) runs with the
 * driver for the target. The handlers cannot tell a remote machine from the panel's own.
 */
import type { DnsDriver, ZoneChange, ZoneExpectation } from '../drivers/dns';
import type { Survey } from '../drivers/survey';
import type { DriverTarget } from '../drivers/target';
import type { SiteConfig, SiteResult, WebDriver } from '../drivers/web';
import type { CallOptions, Link } from './link';
import { targetSpec } from './protocol';

/** Longest wait for one driver call: a large zone batch is checked and loaded in minutes, not more. */
const DRIVER_CALL_MS = 10 * 60_000;

export function linkedWebDriver(link: Link, server: DriverTarget, options: CallOptions = {}): WebDriver {
  const target = targetSpec(server);
  const call = { timeoutMs: DRIVER_CALL_MS, ...options };
  return {
    putSite: (site: SiteConfig) => link.call<SiteResult>('web.putSite', { target, site }, call),
    removeSite: async (site: SiteConfig) => {
      await link.call('web.removeSite', { target, site }, call);
    },
    survey: (sites: SiteConfig[]) => link.call<Survey<number>>('web.survey', { target, sites }, call),
    exportSite: async (site: SiteConfig) =>
      (await link.call<{ archive: string | null }>('web.exportSite', { target, site }, call)).archive,
    importSite: (site: SiteConfig, archive: string | null) =>
      link.call<SiteResult>('web.importSite', { target, site, archive }, call),
  };
}

export function linkedDnsDriver(link: Link, server: DriverTarget, options: CallOptions = {}): DnsDriver {
  const target = targetSpec(server);
  const call = { timeoutMs: DRIVER_CALL_MS, ...options };
  return {
    apply: async (change: ZoneChange) => {
      await link.call('dns.apply', { target, change }, call);
    },
    survey: (expected: ZoneExpectation) => link.call<Survey<string>>('dns.survey', { target, expected }, call),
  };
}
