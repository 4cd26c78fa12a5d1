import { registerEnumType } from 'type-graphql';

/** The operating system family a plan's servers run (BIL-1). */
export enum Platform {
  UNIX = 'UNIX',
  WINDOWS = 'WINDOWS',
}
registerEnumType(Platform, { name: 'Platform', description: 'The server platform a plan is for.' });

/** What a plan limits and prices (BIL-1). Counted kinds are counted rows; metered kinds come from usage records. */
export enum ResourceKind {
  DOMAIN = 'DOMAIN',
  WEB_SITE = 'WEB_SITE',
  MYSQL_DATABASE = 'MYSQL_DATABASE',
  MYSQL_USER = 'MYSQL_USER',
  DISK_MB = 'DISK_MB',
  TRAFFIC_GB = 'TRAFFIC_GB',
  MAILBOX = 'MAILBOX',
  DEDICATED_IP = 'DEDICATED_IP',
  /** End-user accounts of a reseller: only on reseller plans, where it is a quota (see modules/quotas). */
  ACCOUNT = 'ACCOUNT',
  /** Sites' SSL certificates (uploaded or issued over ACME; a signing request waiting does not count). */
  SSL_CERTIFICATE = 'SSL_CERTIFICATE',
}
registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description:
    'DOMAIN, WEB_SITE, MYSQL_DATABASE, MYSQL_USER, MAILBOX, DEDICATED_IP, SSL_CERTIFICATE (sites’ certificates) are counted; DISK_MB (peak in a period) and TRAFFIC_GB (sum in a period) are metered from usage records. ACCOUNT (end-user accounts) is a quota of reseller plans only.',
});

/** Metered kinds: billed in arrears from usage records rather than counted. */
export const METERED: ReadonlySet<ResourceKind> = new Set([ResourceKind.DISK_MB, ResourceKind.TRAFFIC_GB]);

/** Kinds whose usage in a period is the sum of the records (traffic); the others bill their peak. */
export const SUMMED: ReadonlySet<ResourceKind> = new Set([ResourceKind.TRAFFIC_GB]);

/** Billing periods a plan may offer, in months. */
export const PERIOD_MONTHS = [1, 3, 6, 12, 24, 36] as const;
