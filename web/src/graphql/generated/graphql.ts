/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** One control panel under one plan, with its own numeric ID, balance, invoices and domains. A user owns one or more accounts and switches between them. */
export type Account = {
  __typename?: 'Account';
  /** When the account was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The numeric account ID customers quote to support. */
  id: Scalars['ID']['output'];
  /** Every resource with the account’s limit and use. */
  limits: Array<ResourceLimit>;
  /** A label the owner recognises the account by. */
  name: Scalars['String']['output'];
  /** When the next period starts and is invoiced; null when the account is not billed. */
  nextBillingAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Since when an invoice has been overdue; null when nothing is. */
  overdueSince: Maybe<Scalars['DateTimeISO']['output']>;
  /** The user who owns the account. */
  owner: User;
  /** Length of the account’s billing period in months (one of its plan’s periods). */
  periodMonths: Maybe<Scalars['Int']['output']>;
  /** The plan the account is on; null: default limits and no charges. */
  plan: Maybe<Plan>;
  /** The servers the account is placed on, one per kind (its web sites, its MySQL databases…), by kind: where its new resources go, and what a move starts from. Master admin only. */
  servers: Array<LogicalServer>;
  /** Whether the account is in service. */
  status: AccountStatus;
  /** Why the account was suspended, as the admin wrote it. */
  suspendedReason: Maybe<Scalars['String']['output']>;
  /** The name servers holding the account’s own zones (primary or secondary), by name; at most 20. Master admin only. */
  zoneServers: Array<LogicalServer>;
};

/** An account’s balance: the sum of its ledger entries. Positive: the customer has credit; negative: the customer owes. */
export type AccountBalanceView = {
  __typename?: 'AccountBalanceView';
  accountId: Scalars['ID']['output'];
  balance: Money;
  /** How many entries the balance sums; it grows by one with each entry. */
  version: Scalars['Int']['output'];
};

/** A page of Account items. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The items of this page. */
  nodes: Array<Account>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** ACTIVE: in service. SUSPENDED: stopped by an admin. MODERATION: waiting for an admin to approve it. */
export type AccountStatus =
  | 'ACTIVE'
  | 'MODERATION'
  | 'SUSPENDED';

/** A change the panel made or is making for an account (a zone, a site, a database…), as its owner sees it: no server detail. */
export type AccountTask = {
  __typename?: 'AccountTask';
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it ended (done, failed or cancelled). */
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** What kind of change, e.g. "web.createSite". */
  kind: Scalars['String']['output'];
  state: TaskState;
  /** What it changes, e.g. a domain name. */
  subject: Scalars['String']['output'];
};

/** The ACME certificate authority free certificates are ordered from, and the panel’s account there. */
export type AcmeSettings = {
  __typename?: 'AcmeSettings';
  /** The account at the directory, once registered (on the first order). */
  accountUrl: Maybe<Scalars['String']['output']>;
  /** The directory URL (RFC 8555), e.g. Let’s Encrypt’s. */
  directoryUrl: Scalars['String']['output'];
  /** The contact address the authority writes to about expiring certificates. */
  email: Maybe<Scalars['String']['output']>;
  /** Let’s Encrypt’s production directory. */
  letsEncrypt: Scalars['String']['output'];
  /** Let’s Encrypt’s staging directory (untrusted certificates, for trials). */
  letsEncryptStaging: Scalars['String']['output'];
};

export type AcmeSettingsInput = {
  /** Any RFC 8555 directory, over https. */
  directoryUrl: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
};

/** Another account for you, under a plan of your company; the same login. */
export type AddAccountInput = {
  name: Scalars['String']['input'];
  periodMonths: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  /** Default: a copy of your latest account’s profile. */
  profile?: InputMaybe<BillingProfileInput>;
};

/** A new domain of an account (UAD-4). */
export type AddDomainInput = {
  /** The account; your active account when omitted. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  kind: DomainKind;
  /** OWN and PARKED: the domain (Unicode or punycode), e.g. example.com. THIRD_LEVEL: the label under the service domain, e.g. shop. Omitted for INSTANT and NO_DOMAIN. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** PARKED: an IPv4/IPv6 address the apex and www point to (optional). */
  targetAddress?: InputMaybe<Scalars['String']['input']>;
};

/** Addresses to add to a logical server’s pool. */
export type AddIpAddressesInput = {
  /** Each an IPv4 or IPv6 address, or an IPv4 range such as "10.0.0.10-10.0.0.20"; at most 1024 addresses in all. */
  addresses: Array<Scalars['String']['input']>;
  kind: IpKind;
  serverId: Scalars['ID']['input'];
};

/** What needs an admin’s eye on the home page, as counts of the lists they lead to. The master admin: every company’s; a reseller admin: its own. */
export type AdminOverview = {
  __typename?: 'AdminOverview';
  /** Accounts waiting for an admin to approve them (status MODERATION). */
  awaitingModeration: Scalars['Int']['output'];
  /** Tasks of the task engine that failed for good. Master admin only; null for others. */
  failedTasks: Maybe<Scalars['Int']['output']>;
  /** Accounts with an overdue invoice. */
  overdueAccounts: Scalars['Int']['output'];
  /** Gateway payments that succeeded in the last 30 days: what `payments(state: SUCCEEDED, since:)` lists. */
  paymentsLast30Days: Scalars['Int']['output'];
  /** Machines whose last health check found them DOWN or DEGRADED. Master admin only; null for others. */
  serversInTrouble: Maybe<Scalars['Int']['output']>;
};

/** Whether a token reads a group (queries) or also changes it (mutations). */
export type ApiScopeAccess =
  /** Queries only. */
  | 'READ'
  /** Queries and mutations. */
  | 'READ_WRITE';

/** A group of the API an API token may be given access to. */
export type ApiScopeGroup =
  /** Users, accounts, staff logins, companies (resellers) and the viewer. */
  | 'ACCOUNTS'
  /** Plans, invoices, balances, payments, gateways, taxes and quotas. */
  | 'BILLING'
  /** Servers, IP addresses, tasks and operator alerts (master admin). */
  | 'CLUSTER'
  /** The company’s brand, mail templates and audit trail. */
  | 'COMPANY'
  /** MySQL databases and their users. */
  | 'DATABASES'
  /** Domains, DNS zones and records, web sites and SSL certificates. */
  | 'DOMAINS'
  /** Tickets, the knowledge base and custom jobs. */
  | 'SUPPORT'
  /** Webhooks (the company’s, or the account’s own) and their delivery log. */
  | 'WEBHOOKS';

/** An API token: its owner acts through it, narrowed by its scopes. Its secret is never shown again. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** The client addresses and CIDR ranges it may be used from; empty: any. */
  allowedIps: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The start of its secret (`helio_` and the part that finds it), to tell tokens apart. */
  hint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute); null: never. */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The client address it was last used from. */
  lastUsedIp: Maybe<Scalars['String']['output']>;
  /** Its name, for its owner and the audit trail. */
  name: Scalars['String']['output'];
  /** Whose token it is: it acts with their rights. */
  owner: User;
  /** When it was revoked; null while it is not. */
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What it may do, per group of the API. */
  scopes: Array<ApiTokenScope>;
  /** Whether it still works. */
  status: ApiTokenStatus;
};

/** Access to one group of the API. */
export type ApiTokenScope = {
  __typename?: 'ApiTokenScope';
  access: ApiScopeAccess;
  group: ApiScopeGroup;
};

/** Access to one group of the API. */
export type ApiTokenScopeInput = {
  access: ApiScopeAccess;
  group: ApiScopeGroup;
};

/** Whether a token still works. */
export type ApiTokenStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** A ticket attachment’s content, to save as a file (never to show inline). */
export type AttachmentDownload = {
  __typename?: 'AttachmentDownload';
  /** Its type, as read from its content. */
  contentType: Scalars['String']['output'];
  /** The file, base64. */
  data: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/** An entry of the audit trail: an admin’s or the billing run’s action. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, e.g. "payment.recorded", "plan.updated", "account.approved". */
  action: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The details, in words. */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What the action was taken through when not the panel, e.g. `API token "deploy"`; null in the panel. */
  via: Maybe<Scalars['String']['output']>;
};

/** A page of AuditEvent items. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The items of this page. */
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The name and address invoices are made out to. */
export type BillingProfile = {
  __typename?: 'BillingProfile';
  /** Street address, as many lines as needed. */
  address: Scalars['String']['output'];
  city: Scalars['String']['output'];
  company: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code. */
  country: Scalars['String']['output'];
  /** Where invoices and reminders are sent. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
};

/** Who invoices are made out to. */
export type BillingProfileInput = {
  address: Scalars['String']['input'];
  city: Scalars['String']['input'];
  company?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, e.g. US. */
  country: Scalars['String']['input'];
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
};

/** What a billing run did. */
export type BillingRunView = {
  __typename?: 'BillingRunView';
  /** Account periods billed (an account several periods behind counts once per period). */
  accounts: Scalars['Int']['output'];
  /** Invoices paid by charging the saved card. */
  cardsCharged: Scalars['Int']['output'];
  /** Saved-card charges the bank declined (the customer is told by e-mail). */
  cardsDeclined: Scalars['Int']['output'];
  /** Accounts that could not be billed; their errors are in the server log and they stay due. */
  failed: Scalars['Int']['output'];
  /** Invoices issued (a period that costs nothing gets none). */
  invoices: Scalars['Int']['output'];
  /** Reminder e-mails written to the outbox. */
  reminders: Scalars['Int']['output'];
  /** Accounts resumed because nothing is overdue any more. */
  resumed: Scalars['Int']['output'];
  /** Accounts suspended for overdue invoices. */
  suspended: Scalars['Int']['output'];
};

/** How the company bills: payment term and dunning. */
export type BillingSettingsInput = {
  /** Charge attempts per invoice, one a day (0–10; 0: none); null: unchanged. */
  autoChargeAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** Days before the due date the billing run charges saved cards (0–60); null: unchanged. */
  autoChargeDaysBefore?: InputMaybe<Scalars['Int']['input']>;
  /** Days from issue to due date. */
  paymentTermDays: Scalars['Int']['input'];
  /** Days overdue on which a reminder e-mail goes out. */
  reminderDays: Array<Scalars['Int']['input']>;
  /** Days overdue after which the account is suspended; null: never. */
  suspendAfterDays?: InputMaybe<Scalars['Int']['input']>;
};

/** How much room the panel’s spacing takes. */
export type BrandDensity =
  | 'COMFORTABLE'
  | 'COMPACT'
  | 'SPACIOUS';

/** A draft: its name and settings. */
export type BrandDraftInput = {
  name: Scalars['String']['input'];
  settings: BrandSettingsInput;
};

/** The brand editor: the published theme, the draft, and the published versions. */
export type BrandEditor = {
  __typename?: 'BrandEditor';
  draft: Maybe<Theme>;
  draftUpdatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  published: Theme;
  /** Newest first, at most 50. */
  versions: Array<BrandVersionInfo>;
};

/** An image uploaded for the company’s brand. */
export type BrandImage = {
  __typename?: 'BrandImage';
  bytes: Scalars['Int']['output'];
  contentType: Scalars['String']['output'];
  /** SHA-256 of the stored image: what a theme names. */
  hash: Scalars['String']['output'];
  height: Scalars['Int']['output'];
  kind: BrandImageKind;
  /** Path on this company’s panel. */
  url: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};

/** A PNG, JPEG, WebP or SVG image in base64 (SVGs are sanitised). */
export type BrandImageInput = {
  /** The file, base64; logo at most 48 KiB, favicon at most 8 KiB. */
  data: Scalars['String']['input'];
  kind: BrandImageKind;
};

/** A logo, or the browser tab’s icon. */
export type BrandImageKind =
  | 'FAVICON'
  | 'LOGO';

/** Six colours, #rrggbb. Checked against the text drawn on them (WCAG AA, 4.5:1): white on primary, neutral (menu), success and danger; the dark ink on accent and warning. */
export type BrandPalette = {
  __typename?: 'BrandPalette';
  accent: Scalars['String']['output'];
  danger: Scalars['String']['output'];
  neutral: Scalars['String']['output'];
  primary: Scalars['String']['output'];
  success: Scalars['String']['output'];
  warning: Scalars['String']['output'];
};

/** Six colours, #rrggbb; see BrandPalette for the contrast rule. */
export type BrandPaletteInput = {
  accent: Scalars['String']['input'];
  danger: Scalars['String']['input'];
  neutral: Scalars['String']['input'];
  primary: Scalars['String']['input'];
  success: Scalars['String']['input'];
  warning: Scalars['String']['input'];
};

/** Corner radius of cards, buttons and fields. */
export type BrandRadius =
  | 'LARGE'
  | 'MEDIUM'
  | 'NONE'
  | 'SMALL';

/** Everything a theme sets (RES-3, LF-2, LF-3). */
export type BrandSettings = {
  __typename?: 'BrandSettings';
  defaultLanguage: Language;
  defaultSkin: Skin;
  defaultTextOnly: Scalars['Boolean']['output'];
  density: BrandDensity;
  /** Hash of the favicon image, or null. */
  favicon: Maybe<Scalars['String']['output']>;
  /** Hash of the logo image (uploadBrandImage), or null. */
  logo: Maybe<Scalars['String']['output']>;
  palette: BrandPalette;
  radius: BrandRadius;
  texts: Array<BrandText>;
  /** Whether users may choose their own language. */
  usersChooseLanguage: Scalars['Boolean']['output'];
  /** Whether users may choose their own skin. */
  usersChooseSkin: Scalars['Boolean']['output'];
};

/** A whole theme; every field is checked and named in its error. */
export type BrandSettingsInput = {
  defaultLanguage: Language;
  defaultSkin: Skin;
  defaultTextOnly: Scalars['Boolean']['input'];
  density: BrandDensity;
  favicon?: InputMaybe<Scalars['String']['input']>;
  logo?: InputMaybe<Scalars['String']['input']>;
  palette: BrandPaletteInput;
  radius: BrandRadius;
  texts: Array<BrandTextInput>;
  usersChooseLanguage: Scalars['Boolean']['input'];
  usersChooseSkin: Scalars['Boolean']['input'];
};

/** One of the panel’s messages, overridden in one language. */
export type BrandText = {
  __typename?: 'BrandText';
  /** The panel’s message key, e.g. `login.title`. */
  key: Scalars['String']['output'];
  language: Language;
  text: Scalars['String']['output'];
};

export type BrandTextInput = {
  /** The panel’s message key, e.g. `login.title`. */
  key: Scalars['String']['input'];
  language: Language;
  text: Scalars['String']['input'];
};

/** A published version of the company’s theme. */
export type BrandVersionInfo = {
  __typename?: 'BrandVersionInfo';
  /** Whether the panel shows this version now. */
  current: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  publishedAt: Scalars['DateTimeISO']['output'];
  /** Login of the admin who published it. */
  publishedBy: Scalars['String']['output'];
};

/** What the panel shows before anyone signs in, for the host name it is served on. */
export type Branding = {
  __typename?: 'Branding';
  /** The hosting company (the reseller whose panel this host serves). */
  companyName: Scalars['String']['output'];
  defaultLanguage: Language;
  defaultSkin: Skin;
  /** Whether the text-only variant is the default. */
  defaultTextOnly: Scalars['Boolean']['output'];
  /** True until the first-run setup has created the master admin. */
  needsSetup: Scalars['Boolean']['output'];
  /** Name the product (Heliosphere) on this panel: the master’s company, when it chose to; never a reseller’s. */
  productCredit: Scalars['Boolean']['output'];
  /** The master admin suspended this company: its panel says so, and nobody signs in here meanwhile. */
  suspended: Scalars['Boolean']['output'];
  /** The theme this panel shows: its company’s published one; with `preview`, an admin of the company sees its draft. */
  theme: Theme;
  /** Whether this company’s users may choose their language (LF-3). */
  usersChooseLanguage: Scalars['Boolean']['output'];
  /** Whether this company’s users may choose their skin (LF-3). */
  usersChooseSkin: Scalars['Boolean']['output'];
};


/** What the panel shows before anyone signs in, for the host name it is served on. */
export type BrandingThemeArgs = {
  preview?: Scalars['Boolean']['input'];
};

/** A saved answer the staff insert into a ticket reply. */
export type CannedReply = {
  __typename?: 'CannedReply';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** A saved answer. */
export type CannedReplyInput = {
  body: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A card, sent once to the gateway for a token. The panel never stores its number or CVC. */
export type CardInput = {
  /** 3 or 4 digits. */
  cvc: Scalars['String']['input'];
  expMonth: Scalars['Int']['input'];
  /** Four digits, e.g. 2030. */
  expYear: Scalars['Int']['input'];
  holderName: Scalars['String']['input'];
  /** 12–19 digits; spaces and dashes are ignored. */
  number: Scalars['String']['input'];
};

/** An SSL certificate; its private key is kept sealed and never shown. */
export type Certificate = {
  __typename?: 'Certificate';
  /** The account whose site it secures; null for the company’s own. */
  accountId: Maybe<Scalars['ID']['output']>;
  /** The certificate, PEM (public). */
  certificatePem: Maybe<Scalars['String']['output']>;
  /** Its intermediates, PEM, from the one that signed it. */
  chainPem: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The signing request made in the panel, PEM, to give a certificate authority. */
  csrPem: Maybe<Scalars['String']['output']>;
  /** The domain of the site it secures (its page shows the certificate). */
  domainId: Maybe<Scalars['ID']['output']>;
  /** SHA-256 fingerprint, as browsers show it (AB:CD:…). */
  fingerprint: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Who signed it (common name or organisation). */
  issuer: Maybe<Scalars['String']['output']>;
  keyType: KeyType;
  /** Whether the customer uploaded the key (else the panel made it). */
  keyUploaded: Scalars['Boolean']['output'];
  kind: CertificateKind;
  /** Why the last issue or renewal over ACME failed (the authority’s words); null once it succeeds. A failed renewal leaves the certificate serving until it expires. */
  lastError: Maybe<Scalars['String']['output']>;
  /** When the last issue or renewal failed. */
  lastErrorAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The host names it is for (its subjectAltName DNS names). */
  names: Array<Scalars['String']['output']>;
  notAfter: Maybe<Scalars['DateTimeISO']['output']>;
  notBefore: Maybe<Scalars['DateTimeISO']['output']>;
  /** Serial number, hex. */
  serial: Maybe<Scalars['String']['output']>;
  /** The site it secures, if a site’s. */
  siteId: Maybe<Scalars['ID']['output']>;
  source: CertificateSource;
  state: CertificateState;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of Certificate items. */
export type CertificateConnection = {
  __typename?: 'CertificateConnection';
  /** The items of this page. */
  nodes: Array<Certificate>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** SITE: a web site's own (SSL-1); WILDCARD: the shared one on the service domain (SSL-2); PANEL: a control panel's host (SSL-3, SSL-4); MAIL: the mail service's (SSL-5). */
export type CertificateKind =
  | 'MAIL'
  | 'PANEL'
  | 'SITE'
  | 'WILDCARD';

/** Uploaded, issued over ACME, or self-signed. */
export type CertificateSource =
  | 'ACME'
  | 'SELF_SIGNED'
  | 'UPLOADED';

/** REQUESTED: a CSR waits for its signed certificate; PENDING: being issued over ACME; ACTIVE; EXPIRED; FAILED (issuing failed). */
export type CertificateState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'REQUESTED';

/** A certificate to install: PEM texts, at most 64 KiB each. */
export type CertificateUploadInput = {
  /** The certificate itself (one PEM block). */
  certificate: Scalars['String']['input'];
  /** The intermediates, PEM, from the one that signed the certificate. */
  chain?: InputMaybe<Scalars['String']['input']>;
  /** Its private key, unencrypted PEM; omit it for a certificate signed for this site’s signing request. */
  privateKey?: InputMaybe<Scalars['String']['input']>;
};

/** A new e-mail address for your login, confirmed with your password. */
export type ChangeEmailInput = {
  /** Your current password. */
  currentPassword: Scalars['String']['input'];
  email: Scalars['String']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 8 characters, different from the current one. */
  newPassword: Scalars['String']['input'];
};

/** Move an account to another plan and/or period. The new period starts now; the unused part of the current one is credited. */
export type ChangePlanInput = {
  /** Default: your active account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  periodMonths: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
};

/** The first code of your authenticator app, confirming it is set up. */
export type ConfirmTotpInput = {
  /** The six digits the app shows now. */
  code: Scalars['String']['input'];
};

/** Another account for an existing end user. */
export type CreateAccountInput = {
  name: Scalars['String']['input'];
  ownerId: Scalars['ID']['input'];
  /** With planId: one of the plan’s billing periods, in months. */
  periodMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The account’s plan (any plan of the company); without it: default limits, not billed. */
  planId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new API token of yours. */
export type CreateApiTokenInput = {
  /** Client addresses and CIDR ranges it may be used from (IPv4, IPv6; at most 50); none: any. */
  allowedIps?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Days until it expires, 1 to API_TOKEN_MAX_DAYS (365 by default); default 90 or that, if shorter. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Its name, 1–100 characters, e.g. "deploy script". */
  name: Scalars['String']['input'];
  /** What it may do: at least one group, each once. */
  scopes: Array<ApiTokenScopeInput>;
};

/** A custom job the staff open for a customer’s account. */
export type CreateCustomJobInput = {
  /** The customer’s account. */
  accountId: Scalars['ID']['input'];
  /** What is to be done (up to 10000 characters). */
  brief: Scalars['String']['input'];
  /** The job type (active or not). */
  jobTypeId: Scalars['ID']['input'];
  /** A price of its own in major units; default: the job type’s. */
  price?: InputMaybe<Scalars['String']['input']>;
  /** A title of its own; default: the job type’s name. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new logical server. Driver settings other than the password are stored as given; the password only ever goes in. */
export type CreateLogicalServerInput = {
  /** BIND/NGINX: absolute folder the driver writes (zone files and zone list; server blocks); the server’s own config includes it. Required for BIND and NGINX. */
  configDir?: InputMaybe<Scalars['String']['input']>;
  /** BIND/NGINX: command the driver runs to check and reload, without a shell (default `rndc` or `nginx`), e.g. `rndc -s 127.0.0.1 -p 953`. */
  controlCommand?: InputMaybe<Scalars['String']['input']>;
  /** DNS: PRIMARY or SECONDARY fixes this server’s role in every new zone; null lets each zone’s primary be chosen at random. */
  dnsRole?: InputMaybe<Scalars['String']['input']>;
  /** MARIADB is for MYSQL servers only; FILES works for every kind. */
  driver: DriverName;
  /** True when omitted. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A server group of the same kind. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the driver connects: an address or host name. Required for MARIADB. */
  host?: InputMaybe<Scalars['String']['input']>;
  kind: ServerKind;
  /** Most accounts placed here; null for no limit. */
  maxAccounts?: InputMaybe<Scalars['Int']['input']>;
  /** Most disk (MB) used here; null for no limit. */
  maxDiskMb?: InputMaybe<Scalars['Int']['input']>;
  /** Most tasks run here at once, 1–100 (2 when omitted). */
  maxTasks?: InputMaybe<Scalars['Int']['input']>;
  /** Unique name: 1–64 lowercase letters, digits, dots and dashes, starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** DNS: public host name of this name server for NS and SOA records (e.g. ns1.example-host.com); `<server name>.<service domain>` when omitted. */
  nameServer?: InputMaybe<Scalars['String']['input']>;
  /** Password the driver uses (1–200 characters). Stored encrypted; never returned. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The physical server it runs on. */
  physicalId: Scalars['ID']['input'];
  /** TCP port, 1–65535 (the driver’s default when omitted). */
  port?: InputMaybe<Scalars['Int']['input']>;
  /** NGINX: the port sites serve HTTPS on (443 when omitted). */
  tlsPort?: InputMaybe<Scalars['Int']['input']>;
  /** Login the driver uses. Required for MARIADB. */
  user?: InputMaybe<Scalars['String']['input']>;
  /** MySQL: host part of the users it creates ('%' when omitted). */
  userHost?: InputMaybe<Scalars['String']['input']>;
  /** NGINX: absolute folder holding the account homes and document roots. Required for NGINX. */
  webRoot?: InputMaybe<Scalars['String']['input']>;
};

/** A new MySQL database. Its full name on the server is `a<accountId>_<name>`. */
export type CreateMysqlDatabaseInput = {
  /** The account to create it in (one you own or manage); default: your active account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** utf8mb4 (default), utf8mb3, latin1, ascii or binary; the charset’s default collation is used. */
  charset?: InputMaybe<Scalars['String']['input']>;
  /** 1–16 characters: a lowercase letter, then lowercase letters, digits and underscores. Reserved: mysql, sys, test, root, admin… */
  name: Scalars['String']['input'];
};

/** A new MySQL login. Its full name on the server is `a<accountId>_<name>`. */
export type CreateMysqlUserInput = {
  /** The account to create it in (one you own or manage); default: your active account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–16 characters: a lowercase letter, then lowercase letters, digits and underscores. */
  name: Scalars['String']['input'];
  /** 8–128 printable ASCII characters; quotes, semicolons and backslashes are fine and kept literally. */
  password: Scalars['String']['input'];
};

/** A private-label reseller and its first admin login. */
export type CreateResellerInput = {
  adminEmail: Scalars['String']['input'];
  adminLogin: Scalars['String']['input'];
  adminPassword: Scalars['String']['input'];
  /** Host name of its control panel, e.g. cp.reseller.example. */
  cpHost: Scalars['String']['input'];
  /** Company name its customers see. */
  name: Scalars['String']['input'];
};

/** A support staff login for your company: it answers tickets, writes the knowledge base and works custom jobs, nothing else. */
export type CreateStaffLoginInput = {
  /** Their e-mail address (support notifications go there). */
  email: Scalars['String']['input'];
  /** Login (3–32 characters: letters, digits, . _ -), unique in your company. */
  login: Scalars['String']['input'];
  /** A first password, at least 8 characters; they can change it. */
  password: Scalars['String']['input'];
};

/** A new end user together with their first account. */
export type CreateUserInput = {
  /** Name of the first account. */
  accountName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  login: Scalars['String']['input'];
  /** Initial password, at least 8 characters. */
  password: Scalars['String']['input'];
  /** With planId: one of the plan’s billing periods, in months. */
  periodMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The first account’s plan (any plan of the company, signup-enabled or not); without it the account has the default limits and is not billed. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** Master admin only: the reseller the user belongs to (default: your own). */
  resellerId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new webhook. */
export type CreateWebhookInput = {
  /** A note for the people who keep it (up to 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Deliver events to it (default true). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The events it is told about (at least one). */
  events: Array<WebhookEventType>;
  /** Where deliveries are POSTed: an http or https URL without user name or password, at most 2000 characters; not an address on a private network unless the master allows it. */
  url: Scalars['String']['input'];
};

/** A token just created, with its secret: shown this once, never again. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** The secret to send as `Authorization: Bearer <secret>`. Only its hash is kept: copy it now. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

/** A CSS custom property a theme sets on the panel. */
export type CssVariable = {
  __typename?: 'CssVariable';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** A custom job (an extra service) ordered for an account, with its state and thread. */
export type CustomJob = {
  __typename?: 'CustomJob';
  accountId: Scalars['ID']['output'];
  /** The customer’s brief: what they want done. */
  brief: Scalars['String']['output'];
  /** When it became DONE or CANCELLED. */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code of its price. */
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The invoice it was billed on (null: free). */
  invoice: Maybe<Invoice>;
  /** The job type it was ordered from (null once deleted). */
  jobTypeId: Maybe<Scalars['ID']['output']>;
  /** Its thread, oldest first; internal notes only for staff. */
  messages: Array<CustomJobMessage>;
  orderedBy: JobOrderedBy;
  /** Its price as ordered. */
  price: Money;
  state: CustomJobState;
  /** What is done (the job type’s name, or what the staff wrote). */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of CustomJob items. */
export type CustomJobConnection = {
  __typename?: 'CustomJobConnection';
  /** The items of this page. */
  nodes: Array<CustomJob>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A message of a custom job’s thread (customer ⇄ staff), or a staff-only internal note. */
export type CustomJobMessage = {
  __typename?: 'CustomJobMessage';
  /** Who wrote it (their login); null once deleted. */
  authorName: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Written by the company’s staff (else by the customer). */
  fromStaff: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** A staff-only note: customers never see it. */
  internal: Scalars['Boolean']['output'];
};

/** A message for a custom job’s thread. */
export type CustomJobMessageInput = {
  /** The text (up to 10000 characters). */
  body: Scalars['String']['input'];
  /** A staff-only internal note the customer never sees (staff only). */
  internal?: Scalars['Boolean']['input'];
};

/** Where a custom job is; DONE and CANCELLED are final. */
export type CustomJobState =
  /** Cancelled; an unpaid invoice for it was voided. */
  | 'CANCELLED'
  /** Finished. */
  | 'DONE'
  /** The company is working on it. */
  | 'IN_PROGRESS'
  /** Ordered, not started yet; the customer may still cancel it. */
  | 'ORDERED'
  /** The company waits for the customer (an answer, access, files). */
  | 'WAITING_FOR_CUSTOMER';

/** A move of an account’s MySQL databases and logins to another server, as queued. */
export type DatabaseMove = {
  __typename?: 'DatabaseMove';
  accountId: Scalars['ID']['output'];
  databases: Scalars['Int']['output'];
  /** The server they leave. */
  from: Scalars['String']['output'];
  /** The server they go to. */
  to: Scalars['String']['output'];
  users: Scalars['Int']['output'];
};

/** A DNS record as a user types it. Names are relative to the domain: @ (or empty) for the domain itself, www for www.<domain>; a name ending in a dot is absolute. */
export type DnsRecordInput = {
  /** CAA flags: 0, or 128 (critical). */
  flags?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** SRV port, 0–65535. */
  port?: InputMaybe<Scalars['Int']['input']>;
  /** MX preference or SRV priority, 0–65535. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** CAA tag: issue, issuewild or iodef. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Seconds, 60–604800 (3600 when omitted). */
  ttl?: InputMaybe<Scalars['Int']['input']>;
  type: RecordType;
  /** A/AAAA: address. CNAME/MX/NS/SRV: target host: a name with a dot is a full host name (mx0.example.com, final dot optional); one label such as mail means mail.<domain>; @ is the domain itself. TXT: the text. CAA: the value. */
  value: Scalars['String']['input'];
  /** SRV weight, 0–65535. */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** DNS settings of a hosting company (DNS-1): its service domain and the name servers zones are served by. */
export type DnsSettings = {
  __typename?: 'DnsSettings';
  /** Host names of the enabled DNS servers, as NS records name them. */
  nameServers: Array<Scalars['String']['output']>;
  /** The service domain; null until set. */
  serviceDomain: Maybe<Scalars['String']['output']>;
};

/** A domain of an account: its DNS zone (or records in the service zone) and its web site, as its kind says. */
export type Domain = {
  __typename?: 'Domain';
  account: Account;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** An address under the service domain that reaches the site at once (OWN domains), before the registrar’s name server change takes effect. */
  instantAlias: Maybe<Scalars['String']['output']>;
  kind: DomainKind;
  /** The name in ASCII (punycode for IDN), lowercase; null for NO_DOMAIN web space. */
  name: Maybe<Scalars['String']['output']>;
  /** The name servers to set at the registrar (OWN and PARKED); empty otherwise. */
  nameServers: Array<Scalars['String']['output']>;
  /** Its DNS records, apex first: the whole zone for OWN and PARKED, its own names for names under the service domain (at most 500). */
  records: Array<ResourceRecord>;
  /** Its web site; null for a parked domain. */
  site: Maybe<WebSite>;
  /** QUEUED until its zone (or service-zone records) and site are in place, then ACTIVE; FAILED if one of them failed for good; DELETING while they are removed. */
  state: ProvisionState;
  /** The name as people read it (Unicode for IDN). */
  unicodeName: Maybe<Scalars['String']['output']>;
  /** Its own DNS zone (OWN and PARKED); null for names in the service zone and for web space. */
  zone: Maybe<Zone>;
};

/** OWN: your domain hosted here (zone and web site; set the name servers shown at your registrar). THIRD_LEVEL: a name under the service domain. INSTANT: a site at a generated address under the service domain. PARKED: DNS only, records point elsewhere. NO_DOMAIN: web space without a domain, reachable by FTP only. */
export type DomainKind =
  | 'INSTANT'
  | 'NO_DOMAIN'
  | 'OWN'
  | 'PARKED'
  | 'THIRD_LEVEL';

/** FILES writes what would be applied under the data directory (no real server needed). MARIADB manages a MariaDB/MySQL server over the network. BIND manages a BIND 9 name server (DNS). NGINX manages an nginx web server (WEB). */
export type DriverName =
  | 'BIND'
  | 'FILES'
  | 'MARIADB'
  | 'NGINX';

/** A new passkey: the browser’s answer to startPasskeyRegistration, and a name for it. */
export type FinishPasskeyRegistrationInput = {
  /** Up to 64 characters, e.g. “Work laptop”. */
  name: Scalars['String']['input'];
  /** The RegistrationResponseJSON of navigator.credentials.create(), as JSON text. */
  response: Scalars['String']['input'];
};

/** What a new cluster still needs before customers can be served (master admin). */
export type FirstRunChecklist = {
  __typename?: 'FirstRunChecklist';
  /** Every step is done. */
  complete: Scalars['Boolean']['output'];
  /** The cluster has no servers and no groups yet, so setUpSingleMachine may run. */
  empty: Scalars['Boolean']['output'];
  /** Every step, in the order above: one per FirstRunStepId. */
  steps: Array<FirstRunStep>;
  /** An address of the panel’s own machine (its first non-loopback IPv4, else 127.0.0.1), to offer. */
  suggestedAddress: Scalars['String']['output'];
};

/** One step of the first-run checklist: whether it is done and what is missing. */
export type FirstRunStep = {
  __typename?: 'FirstRunStep';
  /** The reason in English, as a setup problem would give it (e.g. why no DNS server takes new zones). */
  detail: Maybe<Scalars['String']['output']>;
  done: Scalars['Boolean']['output'];
  /** The panel page where the step is done. */
  fixPath: Scalars['String']['output'];
  /** How many there are (servers, kinds with a usable default group, servers with an address). */
  have: Scalars['Int']['output'];
  id: FirstRunStepId;
  /** What is missing by name: server kinds (SERVER_GROUPS) or logical servers without an address (ADDRESSES); empty otherwise. */
  missing: Array<Scalars['String']['output']>;
  /** How many the step needs. */
  need: Scalars['Int']['output'];
};

/** A step of a new cluster’s setup: a physical server; logical servers of kind WEB, DNS (two), MYSQL and MAIL; a default group per kind with a server that takes new accounts; an address on every web and DNS server; the service domain. */
export type FirstRunStepId =
  | 'ADDRESSES'
  | 'DNS_SERVERS'
  | 'MAIL_SERVER'
  | 'MYSQL_SERVER'
  | 'PHYSICAL_SERVER'
  | 'SERVER_GROUPS'
  | 'SERVICE_DOMAIN'
  | 'WEB_SERVER';

/** A built-in theme to start a draft from. */
export type GalleryTheme = {
  __typename?: 'GalleryTheme';
  cssVariables: Array<CssVariable>;
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  settings: BrandSettings;
};

/** SANDBOX (built-in, test mode), AUTHORIZE_NET and STRIPE (card processors), PAYPAL_STANDARD (the customer pays on PayPal’s page). */
export type GatewayKind =
  | 'AUTHORIZE_NET'
  | 'PAYPAL_STANDARD'
  | 'SANDBOX'
  | 'STRIPE';

/** The admin who is signed in as the viewer, for support. */
export type Impersonator = {
  __typename?: 'Impersonator';
  login: Scalars['String']['output'];
  /** Their own panel, where “return to my panel” leads. */
  returnUrl: Scalars['String']['output'];
};

/** An invoice: numbered per company without gaps; its lines never change once issued. */
export type Invoice = {
  __typename?: 'Invoice';
  accountId: Scalars['ID']['output'];
  /** What is still owed on it (zero when paid or void). */
  amountDue: Money;
  /** ISO 4217 code of every amount on it. */
  currency: Scalars['String']['output'];
  dueAt: Scalars['DateTimeISO']['output'];
  /** The invoice as a printable HTML document. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  lines: Array<InvoiceLineView>;
  /** The company’s invoice number: 1, 2, 3… with no gaps. */
  number: Scalars['Int']['output'];
  paidAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Gateway payments of this invoice, newest first. */
  payments: Array<Payment>;
  /** End of that period (exclusive). */
  periodEnd: Maybe<Scalars['DateTimeISO']['output']>;
  /** Start of the billing period the invoice is for. */
  periodStart: Maybe<Scalars['DateTimeISO']['output']>;
  state: InvoiceState;
  subtotal: Money;
  tax: Money;
  /** The tax applied (as named by the company), if any. */
  taxName: Maybe<Scalars['String']['output']>;
  /** The tax rate applied, in percent. */
  taxPercent: Maybe<Scalars['String']['output']>;
  total: Money;
};

/** A page of Invoice items. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The items of this page. */
  nodes: Array<Invoice>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A line of an invoice (or of a plan-change quote). */
export type InvoiceLineView = {
  __typename?: 'InvoiceLineView';
  /** After the period’s discount; negative for a credit. */
  amount: Money;
  description: Scalars['String']['output'];
  periodEnd: Maybe<Scalars['DateTimeISO']['output']>;
  periodStart: Maybe<Scalars['DateTimeISO']['output']>;
  position: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
  resourceKind: Maybe<ResourceKind>;
  unitPrice: Money;
};

/** OPEN: owed. PAID: covered by payments and credit. VOID: cancelled by an admin (a credit entry reversed its charge). */
export type InvoiceState =
  | 'OPEN'
  | 'PAID'
  | 'VOID';

/** An IP address in a logical server’s pool; a dedicated one is held by at most one account at a time. */
export type IpAddress = {
  __typename?: 'IpAddress';
  /** The account holding this dedicated address. */
  account: Maybe<Account>;
  /** Canonical text form (IPv4 dotted quad or compressed IPv6). */
  address: Scalars['String']['output'];
  allocatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: IpKind;
  server: LogicalServer;
};

/** A page of IpAddress items. */
export type IpAddressConnection = {
  __typename?: 'IpAddressConnection';
  /** The items of this page. */
  nodes: Array<IpAddress>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** SHARED: used by many accounts (name-based hosting). DEDICATED: given to one account at a time. */
export type IpKind =
  | 'DEDICATED'
  | 'SHARED';

/** Who ordered a custom job: the customer in their panel, or the company’s staff for them. */
export type JobOrderedBy =
  | 'CUSTOMER'
  | 'STAFF';

/** A service the company sells besides plans (design, installation, migration). */
export type JobType = {
  __typename?: 'JobType';
  /** Whether customers can order it now. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** What it includes, shown in the catalogue (plain text). */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What the customer orders, e.g. “WordPress installation”. */
  name: Scalars['String']['output'];
  /** Its place in the catalogue (lowest first). */
  position: Scalars['Int']['output'];
  /** Its price in the company’s currency (0: free). */
  price: Money;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A job type of the company’s catalogue. */
export type JobTypeInput = {
  /** Whether customers can order it (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it includes (plain text, up to 5000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its name, 1–120 characters. */
  name: Scalars['String']['input'];
  /** Its place in the catalogue, lowest first (default 0). */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Price in major units of the company’s currency, e.g. "150.00"; "0": free. */
  price: Scalars['String']['input'];
};

/** An article of a company’s knowledge base. */
export type KbArticle = {
  __typename?: 'KbArticle';
  /** The text, in Markdown (raw HTML is shown as text). */
  body: Scalars['String']['output'];
  /** The category it is listed in. */
  category: KbCategory;
  /** The start of the text, as plain text (about 200 characters). */
  excerpt: Scalars['String']['output'];
  /** Readers who said it helped. */
  helpfulCount: Scalars['Int']['output'];
  /** The text as safe HTML (no raw HTML; links and images checked). */
  html: Scalars['String']['output'];
  /** Numeric article ID. */
  id: Scalars['ID']['output'];
  /** The language it is written in (its category’s). */
  language: Language;
  /** Readers who said it did not help. */
  notHelpfulCount: Scalars['Int']['output'];
  /** When it was last published; null for a draft never published. */
  publishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The master company’s articles only: resellers’ customers read it too when published. */
  sharedWithResellers: Scalars['Boolean']['output'];
  /** The name in addresses, unique in the company (/kb/<slug>). */
  slug: Scalars['String']['output'];
  /** Draft or published. */
  state: KbArticleState;
  /** The title. */
  title: Scalars['String']['output'];
  /** When its text last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** How often it was opened by readers. */
  views: Scalars['Int']['output'];
};

/** A page of KbArticle items. */
export type KbArticleConnection = {
  __typename?: 'KbArticleConnection';
  /** The items of this page. */
  nodes: Array<KbArticle>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A knowledge-base article’s fields. */
export type KbArticleInput = {
  /** The text in Markdown (up to 100,000 characters; raw HTML is shown as text). */
  body: Scalars['String']['input'];
  /** Its category (of your company); the article takes its language. */
  categoryId: Scalars['ID']['input'];
  /** The master company only: resellers’ customers read it too once published (default false). */
  sharedWithResellers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lower-case letters, digits and dashes (up to 120), unique in the company; absent: made from the title. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** The title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** DRAFT: only the company’s admins see it; PUBLISHED: its customers (and the public pages) read it. */
export type KbArticleState =
  | 'DRAFT'
  | 'PUBLISHED';

/** A section of a company’s knowledge base, in one language. */
export type KbCategory = {
  __typename?: 'KbCategory';
  /** Numeric category ID. */
  id: Scalars['ID']['output'];
  /** The language of the category and its articles. */
  language: Language;
  /** The name shown to readers. */
  name: Scalars['String']['output'];
  /** Where it is listed: lower first. */
  position: Scalars['Int']['output'];
  /** The name in addresses (lower-case letters, digits and dashes). */
  slug: Scalars['String']['output'];
};

/** A knowledge-base category’s fields. */
export type KbCategoryInput = {
  /** The language of the category and its articles. */
  language: Language;
  /** The name shown to readers (1–100 characters). */
  name: Scalars['String']['input'];
  /** Where it is listed: lower first (0 when absent). */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Lower-case letters, digits and dashes (up to 100); absent: made from the name. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** A company’s knowledge-base settings. */
export type KbSettingsView = {
  __typename?: 'KbSettingsView';
  /** Its published articles are readable without signing in, at /kb on its panel host. */
  publicKnowledgeBase: Scalars['Boolean']['output'];
};

/** How the knowledge base serves the company’s customers (admin dashboard). */
export type KbStats = {
  __typename?: 'KbStats';
  /** deflections / (deflections + tickets opened); null without a ticket count or when both are 0. */
  deflectionRate: Maybe<Scalars['Float']['output']>;
  /** Questions a suggested article answered, the ticket not sent, in the period. */
  deflections: Scalars['Int']['output'];
  /** Draft articles of the company. */
  draftArticles: Scalars['Int']['output'];
  /** “Helpful” answers on its articles. */
  helpful: Scalars['Int']['output'];
  /** helpful / (helpful + not helpful); null before any answer. */
  helpfulRatio: Maybe<Scalars['Float']['output']>;
  /** “Not helpful” answers on its articles. */
  notHelpful: Scalars['Int']['output'];
  /** Days the figures below cover (30). */
  periodDays: Scalars['Int']['output'];
  /** Published articles of the company. */
  publishedArticles: Scalars['Int']['output'];
  /** Tickets the company’s customers opened in the period; null where tickets are not counted. */
  ticketsOpened: Maybe<Scalars['Int']['output']>;
  /** How often its articles were opened, in all. */
  views: Scalars['Int']['output'];
};

/** RSA of 2048, 3072 or 4096 bits, or ECDSA on P-256 or P-384. */
export type KeyType =
  | 'EC_P256'
  | 'EC_P384'
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096';

/** Interface language. */
export type Language =
  | 'DE'
  | 'EN';

/** An immutable movement of money on an account; the balance is the sum of these. Corrections are new entries. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** The account the entry belongs to. */
  accountId: Scalars['ID']['output'];
  /** Signed: positive adds to the balance, negative takes from it. */
  amount: Money;
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code: the reseller’s currency when the entry was written. */
  currency: Scalars['String']['output'];
  /** What the entry is for, as the customer sees it. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: LedgerKind;
  /** An outside reference: a bank transfer ID, a cheque number, a gateway transaction. */
  reference: Maybe<Scalars['String']['output']>;
};

/** A page of LedgerEntry items. */
export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  /** The items of this page. */
  nodes: Array<LedgerEntry>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** CHARGE (negative: owed), PAYMENT (positive: received), CREDIT (positive: given by the provider), REFUND (negative: paid back). */
export type LedgerKind =
  | 'CHARGE'
  | 'CREDIT'
  | 'PAYMENT'
  | 'REFUND';

/** A service (web, mail, DNS, MySQL…) running on a physical server, managed through a driver. */
export type LogicalServer = {
  __typename?: 'LogicalServer';
  /** BIND/NGINX: the folder the driver writes. */
  configDir: Maybe<Scalars['String']['output']>;
  /** BIND/NGINX: the command the driver runs to check and reload (null: `rndc` or `nginx`). */
  controlCommand: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** DNS: PRIMARY or SECONDARY when the admin fixed the role; null when chosen at random per zone. */
  dnsRole: Maybe<Scalars['String']['output']>;
  driver: DriverName;
  /** Disabled servers get no new resources; existing ones keep working. */
  enabled: Scalars['Boolean']['output'];
  group: Maybe<ServerGroup>;
  /** Whether a driver password is stored. The password itself is never returned. */
  hasPassword: Scalars['Boolean']['output'];
  /** Where the driver connects (address or host name). */
  host: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ServerKind;
  /** Accounts, databases, disk and running tasks on this server now. */
  load: ServerLoad;
  /** Most accounts placed here; null for no limit. */
  maxAccounts: Maybe<Scalars['Int']['output']>;
  /** Most disk (MB) the resources here may use; null for no limit. */
  maxDiskMb: Maybe<Scalars['Int']['output']>;
  /** Most tasks the engine runs on this server at once. */
  maxTasks: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** DNS: the public host name of this name server, as set (see also DNS settings for the name in use). */
  nameServer: Maybe<Scalars['String']['output']>;
  physical: PhysicalServer;
  /** TCP port the driver connects to; null for the driver’s default. */
  port: Maybe<Scalars['Int']['output']>;
  /** NGINX: the port sites serve HTTPS on (null: 443). */
  tlsPort: Maybe<Scalars['Int']['output']>;
  /** Login the driver uses. */
  user: Maybe<Scalars['String']['output']>;
  /** MySQL: host part of the users it creates (null means '%'). */
  userHost: Maybe<Scalars['String']['output']>;
  /** NGINX: the folder holding account homes and document roots. */
  webRoot: Maybe<Scalars['String']['output']>;
};

export type LoginInput = {
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** An e-mail the panel sends; each has a template per language that a company may override. */
export type MailEvent =
  /** An account was suspended for non-payment. */
  | 'ACCOUNT_SUSPENDED'
  /** A certificate from ACME could not be renewed (to its customer, and to the company’s admins); the old one serves until it expires. */
  | 'CERTIFICATE_RENEWAL_FAILED'
  /** To the company’s admins: a customer ordered a custom job. */
  | 'CUSTOM_JOB_ORDERED'
  /** To the customer: the state of their custom job changed. */
  | 'CUSTOM_JOB_UPDATED'
  /** A link that verifies a user’s e-mail address (after signing up or changing the address). */
  | 'EMAIL_VERIFICATION'
  /** An invoice was issued to an account. */
  | 'INVOICE_ISSUED'
  /** An invoice is overdue (dunning reminder). */
  | 'INVOICE_REMINDER'
  /** To the company’s admins: a setup problem stopped a customer’s request. */
  | 'OPERATOR_ALERT'
  /** A user’s password was changed (by them or by an admin). */
  | 'PASSWORD_CHANGED'
  /** A single-use link to set a new password, asked for on the sign-in page. */
  | 'PASSWORD_RESET'
  /** The billing run could not charge the saved card. */
  | 'PAYMENT_DECLINED'
  /** A payment was received. */
  | 'PAYMENT_RECEIPT'
  /** To the company’s support staff (the assignee, else its admins): a customer opened a ticket. */
  | 'TICKET_OPENED'
  /** A ticket was answered: the staff’s answer to the customer, or the customer’s reply to the staff (never a staff note). */
  | 'TICKET_REPLY'
  /** To a new customer after signing up. */
  | 'WELCOME';

/** An e-mail as it would be sent, with sample values and your company’s signature. */
export type MailPreview = {
  __typename?: 'MailPreview';
  body: Scalars['String']['output'];
  /** The From header it would have, e.g. "Example Hosting" <billing@example.com>. */
  from: Scalars['String']['output'];
  /** The Reply-To header: your support e-mail, when set. */
  replyTo: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
};

/** Who your company’s e-mail comes from; empty values go back to the defaults. */
export type MailSenderInput = {
  /** An e-mail address; empty: the panel’s default address. */
  senderAddress?: InputMaybe<Scalars['String']['input']>;
  /** At most 100 characters; empty: the company name. */
  senderName?: InputMaybe<Scalars['String']['input']>;
};

/** Who your company’s e-mail comes from. */
export type MailSenderView = {
  __typename?: 'MailSenderView';
  /** The address in effect. */
  effectiveAddress: Scalars['String']['output'];
  /** The name in effect. */
  effectiveName: Scalars['String']['output'];
  /** Where answers go: your support e-mail, when set. */
  replyTo: Maybe<Scalars['String']['output']>;
  /** Your sender address; null: the panel’s default address. */
  senderAddress: Maybe<Scalars['String']['output']>;
  /** Your sender name; null: the company name. */
  senderName: Maybe<Scalars['String']['output']>;
};

/** Your wording of one e-mail in one language. */
export type MailTemplateInput = {
  /** Plain text, at most 20,000 characters; placeholders from the e-mail’s list. */
  body: Scalars['String']['input'];
  event: MailEvent;
  language: Language;
  /** At most 200 characters; placeholders from the e-mail’s list. */
  subject: Scalars['String']['input'];
};

/** One e-mail of your company in one language: the wording in effect and where it comes from. */
export type MailTemplateView = {
  __typename?: 'MailTemplateView';
  /** The body in effect; the company’s signature is added below it when sent. */
  body: Scalars['String']['output'];
  event: MailEvent;
  language: Language;
  /** True when your company has its own wording; false: the built-in template. */
  overridden: Scalars['Boolean']['output'];
  /** The placeholders this e-mail may use, written {{name}}. */
  placeholders: Array<Scalars['String']['output']>;
  /** The subject in effect (your own, or the built-in one). */
  subject: Scalars['String']['output'];
  /** When your wording was last saved; null for the built-in one. */
  updatedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** An amount of money: integer minor units of an ISO 4217 currency, never a float. */
export type Money = {
  __typename?: 'Money';
  /** The same amount in major units, e.g. "12.34" or "-0.05" (JPY: "1200"). */
  amount: Scalars['String']['output'];
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['String']['output'];
  /** Integer minor units as a decimal string (cents for USD), signed; exact. */
  minorUnits: Scalars['String']['output'];
};

/** A manual money action by an admin (BIL-4): a payment received, a credit given, or a refund paid back. */
export type MoneyActionInput = {
  accountId: Scalars['ID']['input'];
  /** Positive amount in major units with a dot, e.g. "25.00" (no sign: the action gives it). */
  amount: Scalars['String']['input'];
  /** ISO 4217 code; when given it must be the company’s billing currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Send the same key when retrying a request: the action is written once (up to 200 characters). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why (3–500 characters); the customer sees it on the entry. */
  reason: Scalars['String']['input'];
  /** An outside reference such as a bank transfer ID (up to 200 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Opens another account for you under a plan, with the same login. */
  addAccount: Account;
  /** Gives the customer a credit (goodwill or a correction): the balance rises by the amount. */
  addCredit: LedgerEntry;
  /** Adds a record to a domain (its zone, or its names in the service zone); the zone’s serial goes up and it is reloaded. BAD_USER_INPUT names each wrong field. */
  addDnsRecord: ResourceRecord;
  /** Adds a domain in one of the ways of DomainKind; its zone and site are created by tasks (state QUEUED, then ACTIVE). CONFLICT at the account’s limit or when no server has room. */
  addDomain: Domain;
  /** Adds addresses and IPv4 ranges to a server’s pool, at most 1024 in all. On any address already in a pool (or listed twice): CONFLICT naming it, and nothing is added. */
  addIpAddresses: Array<IpAddress>;
  /** Adds a tax rate from a date on. */
  addTaxRate: TaxRate;
  /** Gives the account a free dedicated address of the server. CONFLICT when none is free. */
  allocateIp: IpAddress;
  /** Approves an account waiting in the moderation queue. */
  approveAccount: Account;
  /** Assigns a ticket to an admin of your company, or to nobody (null). */
  assignTicket: Ticket;
  /** Cancels your job while it is ORDERED; its unpaid invoice is voided. CONFLICT otherwise. */
  cancelCustomJob: CustomJob;
  /** Cancels a redirect payment the customer left unfinished at the gateway (a PENDING one; others are answered as they are). */
  cancelRedirectPayment: Payment;
  /** Cancels a QUEUED or FAILED task (its resource is marked failed); CONFLICT while it runs or once it ended. */
  cancelTask: Task;
  /** The private key of a certificate, PEM — only one you uploaded (the panel’s own keys never leave it), given your password again; audited. */
  certificatePrivateKey: Scalars['String']['output'];
  /** Changes your e-mail address (your password confirms it); the new address is unverified until the link mailed to it is used. */
  changeEmail: User;
  /** Changes your own password; your other sessions are signed out. */
  changePassword: Scalars['Boolean']['output'];
  /** Moves an account to a plan and period with proration; answers what was invoiced. */
  changePlan: PlanChangeQuoteView;
  /** Checks the machine’s health now. */
  checkPhysicalServer: PhysicalServer;
  /** Closes a ticket (a later reply from the customer reopens it). */
  closeTicket: Ticket;
  /** Confirms the app with its current code: it is asked for at sign-in from now on. Answers new recovery codes. */
  confirmTotpEnrolment: RecoveryCodes;
  /** Adds an account to an existing end user. */
  createAccount: Account;
  /** Creates an API token of yours and answers its secret, this once. It acts with your rights, narrowed by its scopes. */
  createApiToken: CreatedApiToken;
  createCannedReply: CannedReply;
  /** Opens a custom job for a customer’s account, invoiced at once. */
  createCustomJob: CustomJob;
  /** Adds a job type to the company’s catalogue. */
  createJobType: JobType;
  /** Writes a new article, as a draft. */
  createKbArticle: KbArticle;
  /** Adds a knowledge-base category. */
  createKbCategory: KbCategory;
  /** Adds a logical server on a physical one; CONFLICT when the name is taken. */
  createLogicalServer: LogicalServer;
  /** Queues a new database (state QUEUED until it exists on the server). CONFLICT when the account is at its limit. */
  createMysqlDatabase: MysqlDatabase;
  /** Queues a new login with this password (never stored by the panel; it travels encrypted to the task). CONFLICT at the account’s limit. */
  createMysqlUser: MysqlUser;
  /** Connects a payment gateway for your company; its secrets are stored encrypted and never shown again. */
  createPaymentGateway: PaymentGateway;
  /** Adds a machine; CONFLICT when the name is taken. */
  createPhysicalServer: PhysicalServer;
  /** Creates a plan of your company. */
  createPlan: Plan;
  /** Creates a private-label reseller with its first admin. */
  createReseller: Reseller;
  /** Adds a group; with isDefault it becomes the default of its kind. CONFLICT when the name is taken. */
  createServerGroup: ServerGroup;
  /** Creates a support staff login in your company. */
  createStaffLogin: User;
  /** Creates an end user and their first account. */
  createUser: User;
  /** Subscribes a URL to events; the answer holds its signing secret, shown this once. */
  createWebhook: WebhookWithSecret;
  deleteCannedReply: Scalars['Boolean']['output'];
  /** Removes a certificate (and its sealed key). */
  deleteCertificate: Scalars['Boolean']['output'];
  /** Deletes a record. Records the panel manages cannot be deleted. */
  deleteDnsRecord: Scalars['Boolean']['output'];
  /** Queues the domain’s removal: its web site first, then its records and zone (state DELETING; the row goes at the end). */
  deleteDomain: Domain;
  /** Removes a free address from its pool. CONFLICT while it is allocated. */
  deleteIpAddress: Scalars['Boolean']['output'];
  /** Deletes a job type; jobs ordered from it keep their title and price. */
  deleteJobType: Scalars['Boolean']['output'];
  /** Deletes an article, with its readers’ answers. */
  deleteKbArticle: Scalars['Boolean']['output'];
  /** Deletes an empty category; CONFLICT while it holds articles. */
  deleteKbCategory: Scalars['Boolean']['output'];
  /** Removes a logical server and its free IP addresses; CONFLICT while accounts, databases, allocated addresses or unfinished tasks are on it. */
  deleteLogicalServer: Scalars['Boolean']['output'];
  /** Queues the database’s removal with all its data (state DELETING; the row goes when it is dropped). */
  deleteMysqlDatabase: MysqlDatabase;
  /** Queues the login’s removal, with its grants (state DELETING; the row goes when it is dropped). */
  deleteMysqlUser: MysqlUser;
  /** Deletes a gateway no payment went through (and its saved cards); CONFLICT otherwise: disable it instead. */
  deletePaymentGateway: PaymentGateway;
  /** Removes a machine; CONFLICT while logical servers run on it. */
  deletePhysicalServer: Scalars['Boolean']['output'];
  /** Deletes a plan no account is on; CONFLICT otherwise. */
  deletePlan: Plan;
  /** Deletes a reseller with its logins, plans and settings. CONFLICT while it has accounts or a DNS zone, and for the master’s own company. */
  deleteReseller: Scalars['Boolean']['output'];
  /** Removes a group; its members stay, in no group. */
  deleteServerGroup: Scalars['Boolean']['output'];
  /** Deletes one of your webhooks and its delivery log. */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Turns the authenticator app off (your password or a code first). */
  disableTotp: Scalars['Boolean']['output'];
  /** Throws your draft away. CONFLICT when there is none. */
  discardBrandDraft: BrandEditor;
  /** Marks a setup problem as dealt with; it opens again (and is mailed again) if it stops another request. */
  dismissOperatorAlert: OperatorAlert;
  /** Ends the session as another user; answers the address of your own panel. */
  endImpersonation: Scalars['String']['output'];
  /** Adds the passkey the browser created for startPasskeyRegistration. */
  finishPasskeyRegistration: Passkey;
  /** Forgets the pinned host key (after a reinstall); the next connection pins the one it finds. */
  forgetPhysicalServerHostKey: PhysicalServer;
  /** Gives the login all privileges on a database of the same account. */
  grantMysqlDatabase: MysqlGrant;
  /** A one-time link (valid for a minute) that signs you in as this user on their company’s panel, beside your own session: the master admin as any reseller admin or end user, a reseller admin as its own end users. The session cannot change their password; it is in their company’s audit trail with your name. */
  impersonateUser: Scalars['String']['output'];
  /** A theme file (brandExport) becomes your draft; it is checked like typed input, and a bad file changes nothing. */
  importBrand: BrandEditor;
  /** Adds the records of a pasted BIND zone file to an own or parked domain; lines it cannot take are reported, not fatal. */
  importZoneFile: ZoneImportResult;
  /** Orders one of your company’s own certificates over ACME: PANEL for all its panel hosts, WILDCARD for `*.` its service domain (proved over DNS-01 in its zone), MAIL (the master admin only) for `mail.` the service domain. PENDING until issued; the one installed serves until then. */
  issueCompanyCertificate: Certificate;
  /** Gives an SSH machine a new key (replacing any, revoked or not); run its setupCommand on the machine to authorise it. */
  issuePhysicalServerKey: PhysicalServer;
  /** Orders a free certificate for the site’s own names over ACME (HTTP-01 through its web server); it is PENDING until issued, then installed. Its instant-access name is the shared certificate’s. */
  issueSiteCertificate: Certificate;
  /** Signs in on this host’s reseller; sets an HttpOnly session cookie. */
  login: Viewer;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Your answer to “was this helpful?” (one per article; a new one replaces it). */
  markArticleHelpful: KbArticle;
  /** Merges a ticket into another of the same account: its messages move there, it is closed and points at the other. Answers the kept ticket. */
  mergeTickets: Ticket;
  /** Moves an account’s MySQL databases and logins to another MySQL server of the same group (and of the same driver), as one task: the logins are locked on the old server, copied with their passwords, each database is dumped and loaded, the grants made again; then the account’s applications connect to the new server’s host. The old copies are dropped after MYSQL_MOVE_GRACE_SECONDS. CONFLICT while anything of the account’s MySQL is being set up or removed. */
  moveAccountDatabases: DatabaseMove;
  /** Moves an account’s web sites to another web server of the same group, as tasks: each site is copied and served there, its address records follow, and the old copy is removed after WEB_MOVE_GRACE_SECONDS. */
  moveAccountSites: SiteMove;
  /** Moves an account’s DNS zones from one name server to another of the same group, as tasks: the new server takes the old one’s place (primary or secondary) and its NS record; the old one serves the zones as a secondary until DNS_MOVE_GRACE_SECONDS have passed, then drops them. The customer sets the new name server at the registrar. */
  moveAccountZones: ZoneMove;
  /** Opens a ticket (customers): to your company’s staff, about one of your accounts and, if you like, its domain, database or invoice. */
  openTicket: Ticket;
  /** Orders a custom job for one of your accounts: its invoice is issued at once (mailed, paid like any other). */
  orderCustomJob: CustomJob;
  /** Pays what an open invoice owes by card, now: SUCCEEDED, DECLINED (with the reason) or PENDING (the gateway did not answer; retried, never charged twice). */
  payInvoice: Payment;
  /** Adds a message to a job’s thread (staff: or an internal note). */
  postCustomJobMessage: CustomJobMessage;
  /** Your draft becomes the next version, shown to everyone on your panel. CONFLICT without a draft. */
  publishBrandDraft: BrandEditor;
  /** Publishes an article: its readers see it from now on. */
  publishKbArticle: KbArticle;
  /** A suggested article answered your question and you did not send the ticket (counted for your company). */
  recordDeflection: Scalars['Boolean']['output'];
  /** Records a payment received from the customer (BIL-4): the balance rises by the amount. */
  recordPayment: LedgerEntry;
  /** Records usage of an account (disk, traffic, counts); the billing run charges it above the free units. */
  recordUsage: UsageRecord;
  /** Uses a link of impersonateUser on the user’s panel. UNAUTHENTICATED when it is used, expired or for another panel. */
  redeemImpersonation: Viewer;
  /** Queues a fresh reading of the sizes of an account’s databases (default: your active account) from its MySQL server; each database’s sizeCheckedAt moves when it is done. True also when there was nothing to queue: no databases, or a refresh already pending. */
  refreshMysqlSizes: Scalars['Boolean']['output'];
  /** Refunds (part of) a card payment through its gateway; the ledger gets a REFUND entry when the gateway confirms. */
  refundCardPayment: Payment;
  /** Records money paid back to the customer: the balance falls by the amount. CONFLICT when it exceeds the credit. */
  refundPayment: LedgerEntry;
  /** New recovery codes (your password or a code first); the old ones stop working. */
  regenerateRecoveryCodes: RecoveryCodes;
  /** Orders a certificate from ACME again now: a failed one, or a renewal before its time (the current one serves until the new one is installed). */
  reissueCertificate: Certificate;
  /** Refuses an account waiting in moderation: its invoices are voided; it stays out of service. */
  rejectAccount: Account;
  /** Takes an allocated address back from its account. CONFLICT when it is not allocated. */
  releaseIp: IpAddress;
  /** Removes one of your passkeys. */
  removePasskey: Scalars['Boolean']['output'];
  /** Forgets the account’s saved card; null when there was none. */
  removeSavedCard: Maybe<SavedCard>;
  /** Adds a message: a customer’s reply (reopens a closed ticket), a staff answer (mailed to the customer), or a staff note (`internal`: the customer never sees it). */
  replyToTicket: TicketMessage;
  /** Mails a single-use password reset link (valid 1 hour) to the login’s address on this host’s company panel. Always answers true, whether or not such a login exists; TOO_MANY_REQUESTS when this address asked too often. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Makes a key (kept sealed) and a signing request (CSR) for the site’s names, to give a certificate authority; upload the signed certificate without a key. */
  requestSiteCertificate: Certificate;
  /** Mails you a new verification link for your e-mail address (a few times an hour). CONFLICT when it is verified already. */
  resendVerificationEmail: Scalars['Boolean']['output'];
  /** Drops your company’s wording of one e-mail in one language: the built-in template is used again. */
  resetMailTemplate: MailTemplateView;
  /** Sets a new password with a mailed reset link: the link is used up and every session of the user is signed out (sign in afterwards). BAD_USER_INPUT on `token` when the link is invalid, used or expired. */
  resetPassword: Scalars['Boolean']['output'];
  /** Sets a user’s password; all their sessions are signed out. */
  resetUserPassword: User;
  /** Turns off every second factor of a user you manage (app, passkeys, recovery codes), for one who lost them. Not your own. */
  resetUserTwoFactor: User;
  /** Decides on a HELD payment: credit it, or cancel it. */
  resolveHeldPayment: Payment;
  /** Puts a suspended or moderated account back in service. */
  resumeAccount: Account;
  /** Resumes a suspended reseller and exactly the accounts its suspension suspended. */
  resumeReseller: Reseller;
  /** Compares what the server holds with the database and queues tasks for what is missing or different; what the panel does not know is listed, not removed. WEB, DNS and MYSQL servers. */
  resyncLogicalServer: ResyncReport;
  /** Queues a FAILED or CANCELLED task again with a fresh set of attempts; CONFLICT in any other state. */
  retryTask: Task;
  /** Shows the signing secret of one of your webhooks, after your password. */
  revealWebhookSecret: Scalars['String']['output'];
  /** Revokes an API token at once: one of yours, or as an admin one of your company’s users’. NOT_FOUND otherwise. */
  revokeApiToken: ApiToken;
  /** Queues the removal of the login’s privileges on the database. NOT_FOUND if it has none. */
  revokeMysqlDatabase: Scalars['Boolean']['output'];
  /** Stops using the machine: asks it to drop the key, destroys the panel’s copy; its tasks wait until a new key is issued. */
  revokePhysicalServerKey: PhysicalServer;
  /** Shows an earlier published version again. */
  rollbackBrand: BrandEditor;
  /** Replaces the key in use through the agent itself (new key authorised, proven, then the old one dropped). */
  rotatePhysicalServerKey: PhysicalServer;
  /** Gives one of your webhooks a new signing secret (shown this once); the old one stops at once. */
  rotateWebhookSecret: WebhookWithSecret;
  /** Runs the billing run now (it also runs every hour). */
  runBilling: BillingRunView;
  /** Replaces your draft. Colours failing WCAG AA contrast, unknown images and bad texts are field errors. */
  saveBrandDraft: BrandEditor;
  /** Saves a card for an account (it replaces the one before); the billing run charges it. The number goes to the gateway only. */
  saveCard: SavedCard;
  /** Saves your company’s own wording of one e-mail in one language. */
  saveMailTemplate: MailTemplateView;
  /** After a login answered SECOND_FACTOR_REQUIRED: the options for navigator.credentials.get() to sign in with a passkey, as JSON text. */
  secondFactorPasskeyOptions: Scalars['String']['output'];
  /** Queues a "webhook.test" event to one of your webhooks (enabled or not); its attempt appears in the delivery log. */
  sendTestWebhook: WebhookTestEvent;
  /** Chooses the ACME directory and contact address; the next order registers the account there. */
  setAcmeSettings: AcmeSettings;
  /** Requires (or stops requiring) two-factor sign-in of your company’s admins. CONFLICT when you have none yourself. */
  setAdminsNeedTwoFactor: Reseller;
  /** Moves a job to another state (the customer is mailed); cancelling voids its invoice while unpaid. */
  setCustomJobState: CustomJob;
  /** Whether your published articles are readable without signing in, at /kb on your panel host. */
  setKbSettings: KbSettingsView;
  /** Disabled servers get no new resources; what is on them keeps working. */
  setLogicalServerEnabled: LogicalServer;
  /** Queues a new password for the login (8–128 printable ASCII characters). */
  setMysqlUserPassword: MysqlUser;
  /** Gives a reseller a reseller plan: opens its subscription account in your company (billed like any customer’s), or moves it to the plan with proration. The plan’s resources become its quotas. */
  setResellerPlan: Reseller;
  /** Sets your company’s service domain (DNS-1). It can change only until names have been made under it. */
  setServiceDomain: DnsSettings;
  /** Turns a site’s redirect to HTTPS and HSTS on or off; its web server is rewritten by a task. They apply to the names its certificates cover. */
  setSiteHttps: WebSite;
  /** Whether a site’s certificate needs its account to hold a dedicated IP address. */
  setSslPolicy: SslPolicyView;
  /** Disables a support staff login of your company (its sessions end at once), or enables it again. */
  setStaffLoginDisabled: User;
  /** Sets the targets of the priorities given (tickets opened later use them); answers all four. */
  setSupportTargets: Array<SupportTargetView>;
  setTicketState: Ticket;
  /** Makes the usual single-machine layout on an empty cluster: this machine, default WEB, DNS, MYSQL and MAIL groups, web1, ns1, ns2, mysql1 and mail1, the web server’s shared address and the service domain, in one transaction. CONFLICT naming what exists when the cluster has any server or group; BAD_USER_INPUT naming the field. */
  setUpSingleMachine: FirstRunChecklist;
  /** Lets webhooks target private, loopback and link-local addresses, or stops it (for URLs saved and deliveries sent from now on). */
  setWebhookPolicy: WebhookPolicyView;
  /** First run only: creates the master admin and signs them in. CONFLICT once done. */
  setup: Viewer;
  /** The public signup (BIL-2): user, account, billing profile and first invoice in one transaction; signs the new user in. */
  signup: Account;
  /** Starts adding a passkey: the options for navigator.credentials.create(), as JSON text (valid five minutes). */
  startPasskeyRegistration: Scalars['String']['output'];
  /** Starts paying an open invoice on a gateway’s own page: send the customer to the URL. */
  startRedirectPayment: RedirectPayment;
  /** Starts setting up an authenticator app (again, while unconfirmed): a new secret. CONFLICT when one is set up already. */
  startTotpEnrolment: TotpEnrolment;
  /** Suspends an account; CONFLICT if it already is. */
  suspendAccount: Account;
  /** Suspends a reseller: its users can no longer sign in (its panel says the service is suspended), and its active accounts are suspended through the usual tasks (sites closed, MySQL logins locked). CONFLICT for the master’s own company or one suspended already. */
  suspendReseller: Reseller;
  /** Makes another of your accounts the active one, without signing in again. */
  switchAccount: Viewer;
  /** Takes an article back to draft: readers no longer see it. */
  unpublishKbArticle: KbArticle;
  /** Sets who an account’s invoices are made out to. */
  updateBillingProfile: BillingProfile;
  /** Sets your company’s payment term and dunning. */
  updateBillingSettings: Reseller;
  updateCannedReply: CannedReply;
  /** Replaces a record. Records the panel manages (managed: true) cannot be changed. */
  updateDnsRecord: ResourceRecord;
  /** Replaces a job type’s fields; jobs already ordered keep their price. */
  updateJobType: JobType;
  /** Saves an article; a published one stays published. */
  updateKbArticle: KbArticle;
  /** Saves a category (its language only while it holds no article). */
  updateKbCategory: KbCategory;
  /** Changes a logical server; omitted fields stay as they are. */
  updateLogicalServer: LogicalServer;
  /** Sets the name and address your company’s e-mail comes from. */
  updateMailSender: MailSenderView;
  /** Changes a gateway; secret fields left empty keep their stored values. */
  updatePaymentGateway: PaymentGateway;
  /** Changes a machine’s name, OS, address, and (when given) status and notes. */
  updatePhysicalServer: PhysicalServer;
  /** Saves a plan: its fields, periods and resources are replaced. Issued invoices do not change. */
  updatePlan: Plan;
  /** Changes your skin, text-only variant or language; kept across sign-ins. */
  updatePreferences: Preferences;
  /** Changes a reseller’s name, control-panel host and company details. */
  updateReseller: Reseller;
  /** Changes your own company’s settings, such as the default skin, and its company details. */
  updateResellerSettings: Reseller;
  /** Renames a group, changes its policy, or makes it (or stops it being) the default of its kind. */
  updateServerGroup: ServerGroup;
  /** Changes one of your webhooks (the fields given). */
  updateWebhook: Webhook;
  /** Uploads a logo or favicon for your company’s themes (PNG, JPEG, WebP, or SVG, which is sanitised). */
  uploadBrandImage: BrandImage;
  /** Installs one of your company’s own certificates, replacing the one of that kind: PANEL must cover the panel’s host name, WILDCARD `*.` the service domain, MAIL (the master admin only) any names. Checked like a site’s: every problem is a field error and nothing changes. */
  uploadCompanyCertificate: Certificate;
  /** Installs a certificate on a site: it must match its key, build to the chain given, cover the site’s names and be valid now; every problem is a field error and nothing changes. */
  uploadSiteCertificate: Certificate;
  /** Verifies an e-mail address with the token of the link mailed to it (signed in or not). BAD_USER_INPUT on `token` when the link is invalid, used, expired or for an address since changed. */
  verifyEmail: Scalars['Boolean']['output'];
  /** After a login answered SECOND_FACTOR_REQUIRED (the pending sign-in is an HttpOnly cookie, five minutes long): the second factor, which signs you in. */
  verifySecondFactor: Viewer;
  /** Voids an open invoice: a credit entry reverses its charge. CONFLICT unless it is open. */
  voidInvoice: Invoice;
};


export type MutationAddAccountArgs = {
  input: AddAccountInput;
};


export type MutationAddCreditArgs = {
  input: MoneyActionInput;
};


export type MutationAddDnsRecordArgs = {
  domainId: Scalars['ID']['input'];
  input: DnsRecordInput;
};


export type MutationAddDomainArgs = {
  input: AddDomainInput;
};


export type MutationAddIpAddressesArgs = {
  input: AddIpAddressesInput;
};


export type MutationAddTaxRateArgs = {
  input: TaxRateInput;
};


export type MutationAllocateIpArgs = {
  accountId: Scalars['ID']['input'];
  serverId: Scalars['ID']['input'];
};


export type MutationApproveAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCancelCustomJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelRedirectPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCertificatePrivateKeyArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationChangeEmailArgs = {
  input: ChangeEmailInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangePlanArgs = {
  input: ChangePlanInput;
};


export type MutationCheckPhysicalServerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmTotpEnrolmentArgs = {
  input: ConfirmTotpInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCannedReplyArgs = {
  input: CannedReplyInput;
};


export type MutationCreateCustomJobArgs = {
  input: CreateCustomJobInput;
};


export type MutationCreateJobTypeArgs = {
  input: JobTypeInput;
};


export type MutationCreateKbArticleArgs = {
  input: KbArticleInput;
};


export type MutationCreateKbCategoryArgs = {
  input: KbCategoryInput;
};


export type MutationCreateLogicalServerArgs = {
  input: CreateLogicalServerInput;
};


export type MutationCreateMysqlDatabaseArgs = {
  input: CreateMysqlDatabaseInput;
};


export type MutationCreateMysqlUserArgs = {
  input: CreateMysqlUserInput;
};


export type MutationCreatePaymentGatewayArgs = {
  input: PaymentGatewayInput;
};


export type MutationCreatePhysicalServerArgs = {
  input: PhysicalServerInput;
};


export type MutationCreatePlanArgs = {
  input: PlanInput;
};


export type MutationCreateResellerArgs = {
  input: CreateResellerInput;
};


export type MutationCreateServerGroupArgs = {
  input: ServerGroupInput;
};


export type MutationCreateStaffLoginArgs = {
  input: CreateStaffLoginInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteCannedReplyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCertificateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDnsRecordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDomainArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIpAddressArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteJobTypeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKbArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKbCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLogicalServerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMysqlDatabaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMysqlUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePaymentGatewayArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePhysicalServerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResellerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteServerGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableTotpArgs = {
  input: TwoFactorProofInput;
};


export type MutationDismissOperatorAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFinishPasskeyRegistrationArgs = {
  input: FinishPasskeyRegistrationInput;
};


export type MutationForgetPhysicalServerHostKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantMysqlDatabaseArgs = {
  databaseId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationImpersonateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationImportBrandArgs = {
  file: Scalars['String']['input'];
};


export type MutationImportZoneFileArgs = {
  domainId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationIssueCompanyCertificateArgs = {
  kind: CertificateKind;
};


export type MutationIssuePhysicalServerKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIssueSiteCertificateArgs = {
  keyType?: KeyType;
  siteId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkArticleHelpfulArgs = {
  helpful: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMergeTicketsArgs = {
  fromId: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};


export type MutationMoveAccountDatabasesArgs = {
  accountId: Scalars['ID']['input'];
  toServerId: Scalars['ID']['input'];
};


export type MutationMoveAccountSitesArgs = {
  accountId: Scalars['ID']['input'];
  toServerId: Scalars['ID']['input'];
};


export type MutationMoveAccountZonesArgs = {
  accountId: Scalars['ID']['input'];
  fromServerId: Scalars['ID']['input'];
  toServerId: Scalars['ID']['input'];
};


export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


export type MutationOrderCustomJobArgs = {
  input: OrderCustomJobInput;
};


export type MutationPayInvoiceArgs = {
  input: PayInvoiceInput;
};


export type MutationPostCustomJobMessageArgs = {
  input: CustomJobMessageInput;
  jobId: Scalars['ID']['input'];
};


export type MutationPublishKbArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordDeflectionArgs = {
  articleId: Scalars['ID']['input'];
};


export type MutationRecordPaymentArgs = {
  input: MoneyActionInput;
};


export type MutationRecordUsageArgs = {
  input: UsageInput;
};


export type MutationRedeemImpersonationArgs = {
  token: Scalars['String']['input'];
};


export type MutationRefreshMysqlSizesArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRefundCardPaymentArgs = {
  input: RefundCardPaymentInput;
};


export type MutationRefundPaymentArgs = {
  input: MoneyActionInput;
};


export type MutationRegenerateRecoveryCodesArgs = {
  input: TwoFactorProofInput;
};


export type MutationReissueCertificateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectAccountArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReleaseIpArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemovePasskeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveSavedCardArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationReplyToTicketArgs = {
  id: Scalars['ID']['input'];
  input: TicketReplyInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationRequestSiteCertificateArgs = {
  keyType?: KeyType;
  siteId: Scalars['ID']['input'];
};


export type MutationResetMailTemplateArgs = {
  event: MailEvent;
  language: Language;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordWithLinkInput;
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  input: ResetPasswordInput;
};


export type MutationResetUserTwoFactorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResolveHeldPaymentArgs = {
  input: ResolveHeldPaymentInput;
};


export type MutationResumeAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResumeResellerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResyncLogicalServerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevealWebhookSecretArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeMysqlDatabaseArgs = {
  databaseId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRevokePhysicalServerKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRollbackBrandArgs = {
  version: Scalars['Int']['input'];
};


export type MutationRotatePhysicalServerKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveBrandDraftArgs = {
  input: BrandDraftInput;
};


export type MutationSaveCardArgs = {
  input: SaveCardInput;
};


export type MutationSaveMailTemplateArgs = {
  input: MailTemplateInput;
};


export type MutationSendTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetAcmeSettingsArgs = {
  input: AcmeSettingsInput;
};


export type MutationSetAdminsNeedTwoFactorArgs = {
  required: Scalars['Boolean']['input'];
};


export type MutationSetCustomJobStateArgs = {
  id: Scalars['ID']['input'];
  state: CustomJobState;
};


export type MutationSetKbSettingsArgs = {
  publicKnowledgeBase: Scalars['Boolean']['input'];
};


export type MutationSetLogicalServerEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetMysqlUserPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationSetResellerPlanArgs = {
  input: SetResellerPlanInput;
};


export type MutationSetServiceDomainArgs = {
  serviceDomain: Scalars['String']['input'];
};


export type MutationSetSiteHttpsArgs = {
  input: SiteHttpsInput;
  siteId: Scalars['ID']['input'];
};


export type MutationSetSslPolicyArgs = {
  requireDedicatedIp: Scalars['Boolean']['input'];
};


export type MutationSetStaffLoginDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetSupportTargetsArgs = {
  targets: Array<SupportTargetInput>;
};


export type MutationSetTicketStateArgs = {
  id: Scalars['ID']['input'];
  state: TicketState;
};


export type MutationSetUpSingleMachineArgs = {
  input: SingleMachineInput;
};


export type MutationSetWebhookPolicyArgs = {
  allowPrivateTargets: Scalars['Boolean']['input'];
};


export type MutationSetupArgs = {
  input: SetupInput;
};


export type MutationSignupArgs = {
  input: SignupInput;
};


export type MutationStartRedirectPaymentArgs = {
  gatewayId: Scalars['ID']['input'];
  invoiceId: Scalars['ID']['input'];
};


export type MutationSuspendAccountArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSuspendResellerArgs = {
  id: Scalars['ID']['input'];
  reason?: Scalars['String']['input'];
};


export type MutationSwitchAccountArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationUnpublishKbArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateBillingProfileArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  input: BillingProfileInput;
};


export type MutationUpdateBillingSettingsArgs = {
  input: BillingSettingsInput;
};


export type MutationUpdateCannedReplyArgs = {
  id: Scalars['ID']['input'];
  input: CannedReplyInput;
};


export type MutationUpdateDnsRecordArgs = {
  id: Scalars['ID']['input'];
  input: DnsRecordInput;
};


export type MutationUpdateJobTypeArgs = {
  id: Scalars['ID']['input'];
  input: JobTypeInput;
};


export type MutationUpdateKbArticleArgs = {
  id: Scalars['ID']['input'];
  input: KbArticleInput;
};


export type MutationUpdateKbCategoryArgs = {
  id: Scalars['ID']['input'];
  input: KbCategoryInput;
};


export type MutationUpdateLogicalServerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLogicalServerInput;
};


export type MutationUpdateMailSenderArgs = {
  input: MailSenderInput;
};


export type MutationUpdatePaymentGatewayArgs = {
  id: Scalars['ID']['input'];
  input: PaymentGatewayInput;
};


export type MutationUpdatePhysicalServerArgs = {
  id: Scalars['ID']['input'];
  input: PhysicalServerInput;
};


export type MutationUpdatePlanArgs = {
  id: Scalars['ID']['input'];
  input: PlanInput;
};


export type MutationUpdatePreferencesArgs = {
  input: PreferencesInput;
};


export type MutationUpdateResellerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResellerInput;
};


export type MutationUpdateResellerSettingsArgs = {
  input: ResellerSettingsInput;
};


export type MutationUpdateServerGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateServerGroupInput;
};


export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};


export type MutationUploadBrandImageArgs = {
  input: BrandImageInput;
};


export type MutationUploadCompanyCertificateArgs = {
  input: CertificateUploadInput;
  kind: CertificateKind;
};


export type MutationUploadSiteCertificateArgs = {
  input: CertificateUploadInput;
  siteId: Scalars['ID']['input'];
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationVerifySecondFactorArgs = {
  input: SecondFactorInput;
};


export type MutationVoidInvoiceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A MySQL database of an account, on the account’s MySQL server. */
export type MysqlDatabase = {
  __typename?: 'MysqlDatabase';
  account: Account;
  charset: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The host the account’s applications connect to: its MySQL server’s address (it changes when the database moves to another server). */
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Full name on the server, with the account prefix (e.g. "a12_shop"). */
  name: Scalars['String']['output'];
  /** The port of that host. */
  port: Scalars['Int']['output'];
  /** Size in bytes on disk as the server last reported it; null if it never did (the FILES driver measures nothing). */
  sizeBytes: Maybe<Scalars['Float']['output']>;
  /** When the panel last asked the server for the size (periodically, or after refreshMysqlSizes). */
  sizeCheckedAt: Maybe<Scalars['DateTimeISO']['output']>;
  state: ProvisionState;
  /** The logins granted access to this database. */
  users: Array<MysqlUser>;
};

/** All privileges of one MySQL user on one database of the same account. */
export type MysqlGrant = {
  __typename?: 'MysqlGrant';
  createdAt: Scalars['DateTimeISO']['output'];
  database: MysqlDatabase;
  id: Scalars['ID']['output'];
  state: ProvisionState;
  user: MysqlUser;
};

/** A MySQL login of an account; granted to some of its databases. */
export type MysqlUser = {
  __typename?: 'MysqlUser';
  account: Account;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The databases this login has access to. */
  databases: Array<MysqlDatabase>;
  id: Scalars['ID']['output'];
  /** Full login on the server, with the account prefix (e.g. "a12_app"). */
  name: Scalars['String']['output'];
  passwordChangedAt: Maybe<Scalars['DateTimeISO']['output']>;
  state: ProvisionState;
};

/** A new ticket. */
export type OpenTicketInput = {
  /** The account it concerns; default: your active account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  attachments?: InputMaybe<Array<TicketAttachmentInput>>;
  /** The question, plain text. */
  body: Scalars['String']['input'];
  category?: TicketCategory;
  /** A MySQL database of the account it is about. */
  databaseId?: InputMaybe<Scalars['ID']['input']>;
  /** A domain of the account it is about. */
  domainId?: InputMaybe<Scalars['ID']['input']>;
  /** An invoice of the account it is about. */
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  priority?: TicketPriority;
  subject: Scalars['String']['input'];
};

/** A setup problem of the company that stopped a customer’s request; shown to the company’s admins until dismissed. */
export type OperatorAlert = {
  __typename?: 'OperatorAlert';
  /** When the problem first stopped a request since the alert was (re)opened. */
  firstSeenAt: Scalars['DateTimeISO']['output'];
  /** The panel page (a path such as /admin/servers/groups) where the problem is fixed. */
  fixPath: Scalars['String']['output'];
  /** Numeric alert ID. */
  id: Scalars['ID']['output'];
  /** When the problem last stopped a request. */
  lastSeenAt: Scalars['DateTimeISO']['output'];
  /** What is wrong and what to do, as the panel found it the last time. */
  message: Scalars['String']['output'];
  /** How many requests the problem stopped since the alert was (re)opened. */
  occurrences: Scalars['Int']['output'];
  /** Which problem this is, e.g. NO_ROOM:DNS or NAME_SERVER_ADDRESS:3; one alert per company and problem. */
  problem: Scalars['String']['output'];
  /** When an admin dismissed the alert; null while it is open. */
  resolvedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A customer’s order of a custom job. */
export type OrderCustomJobInput = {
  /** The account it is for (one of yours). */
  accountId: Scalars['ID']['input'];
  /** What you want done (up to 10000 characters). */
  brief: Scalars['String']['input'];
  /** The job type ordered (an active one of your company’s). */
  jobTypeId: Scalars['ID']['input'];
};

/** Where a page of a list ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A passkey you registered: a second factor at sign-in. */
export type Passkey = {
  __typename?: 'Passkey';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** When it last signed you in. */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The name you gave it (e.g. “Work laptop”). */
  name: Scalars['String']['output'];
};

/** Pay an open invoice by card: the saved card, or a new card at a gateway. */
export type PayInvoiceInput = {
  /** A new card; without it the account’s saved card is charged. */
  card?: InputMaybe<CardInput>;
  /** With a new card: the gateway to charge it at. */
  gatewayId?: InputMaybe<Scalars['ID']['input']>;
  invoiceId: Scalars['ID']['input'];
  /** Keep the new card for the next invoices (charged automatically). Default false. */
  saveCard?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A charge or refund through a payment gateway, and what the gateway answered. */
export type Payment = {
  __typename?: 'Payment';
  accountId: Scalars['ID']['output'];
  /** Positive, a refund too. */
  amount: Money;
  /** Requests sent to the gateway for it (retries use the same idempotency key). */
  attempts: Scalars['Int']['output'];
  /** The card, as “Visa •••• 4242”, for card payments. */
  card: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  /** The gateway’s decline code. */
  declineCode: Maybe<Scalars['String']['output']>;
  gatewayKind: GatewayKind;
  gatewayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invoiceId: Maybe<Scalars['ID']['output']>;
  kind: PaymentKind;
  method: PaymentMethod;
  /** Why it was declined, failed or held, or why it is still pending. */
  reason: Maybe<Scalars['String']['output']>;
  /** What a notification reported, when it differed (a HELD payment). */
  received: Maybe<Money>;
  /** The charge a refund pays back. */
  refundOfId: Maybe<Scalars['ID']['output']>;
  /** What can be refunded now: what is left of a succeeded charge, at most the account’s credit. */
  refundable: Money;
  source: PaymentSource;
  state: PaymentState;
  /** Made through a gateway in test mode: no real money. */
  testMode: Scalars['Boolean']['output'];
  /** The gateway’s transaction ID. */
  transactionId: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of Payment items. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** The items of this page. */
  nodes: Array<Payment>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A connection to a payment gateway, configured per company. Credentials are write-only. */
export type PaymentGateway = {
  __typename?: 'PaymentGateway';
  /** Where the provider’s API is (master admin only); null: the provider’s own live or sandbox address. */
  baseUrl: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Which secret fields are stored (their values are never shown). */
  credentialsSet: Array<Scalars['String']['output']>;
  /** ISO 4217 codes it takes. */
  currencies: Array<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: GatewayKind;
  /** The merchant’s public account at the provider (PayPal: its business e-mail or merchant ID). */
  merchantAccount: Maybe<Scalars['String']['output']>;
  methods: Array<PaymentMethod>;
  /** Shown to customers on the pay buttons. */
  name: Scalars['String']['output'];
  /** Where the gateway sends its notifications (redirect gateways): enter it at the provider if it asks. */
  notifyPath: Maybe<Scalars['String']['output']>;
  /** Talks to the provider’s sandbox: no real money. The sandbox gateway is always in test mode. */
  testMode: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A payment gateway connection. Secret fields are write-only: null or "" keeps the stored value. */
export type PaymentGatewayInput = {
  /** Authorize.Net: API login ID (secret). */
  apiLoginId?: InputMaybe<Scalars['String']['input']>;
  /** The provider’s API address, for a sandbox or a proxy (master admin only; https, or http on loopback). */
  baseUrl?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 codes the gateway takes; customers are offered it for invoices in these. */
  currencies: Array<Scalars['String']['input']>;
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Set when created; it cannot change. */
  kind: GatewayKind;
  /** PayPal: the business e-mail address or merchant ID payments go to. */
  merchantAccount?: InputMaybe<Scalars['String']['input']>;
  /** Shown to customers on the pay button (1–100 characters). */
  name: Scalars['String']['input'];
  /** Stripe: secret API key, sk_… (secret). */
  secretKey?: InputMaybe<Scalars['String']['input']>;
  /** Use the provider’s sandbox. Default true; the built-in sandbox is always in test mode. */
  testMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** Authorize.Net: transaction key (secret). */
  transactionKey?: InputMaybe<Scalars['String']['input']>;
};

/** CHARGE: money from the customer. REFUND: money back to the customer’s card. */
export type PaymentKind =
  | 'CHARGE'
  | 'REFUND';

/** CARD: charged by the panel. REDIRECT: paid on the gateway’s page. */
export type PaymentMethod =
  | 'CARD'
  | 'REDIRECT';

/** A way to pay an invoice: a gateway of the company, in the invoice’s currency. */
export type PaymentOption = {
  __typename?: 'PaymentOption';
  gatewayId: Scalars['ID']['output'];
  kind: GatewayKind;
  method: PaymentMethod;
  name: Scalars['String']['output'];
  /** No real money: a sandbox. */
  testMode: Scalars['Boolean']['output'];
};

/** What a customer can pay with, and the saved card. */
export type PaymentSetup = {
  __typename?: 'PaymentSetup';
  options: Array<PaymentOption>;
  savedCard: Maybe<SavedCard>;
};

/** Who started it: the CUSTOMER, the billing run (AUTO) or an ADMIN. */
export type PaymentSource =
  | 'ADMIN'
  | 'AUTO'
  | 'CUSTOMER';

/** PENDING (waiting for the gateway), SUCCEEDED (ledger entry written), DECLINED, FAILED, HELD (for an admin’s review), CANCELLED. */
export type PaymentState =
  | 'CANCELLED'
  | 'DECLINED'
  | 'FAILED'
  | 'HELD'
  | 'PENDING'
  | 'SUCCEEDED';

/** A machine in the cluster; it runs one or more logical servers. */
export type PhysicalServer = {
  __typename?: 'PhysicalServer';
  /** When the machine first accepted the current key; until then its setup command is valid. */
  accessConfirmedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the current key was made. */
  accessIssuedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** SSH: the panel’s public key for this machine, as authorized_keys lists it. */
  accessPublicKey: Maybe<Scalars['String']['output']>;
  /** When an admin revoked the panel’s key; its tasks wait until a new key is issued. */
  accessRevokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Management address: an IPv4/IPv6 address or host name. */
  address: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the machine first answered the panel. */
  firstAnsweredAt: Maybe<Scalars['DateTimeISO']['output']>;
  health: ServerHealth;
  /** When the health was last checked. */
  healthCheckedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the last health check found wrong (empty when UP). */
  healthProblems: Array<Scalars['String']['output']>;
  /** SSH: the machine’s host key fingerprint (SHA256:…), pinned when it first answered. */
  hostKey: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The logical servers running on this machine, by name. */
  logicalServers: Array<LogicalServer>;
  /** Unique name, e.g. "web1.dc1". */
  name: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  os: ServerOs;
  /** SSH: what to run as root on the machine to install the agent and authorise the panel’s key; null once it answered. */
  setupCommand: Maybe<Scalars['String']['output']>;
  /** SSH: the port of the machine’s SSH daemon. */
  sshPort: Scalars['Int']['output'];
  /** SSH: the agent account the panel’s key logs in as. */
  sshUser: Scalars['String']['output'];
  status: PhysicalServerStatus;
  transport: ServerTransport;
};

/** A physical server, for create and for update (all of it is replaced, except what is left out). */
export type PhysicalServerInput = {
  /** Management address: an IPv4/IPv6 address or a host name. */
  address: Scalars['String']['input'];
  /** Unique name: 1–64 lowercase letters, digits, dots and dashes, starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** Free text for the admin team (up to 4000 characters). Empty or null clears it; omitted leaves it unchanged. */
  notes?: InputMaybe<Scalars['String']['input']>;
  os: ServerOs;
  /** SSH port (22 when created; unchanged when omitted). */
  sshPort?: InputMaybe<Scalars['Int']['input']>;
  /** The agent’s account on the machine (heliosphere when created; unchanged when omitted). */
  sshUser?: InputMaybe<Scalars['String']['input']>;
  /** ONLINE when created; left unchanged on update when omitted. */
  status?: InputMaybe<PhysicalServerStatus>;
  /** How the panel reaches it: LOCAL when created, unchanged on update when omitted. SSH issues a key and a setup command. */
  transport?: InputMaybe<ServerTransport>;
};

/** ONLINE: in service. MAINTENANCE: up but taking no new resources. OFFLINE: down; its logical servers get nothing new. */
export type PhysicalServerStatus =
  | 'MAINTENANCE'
  | 'OFFLINE'
  | 'ONLINE';

/** RANDOM: any member with room (the H-Sphere default). LEAST_LOADED: the member with the fewest accounts, then the least disk. */
export type PlacementPolicy =
  | 'LEAST_LOADED'
  | 'RANDOM';

/** A hosting plan: billing periods with discounts, resources with limits and prices. */
export type Plan = {
  __typename?: 'Plan';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Shown to customers on the signup page. */
  description: Scalars['String']['output'];
  /** A reseller plan (master only): sold to resellers, its resources are their quotas over all their customers. Never offered at signup nor given to an end user’s account. */
  forResellers: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** New signups wait in the moderation queue until an admin approves them. */
  moderated: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Reseller plans: how far, in percent of a quota, the limits of the reseller’s customers’ plans may add up beyond it (0: no overselling). */
  oversellPercent: Scalars['Int']['output'];
  /** The billing periods offered, shortest first. */
  periods: Array<PlanPeriodView>;
  platform: Platform;
  /** The plan’s own price per month, before a period’s discount. */
  recurringFee: Money;
  /** The resources included; any other is not (limit 0). */
  resources: Array<PlanResourceView>;
  /** The plan’s own setup fee. */
  setupFee: Money;
  /** Offered on the public signup page and for plan changes. */
  signupEnabled: Scalars['Boolean']['output'];
};

/** What a plan change costs: the new period in full, less the unused part of the current one. */
export type PlanChangeQuoteView = {
  __typename?: 'PlanChangeQuoteView';
  lines: Array<InvoiceLineView>;
  periodEnd: Scalars['DateTimeISO']['output'];
  periodMonths: Scalars['Int']['output'];
  periodStart: Scalars['DateTimeISO']['output'];
  plan: Plan;
  subtotal: Money;
  tax: Money;
  taxName: Maybe<Scalars['String']['output']>;
  taxPercent: Maybe<Scalars['String']['output']>;
  /** Positive: to pay; negative: credited to the balance. */
  total: Money;
};

/** A plan as a whole: saving it replaces its periods and resources. Amounts are in the company’s currency. */
export type PlanInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** A reseller plan (the master’s company only): its resources are quotas over all of a reseller’s customers; ACCOUNT may be listed. Default false. */
  forResellers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Signups wait for an admin’s approval. Default false. */
  moderated?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** Reseller plans: overselling allowed beyond each quota, in percent (0–1000). Default 0. */
  oversellPercent?: InputMaybe<Scalars['Int']['input']>;
  /** At least one: a plan without a period has no price and cannot be sold. */
  periods: Array<PlanPeriodInput>;
  /** Default UNIX. */
  platform?: InputMaybe<Platform>;
  /** The plan’s own price per month, before the period’s discount. */
  recurringFee?: InputMaybe<Scalars['String']['input']>;
  /** Resources the plan includes; any other resource is not included (limit 0). */
  resources: Array<PlanResourceInput>;
  /** The plan’s own setup fee. */
  setupFee?: InputMaybe<Scalars['String']['input']>;
  /** Offered on the signup page and for plan changes. Default false. */
  signupEnabled?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A billing period a plan is sold for. */
export type PlanPeriodInput = {
  /** Discount on the recurring fees for this period, in percent ("10", "12.5"); default 0. */
  discountPercent?: InputMaybe<Scalars['String']['input']>;
  /** 1, 3, 6, 12, 24 or 36 months. */
  months: Scalars['Int']['input'];
};

/** A billing period of a plan and what it costs. */
export type PlanPeriodView = {
  __typename?: 'PlanPeriodView';
  /** Discount on the recurring fees, in percent. */
  discountPercent: Scalars['String']['output'];
  /** What the first invoice of this period comes to before tax: its price and the setup fees. */
  firstInvoice: Money;
  /** The tax on the first invoice at the company’s rate in force today; null when it charges none. */
  firstInvoiceTax: Maybe<TaxQuote>;
  /** The first invoice with its tax: what the customer pays to begin. */
  firstInvoiceTotal: Money;
  months: Scalars['Int']['output'];
  /** The recurring price of one whole period (plan and resources, after the discount, before tax). */
  price: Money;
  /** The setup fees of the plan and of its resources together: charged once, with the first period. */
  setupFees: Money;
};

/** A resource of a plan with its limit and prices (amounts in major units, "0" or empty for free). */
export type PlanResourceInput = {
  /** Units included; usage above them is charged at the usage price (at peak; traffic: per month of the period). Default 0. */
  freeUnits?: InputMaybe<Scalars['Int']['input']>;
  kind: ResourceKind;
  /** The most an account may have; null for no limit. */
  maxUnits?: InputMaybe<Scalars['Int']['input']>;
  /** Per month, before the period’s discount. */
  recurringFee?: InputMaybe<Scalars['String']['input']>;
  /** Charged once when an account starts on the plan. */
  setupFee?: InputMaybe<Scalars['String']['input']>;
  /** Per unit used above the free units in a period. */
  usagePrice?: InputMaybe<Scalars['String']['input']>;
};

/** A resource of a plan: limit, free units and prices. */
export type PlanResourceView = {
  __typename?: 'PlanResourceView';
  /** Units included before usage is charged (at peak; traffic: per month of the period). */
  freeUnits: Scalars['Int']['output'];
  kind: ResourceKind;
  /** null: no limit. */
  maxUnits: Maybe<Scalars['Int']['output']>;
  /** Per month. */
  recurringFee: Money;
  setupFee: Money;
  /** Per unit above the free units. */
  usagePrice: Money;
};

/** The server platform a plan is for. */
export type Platform =
  | 'UNIX'
  | 'WINDOWS';

/** How the panel looks for the signed-in user: their choice, or their reseller’s default. */
export type Preferences = {
  __typename?: 'Preferences';
  /** Whether the company lets its users choose their language (LF-3). */
  canChooseLanguage: Scalars['Boolean']['output'];
  /** Whether the company lets its users choose their skin (LF-3). */
  canChooseSkin: Scalars['Boolean']['output'];
  /** The language in effect. */
  language: Language;
  /** The skin in effect. */
  skin: Skin;
  /** False when the skin comes from the reseller’s default rather than the user’s choice. */
  skinChosen: Scalars['Boolean']['output'];
  /** Text-only variant: icons become text links. */
  textOnly: Scalars['Boolean']['output'];
};

/** Preference changes; omitted fields stay as they are. Set `resetSkin` to go back to the default skin. */
export type PreferencesInput = {
  language?: InputMaybe<Language>;
  /** Forget the chosen skin and follow the reseller’s default. */
  resetSkin?: InputMaybe<Scalars['Boolean']['input']>;
  skin?: InputMaybe<Skin>;
  textOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** QUEUED: the task that creates or changes it has not finished. ACTIVE: in place on the server. SUSPENDED: locked with its account. DELETING: removal queued. FAILED: the task ran out of attempts (see Events and processes). */
export type ProvisionState =
  | 'ACTIVE'
  | 'DELETING'
  | 'FAILED'
  | 'QUEUED'
  | 'SUSPENDED';

export type Query = {
  __typename?: 'Query';
  /** One account: your own, or one you manage. NOT_FOUND for any other ID. */
  account: Account;
  /** The balance of an account you own or manage (default: your active account). */
  accountBalance: AccountBalanceView;
  /** Accounts you manage, newest first. `search` matches the account ID, its name, and the owner’s login and e-mail. */
  accounts: AccountConnection;
  acmeSettings: AcmeSettings;
  /** Counts for the admin home page: accounts awaiting moderation or overdue, failed tasks, machines in trouble, recent payments. */
  adminOverview: AdminOverview;
  /** Your API tokens, newest first (revoked and expired ones too); the first 200. */
  apiTokens: Array<ApiToken>;
  /** The audit trail of your company (or of one account), newest first. */
  auditEvents: AuditEventConnection;
  /** Who an account’s invoices are made out to (default: your active account). */
  billingProfile: Maybe<BillingProfile>;
  /** Your company’s theme: what its panel shows, your draft, and the versions. */
  brandEditor: BrandEditor;
  /** Your company’s theme as a file (JSON, images inline) to import on another company: the version given, else the one shown. */
  brandExport: Scalars['String']['output'];
  /** Built-in themes to start a draft from. */
  brandGallery: Array<GalleryTheme>;
  /** Company name, default look and setup state for the host this panel is served on. */
  branding: Branding;
  /** Your company’s saved answers, by title. */
  cannedReplies: Array<CannedReply>;
  certificate: Certificate;
  /** Certificates you may see (your accounts’; an admin’s: the company’s), newest first. */
  certificates: CertificateConnection;
  /** The API tokens of your company’s users (or of one of them), newest first; the first 500. */
  companyApiTokens: Array<ApiToken>;
  /** Your company’s own certificates (panel, wildcard, mail; not its customers’ sites’), by kind. */
  companyCertificates: Array<Certificate>;
  /** One custom job you may see; NOT_FOUND otherwise. */
  customJob: CustomJob;
  /** Custom jobs, newest first: an admin’s company’s queue, a customer’s own. */
  customJobs: CustomJobConnection;
  /** Your company’s service domain and the name servers zones are served by. */
  dnsSettings: DnsSettings;
  /** One domain you own or manage. NOT_FOUND otherwise. */
  domain: Domain;
  /** Domains of an account you own or manage (default: your active account), oldest first; the first 200. */
  domains: Array<Domain>;
  /** What the cluster still needs before customers’ requests can succeed: each step, whether it is done, what is missing and where it is fixed. */
  firstRunChecklist: FirstRunChecklist;
  /** One invoice you may see; NOT_FOUND otherwise. */
  invoice: Invoice;
  /** Invoices, newest first; `search` matches an invoice number. */
  invoices: InvoiceConnection;
  /** Addresses of the pools, newest first. `search` matches part of the address. */
  ipAddresses: IpAddressConnection;
  /** Your company’s custom job types in catalogue order: admins get all, customers the active ones. */
  jobTypes: Array<JobType>;
  /** One of your company’s articles, drafts included; NOT_FOUND otherwise. */
  kbAdminArticle: KbArticle;
  /** Your company’s articles, drafts included, newest first; `search` looks in titles. */
  kbAdminArticles: KbArticleConnection;
  /** Your company’s knowledge-base categories (of one language when given). */
  kbAdminCategories: Array<KbCategory>;
  /** One published article, by `id` or `slug`; NOT_FOUND otherwise. */
  kbArticle: KbArticle;
  /** Published articles, newest first (of one category or language). */
  kbArticles: KbArticleConnection;
  /** The knowledge base’s categories (of one language when given). Signed in, or on a public knowledge base. */
  kbCategories: Array<KbCategory>;
  /** Whether this host’s knowledge base is readable without signing in. */
  kbIsPublic: Scalars['Boolean']['output'];
  /** Markdown as the knowledge base shows it (safe HTML), for the editor’s preview. */
  kbPreview: Scalars['String']['output'];
  /** Published articles matching the words of `query` (up to 200 characters), most relevant first. */
  kbSearch: Array<KbArticle>;
  /** Your company’s knowledge-base settings. */
  kbSettings: KbSettingsView;
  /** How the knowledge base serves your customers: articles, answers, deflections. */
  kbStats: KbStats;
  /** Articles that may answer a ticket being written (its subject and first lines, up to 2,000 characters), best first. */
  kbSuggestions: Array<KbArticle>;
  /** Your company’s ledger (what ledgerEntries lists without accountId) as CSV with a header line, newest first: id, date (ISO 8601, UTC), account, kind, description, reference, amount (signed, major units), currency. At most 20,000 entries: CONFLICT when more match. */
  ledgerCsv: Scalars['String']['output'];
  /** Ledger entries, newest first: of an account you own or manage (default: your active account), or (admins, without accountId) of your company. The search matches the description and the reference. */
  ledgerEntries: LedgerEntryConnection;
  /** One logical server; NOT_FOUND for an unknown ID. */
  logicalServer: LogicalServer;
  /** Logical servers, by name. */
  logicalServers: Array<LogicalServer>;
  /** Who your company’s e-mail comes from. */
  mailSender: MailSenderView;
  /** Every e-mail your company sends, per language: the wording in effect, whether it is your own, its placeholders. */
  mailTemplates: Array<MailTemplateView>;
  /** MySQL databases of an account you own or manage (default: your active account), by name. */
  mysqlDatabases: Array<MysqlDatabase>;
  /** MySQL logins of an account you own or manage (default: your active account), by name. */
  mysqlUsers: Array<MysqlUser>;
  /** Setup problems of your company that stopped customers’ requests, latest first; open ones only unless includeDismissed (the first 200). */
  operatorAlerts: Array<OperatorAlert>;
  /** One payment you may see; NOT_FOUND otherwise. */
  payment: Payment;
  /** Your company’s payment gateways (PAY-3). */
  paymentGateways: Array<PaymentGateway>;
  /** How an account you own or manage can pay: the company’s gateways in its currency, and its saved card. */
  paymentSetup: PaymentSetup;
  /** Gateway payments and refunds, newest first: of one account, or (admins, without accountId) of the company. */
  payments: PaymentConnection;
  /** One machine; NOT_FOUND for an unknown ID. */
  physicalServer: PhysicalServer;
  /** Every machine of the cluster, by name. */
  physicalServers: Array<PhysicalServer>;
  /** One plan you may see; NOT_FOUND otherwise. */
  plan: Plan;
  /** What moving an account to a plan and period would cost now; changes nothing. */
  planChangeQuote: PlanChangeQuoteView;
  /** Admins: every plan of their company. End users: the plans open for signup and those of their accounts. */
  plans: Array<Plan>;
  /** A draft template rendered with sample values and your company’s signature; nothing is sent or saved. */
  previewMailTemplate: MailPreview;
  /** The latest changes the panel made or is making for an account you own or manage (default: your active account), newest first; at most 10. */
  recentTasks: Array<AccountTask>;
  /** One reseller: any for the master admin, your own for a reseller admin. */
  reseller: Reseller;
  /** Every reseller, newest first. `search` matches name and CP host. */
  resellers: ResellerConnection;
  /** Tickets matching every word of `query`, best first (the subject counts most): a customer’s own, searched in what they can read; the staff’s, in the company’s tickets and their notes. */
  searchTickets: Array<Ticket>;
  /** Server groups, by kind and name. */
  serverGroups: Array<ServerGroup>;
  /** The plans the signup page of this host’s company offers. */
  signupPlans: Array<Plan>;
  /** Your company’s rules for its customers’ certificates. */
  sslPolicy: SslPolicyView;
  /** Your company’s support staff logins, by login; at most 200. */
  staffLogins: Array<User>;
  /** Your company’s tickets by what the staff owe next (first answer, then resolution), soonest and so overdue first; closed ones only when asked by state. */
  supportQueue: SupportQueueConnection;
  /** Your company’s admins, who may be assigned tickets. */
  supportStaff: Array<StaffMember>;
  /** Your company’s targets per priority, in minutes: the first answer and the resolution. */
  supportTargets: Array<SupportTargetView>;
  /** One task; NOT_FOUND for an unknown ID. */
  task: Task;
  /** Tasks of the task engine, newest first. `search` matches the subject and the kind. */
  tasks: TaskConnection;
  /** Your company’s tax rates, newest first. */
  taxRates: Array<TaxRate>;
  ticket: Ticket;
  /** An attachment’s content, for who may read its ticket (a staff note’s: the staff only). */
  ticketAttachment: AttachmentDownload;
  /** Tickets you may see, newest first: a customer’s own (of all their accounts), an admin’s: the company’s. */
  tickets: TicketConnection;
  /** Use month by month (UTC), oldest first: of an account you own or manage (default: your active account), or, for an admin without accountId, of your whole company (with accounts opened and money received). */
  usageHistory: Array<UsageMonth>;
  /** One user you manage. NOT_FOUND for any other ID. */
  user: User;
  /** Users you manage, newest first. `search` matches login and e-mail. */
  users: UserConnection;
  /** The signed-in user, or null. */
  viewer: Maybe<Viewer>;
  /** One of your webhooks; NOT_FOUND otherwise. */
  webhook: Webhook;
  /** The delivery log of one of your webhooks, newest attempt first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Where webhooks may be sent (the master’s policy). */
  webhookPolicy: WebhookPolicyView;
  /** Your webhooks: an admin’s company’s, an end user’s active account’s (oldest first). */
  webhooks: Array<Webhook>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountBalanceArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AccountStatus>;
};


export type QueryAuditEventsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBillingProfileArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBrandExportArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCertificateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCertificatesArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompanyApiTokensArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCustomJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomJobsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<CustomJobState>;
};


export type QueryDomainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDomainsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<InvoiceState>;
};


export type QueryIpAddressesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  free?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<IpKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  serverId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryKbAdminArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKbAdminArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<KbArticleState>;
};


export type QueryKbAdminCategoriesArgs = {
  language?: InputMaybe<Language>;
};


export type QueryKbArticleArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryKbArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  language?: InputMaybe<Language>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryKbCategoriesArgs = {
  language?: InputMaybe<Language>;
};


export type QueryKbPreviewArgs = {
  body: Scalars['String']['input'];
};


export type QueryKbSearchArgs = {
  first?: Scalars['Int']['input'];
  language?: InputMaybe<Language>;
  query: Scalars['String']['input'];
};


export type QueryKbSuggestionsArgs = {
  body?: Scalars['String']['input'];
  language?: InputMaybe<Language>;
  subject: Scalars['String']['input'];
};


export type QueryLedgerCsvArgs = {
  kind?: InputMaybe<LedgerKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryLedgerEntriesArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<LedgerKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryLogicalServerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLogicalServersArgs = {
  kind?: InputMaybe<ServerKind>;
};


export type QueryMysqlDatabasesArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMysqlUsersArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOperatorAlertsArgs = {
  includeDismissed?: Scalars['Boolean']['input'];
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentSetupArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPaymentsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  state?: InputMaybe<PaymentState>;
};


export type QueryPhysicalServerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanChangeQuoteArgs = {
  input: ChangePlanInput;
};


export type QueryPreviewMailTemplateArgs = {
  input: MailTemplateInput;
};


export type QueryRecentTasksArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryResellerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResellersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchTicketsArgs = {
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QueryServerGroupsArgs = {
  kind?: InputMaybe<ServerKind>;
};


export type QuerySupportQueueArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  priority?: InputMaybe<TicketPriority>;
  state?: InputMaybe<TicketState>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  serverId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<TaskState>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<TicketState>;
};


export type QueryUsageHistoryArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  months?: Scalars['Int']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  webhookId: Scalars['ID']['input'];
};

/** A (IPv4), AAAA (IPv6), CNAME (alias), MX (mail), TXT (text), SRV (service), CAA (certificate authorities), NS (delegates a sub-zone). */
export type RecordType =
  | 'A'
  | 'AAAA'
  | 'CAA'
  | 'CNAME'
  | 'MX'
  | 'NS'
  | 'SRV'
  | 'TXT';

/** Single-use recovery codes, shown this once: each signs you in once instead of your app or passkey. */
export type RecoveryCodes = {
  __typename?: 'RecoveryCodes';
  /** The codes (10); older ones stop working. */
  codes: Array<Scalars['String']['output']>;
};

/** A redirect payment started: send the customer to `url`; the gateway’s notification will credit the account. */
export type RedirectPayment = {
  __typename?: 'RedirectPayment';
  payment: Payment;
  url: Scalars['String']['output'];
};

/** Money back to the card a payment came from, through its gateway. */
export type RefundCardPaymentInput = {
  /** Major units, e.g. "5.00"; at most what is left to refund of the payment. */
  amount: Scalars['String']['input'];
  paymentId: Scalars['ID']['input'];
  /** Why (3–500 characters); written to the audit trail. */
  reason: Scalars['String']['input'];
};

/** “Forgot password”: the login, or the e-mail address on file. */
export type RequestPasswordResetInput = {
  /** Your login, or your e-mail address (every login of yours with it is mailed). */
  login: Scalars['String']['input'];
};

/** A hosting company: the master admin's own business (the root reseller) or a private-label reseller inside it. Every customer row belongs to exactly one reseller. */
export type Reseller = {
  __typename?: 'Reseller';
  /** Postal address, several lines. */
  address: Maybe<Scalars['String']['output']>;
  /** Its admin logins (reseller admins; the master admin for the root company), by login; at most 50. */
  admins: Array<User>;
  /** Its admins must sign in with a second factor. */
  adminsNeedTwoFactor: Scalars['Boolean']['output'];
  /** Charge attempts per invoice, one a day, before dunning takes over (0: no automatic charges). */
  autoChargeAttempts: Scalars['Int']['output'];
  /** The billing run charges saved cards this many days before an invoice is due (0: on the due date). */
  autoChargeDaysBefore: Scalars['Int']['output'];
  /** Host name of this reseller’s control panel (private label); null for the root reseller until set. */
  cpHost: Maybe<Scalars['String']['output']>;
  /** Other host names its panel answers on, beside `cpHost` (RES-1). */
  cpHostAliases: Array<Scalars['String']['output']>;
  /** When the reseller was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code this company bills in (BIL-3); every ledger entry of its accounts is in it. */
  currency: Scalars['String']['output'];
  /** Language used by this reseller’s users who have not chosen one. */
  defaultLanguage: Language;
  /** Skin used by this reseller’s users who have not chosen one. */
  defaultSkin: Skin;
  /** Whether its users who have not chosen start on the text-only variant. */
  defaultTextOnly: Scalars['Boolean']['output'];
  /** Numeric reseller ID. */
  id: Scalars['ID']['output'];
  /** True for the master admin’s own business. */
  isRoot: Scalars['Boolean']['output'];
  /** Registered company name, for invoices (RES-1). */
  legalName: Maybe<Scalars['String']['output']>;
  /** Company name shown to this reseller’s customers. */
  name: Scalars['String']['output'];
  /** Days from an invoice’s issue to its due date. */
  paymentTermDays: Scalars['Int']['output'];
  /** The master’s company only: whether its panel names the product (Heliosphere) under the sign-in form. A reseller’s panel never does (RES-2). */
  productCredit: Scalars['Boolean']['output'];
  /** Its quotas from its reseller plan, with use and promises; empty: no reseller plan, no quota. The master: any reseller; a reseller admin: its own. */
  quotas: Array<ResellerQuota>;
  /** Days overdue on which a reminder e-mail goes out. */
  reminderDays: Array<Scalars['Int']['output']>;
  /** Address its customers’ e-mail comes from; null: the address of the panel’s MAIL_FROM. */
  senderAddress: Maybe<Scalars['String']['output']>;
  /** Name its customers’ e-mail comes from; null: the company name. */
  senderName: Maybe<Scalars['String']['output']>;
  /** The service domain (DNS-1, e.g. example-host.com): third-level and instant-access addresses live under it, in a zone the panel keeps. Null until set. */
  serviceDomain: Maybe<Scalars['String']['output']>;
  /** SUSPENDED by the master admin: its users cannot sign in, and its accounts are suspended with it. */
  status: ResellerStatus;
  /** The master only: the account of the master’s company that bills this reseller on its reseller plan (its plan, invoices and balance); null: none. */
  subscription: Maybe<Account>;
  /** Where its customers write for help. */
  supportEmail: Maybe<Scalars['String']['output']>;
  supportPhone: Maybe<Scalars['String']['output']>;
  /** Days overdue after which the account is suspended; null: never by the billing run. */
  suspendAfterDays: Maybe<Scalars['Int']['output']>;
  suspendedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the master admin suspended it (shown to the master only). */
  suspendedReason: Maybe<Scalars['String']['output']>;
  /** VAT or tax number. */
  taxId: Maybe<Scalars['String']['output']>;
  /** Whether its users may choose their own language (LF-3). */
  usersChooseLanguage: Scalars['Boolean']['output'];
  /** Whether its users may choose their own skin (LF-3); if not, everyone has the default. */
  usersChooseSkin: Scalars['Boolean']['output'];
};

/** A page of Reseller items. */
export type ResellerConnection = {
  __typename?: 'ResellerConnection';
  /** The items of this page. */
  nodes: Array<Reseller>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One quota of a reseller (from its reseller plan) over all its customers’ accounts: what they use, and what their plans promise. */
export type ResellerQuota = {
  __typename?: 'ResellerQuota';
  kind: ResourceKind;
  /** The quota: the most all its customers together may have; null: no limit. */
  limit: Maybe<Scalars['Int']['output']>;
  /** How much the plans may promise in all: the quota plus the reseller plan’s oversell allowance; null: no limit. */
  promiseLimit: Maybe<Scalars['Int']['output']>;
  /** The sum of the limits of its customers’ accounts’ plans (a plan with no limit promises the whole quota); null when the quota has no limit. */
  promised: Maybe<Scalars['Int']['output']>;
  /** How many its customers have now (counted kinds; metered kinds: their latest measure); null: not measured. */
  used: Maybe<Scalars['Int']['output']>;
};

/** Your company’s settings; omitted fields stay as they are. */
export type ResellerSettingsInput = {
  /** Postal address; line breaks allowed. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Language for users who have not chosen one. */
  defaultLanguage?: InputMaybe<Language>;
  /** Skin for users who have not chosen one. */
  defaultSkin?: InputMaybe<Skin>;
  /** Registered company name, for invoices. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The master’s company only: name the product (Heliosphere) under the sign-in form. */
  productCredit?: InputMaybe<Scalars['Boolean']['input']>;
  supportEmail?: InputMaybe<Scalars['String']['input']>;
  supportPhone?: InputMaybe<Scalars['String']['input']>;
  /** VAT or tax number. */
  taxId?: InputMaybe<Scalars['String']['input']>;
};

export type ResellerStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type ResetPasswordInput = {
  /** The user’s new password, at least 8 characters. */
  newPassword: Scalars['String']['input'];
};

/** A new password, with the token of the link that was mailed. */
export type ResetPasswordWithLinkInput = {
  /** At least 8 characters. */
  newPassword: Scalars['String']['input'];
  /** The `token` parameter of the mailed link. */
  token: Scalars['String']['input'];
};

/** An admin’s decision on a HELD payment. */
export type ResolveHeldPaymentInput = {
  /** true: the money arrived, credit it (what the notification reported, or the payment’s amount). false: cancel it. */
  credit: Scalars['Boolean']['input'];
  /** What the admin checked (3–500 characters), for the audit trail. */
  note: Scalars['String']['input'];
  paymentId: Scalars['ID']['input'];
  /** The gateway’s transaction ID, when it was looked up at the gateway. */
  transactionId?: InputMaybe<Scalars['String']['input']>;
};

/** DOMAIN, WEB_SITE, MYSQL_DATABASE, MYSQL_USER, MAILBOX, DEDICATED_IP, SSL_CERTIFICATE (sites’ certificates) are counted; DISK_MB (peak in a period) and TRAFFIC_GB (sum in a period) are metered from usage records. ACCOUNT (end-user accounts) is a quota of reseller plans only. */
export type ResourceKind =
  | 'ACCOUNT'
  | 'DEDICATED_IP'
  | 'DISK_MB'
  | 'DOMAIN'
  | 'MAILBOX'
  | 'MYSQL_DATABASE'
  | 'MYSQL_USER'
  | 'SSL_CERTIFICATE'
  | 'TRAFFIC_GB'
  | 'WEB_SITE';

/** How much of a resource an account may have and has. */
export type ResourceLimit = {
  __typename?: 'ResourceLimit';
  kind: ResourceKind;
  /** null: no limit; 0: not included in the plan. */
  limit: Maybe<Scalars['Int']['output']>;
  /** How many the account has now (counted kinds); null for metered kinds. */
  used: Maybe<Scalars['Int']['output']>;
};

/** A DNS resource record. Managed ones (the apex NS records, name server addresses) belong to the panel and cannot be changed. */
export type ResourceRecord = {
  __typename?: 'ResourceRecord';
  createdAt: Scalars['DateTimeISO']['output'];
  /** CAA flags (0, or 128 for critical). */
  flags: Maybe<Scalars['Int']['output']>;
  /** The record’s full name, e.g. www.example.com. */
  fqdn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for records the panel keeps itself (apex NS, name server addresses); they cannot be edited. */
  managed: Scalars['Boolean']['output'];
  /** Owner name relative to the zone: @ for the zone’s apex, else labels such as www or _dmarc. */
  name: Scalars['String']['output'];
  /** SRV port. */
  port: Maybe<Scalars['Int']['output']>;
  /** MX preference or SRV priority. */
  priority: Maybe<Scalars['Int']['output']>;
  /** CAA tag: issue, issuewild or iodef. */
  tag: Maybe<Scalars['String']['output']>;
  /** CNAME, MX, NS, SRV: the host the record points at as a full name with its final dot, as the zone serves it (e.g. "mx0.example.com."); null for other types. */
  target: Maybe<Scalars['String']['output']>;
  /** Time to live in seconds. */
  ttl: Scalars['Int']['output'];
  type: RecordType;
  /** A/AAAA: the address. CNAME/MX/NS/SRV: the target host, a full name without the final dot (see target). TXT: the text. CAA: the value. */
  value: Scalars['String']['output'];
  /** SRV weight. */
  weight: Maybe<Scalars['Int']['output']>;
};

/** What a re-sync found on a logical server, and what it queued. */
export type ResyncReport = {
  __typename?: 'ResyncReport';
  checkedAt: Scalars['DateTimeISO']['output'];
  /** What the server holds, but not as the panel writes it; queued again. */
  different: Array<Scalars['String']['output']>;
  /** What the server should hold and does not; queued again. */
  missing: Array<Scalars['String']['output']>;
  /** Tasks queued to repair the missing and the different. */
  queued: Scalars['Int']['output'];
  /** What the server holds that the panel does not know; left alone. */
  unknown: Array<Scalars['String']['output']>;
};

/** What a user is: the master admin of the hosting company, a reseller admin, a support staff login of a company (tickets, knowledge base, custom jobs only), or an end user (customer). */
export type Role =
  | 'END_USER'
  | 'MASTER_ADMIN'
  | 'RESELLER_ADMIN'
  | 'SUPPORT_STAFF';

/** Save a card for an account: the billing run charges it for invoices. */
export type SaveCardInput = {
  /** Default: your active account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  card: CardInput;
  gatewayId: Scalars['ID']['input'];
};

/** A card saved at a gateway for an account: brand, last four digits and expiry. The number is never stored. */
export type SavedCard = {
  __typename?: 'SavedCard';
  brand: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  expMonth: Scalars['Int']['output'];
  expYear: Scalars['Int']['output'];
  gatewayId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  last4: Scalars['String']['output'];
};

/** The second factor of a sign-in whose password was right: exactly one of these. */
export type SecondFactorInput = {
  /** The six digits your authenticator app shows. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The AuthenticationResponseJSON of navigator.credentials.get() for secondFactorPasskeyOptions, as JSON text. */
  passkey?: InputMaybe<Scalars['String']['input']>;
  /** One of your recovery codes (used up by signing in). */
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};

/** A way to give the second factor at sign-in: a code of an authenticator app, a recovery code, a passkey. */
export type SecondFactorMethod =
  | 'PASSKEY'
  | 'RECOVERY_CODE'
  | 'TOTP';

/** Logical servers of one kind; new account resources are placed on one member by its policy. */
export type ServerGroup = {
  __typename?: 'ServerGroup';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Placement for this kind uses the default group (one per kind) until plans choose groups. */
  isDefault: Scalars['Boolean']['output'];
  kind: ServerKind;
  /** The logical servers in this group, by name. */
  members: Array<LogicalServer>;
  name: Scalars['String']['output'];
  policy: PlacementPolicy;
};

/** A new server group. */
export type ServerGroupInput = {
  /** Make it the default group of its kind (the previous default stops being one). */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its members must be logical servers of this kind. */
  kind: ServerKind;
  /** Unique name: 1–64 lowercase letters, digits, dots and dashes, starting with a letter or digit. */
  name: Scalars['String']['input'];
  /** RANDOM when omitted. */
  policy?: InputMaybe<PlacementPolicy>;
};

/** UNKNOWN: not checked yet. UP: answers, its services run with a valid configuration and disk to spare. DEGRADED: answers, but a service is down, its configuration invalid or its disk nearly full. DOWN: does not answer; placement skips its logical servers. */
export type ServerHealth =
  | 'DEGRADED'
  | 'DOWN'
  | 'UNKNOWN'
  | 'UP';

/** The service a logical server provides: web, mail, DNS, MySQL, PostgreSQL, or the control panel itself. */
export type ServerKind =
  | 'CP'
  | 'DNS'
  | 'MAIL'
  | 'MYSQL'
  | 'PGSQL'
  | 'WEB';

/** What a logical server carries now, for the admin pages and for placement. */
export type ServerLoad = {
  __typename?: 'ServerLoad';
  /** Accounts placed on this server (of any reseller). */
  accounts: Scalars['Int']['output'];
  /** MySQL databases on this server. */
  databases: Scalars['Int']['output'];
  /** Disk used, in bytes, as the server last reported it (sum of its databases’ sizes). */
  diskBytes: Scalars['Float']['output'];
  /** Tasks running on this server right now. */
  runningTasks: Scalars['Int']['output'];
};

/** Operating system of a physical server. */
export type ServerOs =
  | 'FREEBSD'
  | 'LINUX'
  | 'WINDOWS';

/** LOCAL: the panel’s own machine; drivers run in the panel’s process. SSH: another machine; drivers run in the Heliosphere agent, which the machine’s SSH daemon starts for the panel’s key (that key may run nothing else). */
export type ServerTransport =
  | 'LOCAL'
  | 'SSH';

/** The master gives a reseller a reseller plan. The first time, its subscription account is opened in the master’s company for a billing customer: an existing one (billingUserId) or a new login (billingLogin, billingEmail, billingPassword). */
export type SetResellerPlanInput = {
  billingEmail?: InputMaybe<Scalars['String']['input']>;
  /** A new customer login at the master’s panel for the reseller. */
  billingLogin?: InputMaybe<Scalars['String']['input']>;
  /** The new login’s password; omitted: none usable until an admin sets one. */
  billingPassword?: InputMaybe<Scalars['String']['input']>;
  /** An end user of the master’s company who pays for the reseller. */
  billingUserId?: InputMaybe<Scalars['ID']['input']>;
  /** One of the plan’s billing periods. */
  periodMonths: Scalars['Int']['input'];
  /** A reseller plan of the master’s company. */
  planId: Scalars['ID']['input'];
  resellerId: Scalars['ID']['input'];
};

/** First-run setup: the hosting company and its master admin. */
export type SetupInput = {
  /** Your hosting company’s name. */
  companyName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Master admin login (3–32 characters: letters, digits, . _ -). */
  login: Scalars['String']['input'];
  /** At least 8 characters. */
  password: Scalars['String']['input'];
};

/** The public signup form: plan and period, login, and billing profile. */
export type SignupInput = {
  /** Default: the profile’s name. */
  accountName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
  periodMonths: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  profile: BillingProfileInput;
};

/** FILES: every server writes what it would apply under the data folder (nothing else installed). REAL: NGINX for web (/etc/nginx/heliosphere, web root /var/www/heliosphere), BIND for DNS (/etc/bind/heliosphere/ns1 and ns2), MARIADB for MySQL (root at 127.0.0.1); mail stays FILES. */
export type SingleMachineDrivers =
  | 'FILES'
  | 'REAL';

/** The usual layout on the panel’s own machine, made in one step. */
export type SingleMachineInput = {
  /** The machine’s IP address: the web server’s shared address and the name servers’ address. */
  address: Scalars['String']['input'];
  drivers: SingleMachineDrivers;
  /** The company’s service domain (third-level and instant-access names, name servers), e.g. example-host.com. */
  serviceDomain: Scalars['String']['input'];
};

/** A site’s HTTPS switches; they apply to the names a certificate covers. */
export type SiteHttpsInput = {
  /** Send Strict-Transport-Security (one year) on HTTPS answers: browsers then use HTTPS only. */
  hsts: Scalars['Boolean']['input'];
  /** Redirect plain HTTP to HTTPS (ACME challenges excepted). */
  redirect: Scalars['Boolean']['input'];
};

/** A move of an account’s sites to another web server, as queued. */
export type SiteMove = {
  __typename?: 'SiteMove';
  accountId: Scalars['ID']['output'];
  /** The server the sites leave. */
  from: Scalars['String']['output'];
  /** Sites queued to move (one task each on the new server). */
  sites: Scalars['Int']['output'];
  /** The server they go to. */
  to: Scalars['String']['output'];
};

/** Panel layout: a left side menu with a quick-access page, no menu (icons on the home page), or EXPressia (horizontal navigation bar with drop-downs). */
export type Skin =
  | 'EXPRESSIA'
  | 'LEFT_MENU'
  | 'NO_MENU';

/** The company’s rules for its customers’ certificates. */
export type SslPolicyView = {
  __typename?: 'SslPolicyView';
  /** A site’s certificate needs its account to hold a dedicated IP address (as H-Sphere required before SNI); off: certificates share addresses by SNI. */
  requireDedicatedIp: Scalars['Boolean']['output'];
};

/** An admin of the company, who answers tickets. */
export type StaffMember = {
  __typename?: 'StaffMember';
  id: Scalars['ID']['output'];
  login: Scalars['String']['output'];
};

/** A page of the support queue: open tickets by what is due, overdue first. */
export type SupportQueueConnection = {
  __typename?: 'SupportQueueConnection';
  /** The tickets of this page. */
  nodes: Array<Ticket>;
  /** How many tickets match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A priority’s targets, in minutes from opening. */
export type SupportTargetInput = {
  /** Minutes until the first answer is due. */
  firstResponseMinutes: Scalars['Int']['input'];
  priority: TicketPriority;
  /** Minutes until the ticket should be resolved. */
  resolutionMinutes: Scalars['Int']['input'];
};

/** A priority’s targets, in minutes from opening (the company’s, else the defaults). */
export type SupportTargetView = {
  __typename?: 'SupportTargetView';
  firstResponseMinutes: Scalars['Int']['output'];
  priority: TicketPriority;
  resolutionMinutes: Scalars['Int']['output'];
};

/** A change to a real server, run by the task engine: state, attempts, last error. */
export type Task = {
  __typename?: 'Task';
  /** The account the change is for. */
  account: Maybe<Account>;
  /** Attempts started so far (a retry by an admin starts again from 0). */
  attempts: Scalars['Int']['output'];
  /** When the task was queued. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it ended: DONE, FAILED or CANCELLED. */
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The task number shown in Events and processes. */
  id: Scalars['ID']['output'];
  /** What the task does, e.g. "mysql.createDatabase". */
  kind: Scalars['String']['output'];
  /** Error of the last failed attempt. */
  lastError: Maybe<Scalars['String']['output']>;
  /** Attempts before the task is FAILED for good. */
  maxAttempts: Scalars['Int']['output'];
  /** Not run before this time (retry backoff). */
  runAfter: Scalars['DateTimeISO']['output'];
  /** The server the task changes. */
  server: Maybe<LogicalServer>;
  /** When its latest attempt started. */
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the task is in its life: queued, running, done, failed or cancelled. */
  state: TaskState;
  /** What it acts on, for people: e.g. "database a12_shop". */
  subject: Scalars['String']['output'];
};

/** A page of Task items. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The items of this page. */
  nodes: Array<Task>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** QUEUED: waiting (or waiting to retry). RUNNING: a worker holds its lease. DONE. FAILED: out of attempts; an admin may retry. CANCELLED by an admin. */
export type TaskState =
  | 'CANCELLED'
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** The tax on an amount at a company’s rate in force today. */
export type TaxQuote = {
  __typename?: 'TaxQuote';
  amount: Money;
  /** As printed on invoices, e.g. "VAT". */
  name: Scalars['String']['output'];
  /** The rate in percent, e.g. "19" or "7.5". */
  percent: Scalars['String']['output'];
};

/** A tax rate of the company from a date on; invoices take the rate in force when issued. */
export type TaxRate = {
  __typename?: 'TaxRate';
  id: Scalars['ID']['output'];
  /** As printed on invoices, e.g. "VAT". */
  name: Scalars['String']['output'];
  /** The rate in percent, e.g. "19" or "7.5". */
  ratePercent: Scalars['String']['output'];
  validFrom: Scalars['DateTimeISO']['output'];
};

/** A tax rate from a date on. */
export type TaxRateInput = {
  name: Scalars['String']['input'];
  /** Percent, e.g. "19" or "7.5"; "0" turns tax off from the date. */
  ratePercent: Scalars['String']['input'];
  validFrom: Scalars['DateTimeISO']['input'];
};

/** A theme as the panel applies it. */
export type Theme = {
  __typename?: 'Theme';
  cssVariables: Array<CssVariable>;
  /** True when this is the company’s unpublished draft (preview). */
  draft: Scalars['Boolean']['output'];
  /** Path of the favicon on this panel. */
  faviconUrl: Scalars['String']['output'];
  /** Path of the logo on this panel, or null. */
  logoUrl: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  settings: BrandSettings;
  /** The published version; null for a draft or the built-in default. */
  version: Maybe<Scalars['Int']['output']>;
};

/** A support ticket: a customer’s question to their hosting company and its thread. */
export type Ticket = {
  __typename?: 'Ticket';
  accountId: Scalars['ID']['output'];
  /** The admin answering it (shown to the staff; null for customers). */
  assignee: Maybe<StaffMember>;
  category: TicketCategory;
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The MySQL database it is about. */
  databaseId: Maybe<Scalars['ID']['output']>;
  /** The domain it is about. */
  domainId: Maybe<Scalars['ID']['output']>;
  /** What the staff owe next: the first answer until given, then the resolution; null when closed. */
  dueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the staff first answered. */
  firstRespondedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the first answer is due (the priority’s target from opening). */
  firstResponseDueAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The invoice it is about. */
  invoiceId: Maybe<Scalars['ID']['output']>;
  /** When the last message was written. */
  lastMessageAt: Scalars['DateTimeISO']['output'];
  /** The ticket it was merged into (it is closed). */
  mergedIntoId: Maybe<Scalars['ID']['output']>;
  /** The thread, oldest first (its first 500 messages); a customer never sees a staff note. */
  messages: Array<TicketMessage>;
  /** The number people quote, counted per company (#1, #2…). */
  number: Scalars['Int']['output'];
  /** Whether what the staff owe next is late. */
  overdue: Scalars['Boolean']['output'];
  priority: TicketPriority;
  /** When it should be resolved (the priority’s target from opening). */
  resolutionDueAt: Scalars['DateTimeISO']['output'];
  state: TicketState;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A file attached to a ticket message (download it with `ticketAttachment`). */
export type TicketAttachment = {
  __typename?: 'TicketAttachment';
  /** Its type, as read from its content (not from its name). */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The file name as uploaded (cleaned). */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
};

/** A file to attach: its name and its bytes in base64 (limits: see the field errors). */
export type TicketAttachmentInput = {
  /** The file, base64. Its type is read from its content: pictures, PDF, ZIP or plain text. */
  data: Scalars['String']['input'];
  /** The file’s name (shown, and offered when downloading). */
  fileName: Scalars['String']['input'];
};

/** Billing, technical, sales, abuse or other. */
export type TicketCategory =
  | 'ABUSE'
  | 'BILLING'
  | 'OTHER'
  | 'SALES'
  | 'TECHNICAL';

/** A page of Ticket items. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The items of this page. */
  nodes: Array<Ticket>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A message of a ticket’s thread. */
export type TicketMessage = {
  __typename?: 'TicketMessage';
  attachments: Array<TicketAttachment>;
  /** Who wrote it (their login when written). */
  authorName: Scalars['String']['output'];
  /** The text, plain (never rendered as HTML). */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Written by the company’s staff (else by the customer). */
  fromStaff: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** A staff note: never shown nor mailed to the customer. */
  internal: Scalars['Boolean']['output'];
  /** Came in by e-mail (a reply to a ticket’s mail). */
  viaMail: Scalars['Boolean']['output'];
};

/** How soon it needs an answer; each has its own targets (first answer, resolution). */
export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** A message added to a ticket. */
export type TicketReplyInput = {
  attachments?: InputMaybe<Array<TicketAttachmentInput>>;
  /** The text, plain. */
  body: Scalars['String']['input'];
  /** A staff note: never shown nor mailed to the customer (staff only). */
  internal?: Scalars['Boolean']['input'];
};

/** OPEN: new, not answered yet; WAITING_FOR_STAFF: the customer wrote last; WAITING_FOR_CUSTOMER: the staff answered; CLOSED (a customer reply reopens it). */
export type TicketState =
  | 'CLOSED'
  | 'OPEN'
  | 'WAITING_FOR_CUSTOMER'
  | 'WAITING_FOR_STAFF';

/** A new authenticator app to confirm: scan the address as a QR code, or type the secret. */
export type TotpEnrolment = {
  __typename?: 'TotpEnrolment';
  /** The otpauth:// address the QR code carries. */
  otpauthUri: Scalars['String']['output'];
  /** The base32 secret, for typing into the app by hand. Shown once. */
  secret: Scalars['String']['output'];
};

/** Proof it is you: your password, or a code of your app (or a recovery code). One of them. */
export type TwoFactorProofInput = {
  /** Six digits of your app, or a recovery code. */
  code?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
};

/** Your two-factor sign-in: what is set up, and whether your company requires it of you. */
export type TwoFactorState = {
  __typename?: 'TwoFactorState';
  /** Your company requires its admins to use two-factor sign-in and you have not set it up: nothing else is allowed until you do. */
  enrolmentRequired: Scalars['Boolean']['output'];
  /** The ways you can give a second factor at sign-in; empty: none is asked. */
  methods: Array<SecondFactorMethod>;
  /** Your passkeys, oldest first; at most 20. */
  passkeys: Array<Passkey>;
  /** Unused recovery codes left. */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** An authenticator app (TOTP) is set up and asked for at sign-in. */
  totpEnabled: Scalars['Boolean']['output'];
};

/** Changes to a logical server: omitted fields stay as they are; null clears an optional setting. */
export type UpdateLogicalServerInput = {
  /** True removes the stored password. */
  clearPassword?: InputMaybe<Scalars['Boolean']['input']>;
  configDir?: InputMaybe<Scalars['String']['input']>;
  controlCommand?: InputMaybe<Scalars['String']['input']>;
  dnsRole?: InputMaybe<Scalars['String']['input']>;
  driver?: InputMaybe<DriverName>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** null takes the server out of its group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
  /** Only while nothing is placed on the server. */
  kind?: InputMaybe<ServerKind>;
  maxAccounts?: InputMaybe<Scalars['Int']['input']>;
  maxDiskMb?: InputMaybe<Scalars['Int']['input']>;
  maxTasks?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameServer?: InputMaybe<Scalars['String']['input']>;
  /** Sets a new password (1–200 characters). */
  password?: InputMaybe<Scalars['String']['input']>;
  physicalId?: InputMaybe<Scalars['ID']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  tlsPort?: InputMaybe<Scalars['Int']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
  userHost?: InputMaybe<Scalars['String']['input']>;
  webRoot?: InputMaybe<Scalars['String']['input']>;
};

/** What the master admin changes of a reseller; omitted fields stay as they are. */
export type UpdateResellerInput = {
  /** Postal address; line breaks allowed. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Host name of its control panel (links in mail use it). */
  cpHost?: InputMaybe<Scalars['String']['input']>;
  /** Other host names its panel answers on (at most 10); given, they replace the list. */
  cpHostAliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Registered company name, for invoices. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  supportEmail?: InputMaybe<Scalars['String']['input']>;
  supportPhone?: InputMaybe<Scalars['String']['input']>;
  /** VAT or tax number. */
  taxId?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a server group; omitted fields stay as they are. Its kind cannot change. */
export type UpdateServerGroupInput = {
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  policy?: InputMaybe<PlacementPolicy>;
};

/** Changes to a webhook: the fields given are changed, the others kept. */
export type UpdateWebhookInput = {
  /** A note for the people who keep it (up to 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Deliver events to it. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The events it is told about (at least one). */
  events?: InputMaybe<Array<WebhookEventType>>;
  /** A new URL (the same rules as on creation). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A usage measurement. */
export type UsageInput = {
  accountId: Scalars['ID']['input'];
  kind: ResourceKind;
  /** MB of disk, GB of traffic since the last record, or a count. */
  quantity: Scalars['Int']['input'];
  /** Default: now. */
  recordedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** One calendar month (UTC) of use: of one account, or of an admin’s whole company. Months with nothing recorded have zeros. */
export type UsageMonth = {
  __typename?: 'UsageMonth';
  /** A company: accounts opened in the month; null for one account. */
  accountsOpened: Maybe<Scalars['Int']['output']>;
  /** Disk in MB: the month’s peak measure (a company: the sum of its accounts’ peaks). */
  diskMb: Scalars['Int']['output'];
  /** The month, as YYYY-MM. */
  month: Scalars['String']['output'];
  /** A company: money received in the month (payments less refunds, in the company’s currency); null for one account. */
  revenue: Maybe<Money>;
  /** Traffic in GB measured in the month. */
  trafficGb: Scalars['Int']['output'];
};

/** A usage measurement: disk MB, traffic GB, or a count, at a moment. */
export type UsageRecord = {
  __typename?: 'UsageRecord';
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  /** The measured quantity, as a decimal string. */
  quantity: Scalars['String']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
};

/** A login: one person who signs in. An end user owns one or more accounts. */
export type User = {
  __typename?: 'User';
  /** The accounts this user owns. */
  accounts: Array<Account>;
  /** When the user was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set while the login is disabled (a support staff login that left): it cannot sign in. */
  disabledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Contact e-mail address. */
  email: Scalars['String']['output'];
  /** When the e-mail address was verified (its mailed link used); null until then. */
  emailVerifiedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Numeric user ID. */
  id: Scalars['ID']['output'];
  /** Login name, unique within the reseller; lower case. */
  login: Scalars['String']['output'];
  /** The hosting company the user belongs to. */
  reseller: Reseller;
  /** Master admin, reseller admin, support staff or end user. */
  role: Role;
  /** Signs in with a second factor (an authenticator app or a passkey). */
  twoFactorEnabled: Scalars['Boolean']['output'];
};

/** A page of User items. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page. */
  nodes: Array<User>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The signed-in user, with the account their panel is showing. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Every account this user owns (the account switcher). */
  accounts: Array<Account>;
  /** The account the panel is working on; switch with `switchAccount`. */
  activeAccount: Maybe<Account>;
  /** Set when an admin is signed in as this user (show a banner with the way back). */
  impersonator: Maybe<Impersonator>;
  preferences: Preferences;
  /** The hosting company the user belongs to. */
  reseller: Reseller;
  role: Role;
  /** Your two-factor sign-in. */
  twoFactor: TwoFactorState;
  user: User;
};

/** A web site: a server block for its host names and a document root on the account’s web server. */
export type WebSite = {
  __typename?: 'WebSite';
  /** The site’s installed certificate, else its pending signing request. */
  certificate: Maybe<Certificate>;
  /** A signing request made for the site and not answered yet (its signed certificate is uploaded without a key). */
  certificateRequest: Maybe<Certificate>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Folder of the site inside the account’s home. */
  directory: Scalars['String']['output'];
  /** Absolute document root on the web server, once the site exists. */
  documentRoot: Maybe<Scalars['String']['output']>;
  /** HTTPS answers tell browsers to use HTTPS only for this host for a year (Strict-Transport-Security: max-age=31536000). */
  hsts: Scalars['Boolean']['output'];
  /** Plain HTTP answers with a permanent redirect to HTTPS, for the names a certificate covers (the others keep being served on HTTP). */
  httpsRedirect: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Host names the site answers to; empty for web space without a domain. */
  serverNames: Array<Scalars['String']['output']>;
  state: ProvisionState;
};

/** A URL told about events, each delivery signed with the webhook’s secret. */
export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTimeISO']['output'];
  /** A note for the people who keep it. */
  description: Scalars['String']['output'];
  /** Off: events are not delivered to it (a test event still is). */
  enabled: Scalars['Boolean']['output'];
  /** The events it is told about. */
  events: Array<WebhookEventType>;
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where deliveries are POSTed (http or https). */
  url: Scalars['String']['output'];
};

/** One attempt to deliver an event to a webhook, and how it went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Which attempt this was (1 for the first). */
  attempt: Scalars['Int']['output'];
  /** When the attempt was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Milliseconds from connecting to the answer (or the failure). */
  durationMs: Scalars['Int']['output'];
  /** Why the attempt failed without an answer (refused target, timeout, connection error). */
  error: Maybe<Scalars['String']['output']>;
  /** The event’s ID (its payload’s `id`): the same on every attempt. */
  eventId: Scalars['String']['output'];
  /** The event’s type, e.g. "invoice.paid" ("webhook.test" for a test event). */
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The receiver answered 2xx. */
  ok: Scalars['Boolean']['output'];
  /** The start of the receiver’s answer (at most 500 characters). */
  response: Maybe<Scalars['String']['output']>;
  /** The HTTP status the receiver answered; null when none came. */
  statusCode: Maybe<Scalars['Int']['output']>;
};

/** A page of WebhookDelivery items. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page. */
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
  /** How many items match, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An event a webhook can subscribe to; its payload’s `type` is the dotted name (ACCOUNT_CREATED: "account.created"). ACCOUNT_CREATED, ACCOUNT_SUSPENDED, ACCOUNT_RESUMED: an account’s life. DOMAIN_ACTIVE: a domain’s zone and site are in place. INVOICE_ISSUED, INVOICE_PAID. PAYMENT_FAILED: a card charge was declined or failed. TICKET_REPLIED: the company’s staff answered a support ticket. */
export type WebhookEventType =
  | 'ACCOUNT_CREATED'
  | 'ACCOUNT_RESUMED'
  | 'ACCOUNT_SUSPENDED'
  | 'DOMAIN_ACTIVE'
  | 'INVOICE_ISSUED'
  | 'INVOICE_PAID'
  | 'PAYMENT_FAILED'
  | 'TICKET_REPLIED';

/** The master’s rules for where webhooks may be sent. */
export type WebhookPolicyView = {
  __typename?: 'WebhookPolicyView';
  /** Webhooks may target private, loopback and link-local addresses (off: such URLs are refused when saved and when sent). */
  allowPrivateTargets: Scalars['Boolean']['output'];
};

/** A test event queued for delivery; its attempt appears in the webhook’s delivery log. */
export type WebhookTestEvent = {
  __typename?: 'WebhookTestEvent';
  /** The test event’s ID, as its delivery log rows show it. */
  eventId: Scalars['String']['output'];
};

/** A webhook with its signing secret, shown once: when it is created or its secret rotated. */
export type WebhookWithSecret = {
  __typename?: 'WebhookWithSecret';
  /** The secret the `x-heliosphere-signature` header is made with: HMAC-SHA256 over "<t>.<body>", sent as "t=<t>,v1=<hex>". */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

/** A DNS zone: served by a primary name server and transferred to a secondary one. */
export type Zone = {
  __typename?: 'Zone';
  /** When its records last changed. */
  changedAt: Scalars['DateTimeISO']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** ASCII (punycode) name, lowercase, without the final dot. */
  name: Scalars['String']['output'];
  /** SOA serial, YYYYMMDDnn; raised on every change. */
  serial: Scalars['Int']['output'];
  state: ProvisionState;
};

/** A line of a zone file the import did not turn into a record. */
export type ZoneImportLine = {
  __typename?: 'ZoneImportLine';
  /** 1-based line number in the pasted text (the first line of a parenthesized entry). */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** What a zone file import did: the records it added, the lines it skipped (the panel keeps SOA and apex NS itself) and the lines it refused, with reasons. */
export type ZoneImportResult = {
  __typename?: 'ZoneImportResult';
  added: Array<ResourceRecord>;
  rejected: Array<ZoneImportLine>;
  skipped: Array<ZoneImportLine>;
};

/** A move of an account’s zones from one name server to another, as queued. */
export type ZoneMove = {
  __typename?: 'ZoneMove';
  accountId: Scalars['ID']['output'];
  /** The server the zones leave (it serves them until the grace time ends). */
  from: Scalars['String']['output'];
  /** The name server the customer now sets at the registrar instead of `was`. */
  nameServer: Scalars['String']['output'];
  /** The server that takes its place. */
  to: Scalars['String']['output'];
  /** When the old server stops serving the zones. */
  until: Scalars['DateTimeISO']['output'];
  /** The name server it replaces in the zones’ NS records. */
  was: Scalars['String']['output'];
  /** Zones moved. */
  zones: Scalars['Int']['output'];
};

export type PublishPreviewedDraftMutationVariables = Exact<{ [key: string]: never; }>;


export type PublishPreviewedDraftMutation = { __typename?: 'Mutation', publishBrandDraft: { __typename?: 'BrandEditor', published: { __typename?: 'Theme', name: string, version: number | null } } };

export type MoneyFieldsFragment = { __typename?: 'Money', amount: string, minorUnits: string, currency: string };

export type AccountsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AccountStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type AccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Account', id: string, name: string, status: AccountStatus, suspendedReason: string | null, createdAt: string, owner: { __typename?: 'User', id: string, login: string } }> } };

export type SuspendAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SuspendAccountMutation = { __typename?: 'Mutation', suspendAccount: { __typename?: 'Account', id: string, status: AccountStatus, suspendedReason: string | null } };

export type ResumeAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResumeAccountMutation = { __typename?: 'Mutation', resumeAccount: { __typename?: 'Account', id: string, status: AccountStatus, suspendedReason: string | null } };

export type MovePlacementFieldsFragment = { __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, group: { __typename?: 'ServerGroup', id: string, name: string } | null };

export type AccountMoveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountMoveQuery = { __typename?: 'Query', account: { __typename?: 'Account', id: string, servers: Array<{ __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, group: { __typename?: 'ServerGroup', id: string, name: string } | null }>, zoneServers: Array<{ __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, group: { __typename?: 'ServerGroup', id: string, name: string } | null }> }, logicalServers: Array<{ __typename?: 'LogicalServer', enabled: boolean, id: string, name: string, kind: ServerKind, driver: DriverName, physical: { __typename?: 'PhysicalServer', name: string, health: ServerHealth }, group: { __typename?: 'ServerGroup', id: string, name: string } | null }> };

export type MoveAccountSitesMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  toServerId: Scalars['ID']['input'];
}>;


export type MoveAccountSitesMutation = { __typename?: 'Mutation', moveAccountSites: { __typename?: 'SiteMove', accountId: string, from: string, to: string, sites: number } };

export type MoveAccountZonesMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  fromServerId: Scalars['ID']['input'];
  toServerId: Scalars['ID']['input'];
}>;


export type MoveAccountZonesMutation = { __typename?: 'Mutation', moveAccountZones: { __typename?: 'ZoneMove', accountId: string, from: string, to: string, zones: number, nameServer: string, was: string, until: string } };

export type MoveAccountDatabasesMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  toServerId: Scalars['ID']['input'];
}>;


export type MoveAccountDatabasesMutation = { __typename?: 'Mutation', moveAccountDatabases: { __typename?: 'DatabaseMove', accountId: string, from: string, to: string, databases: number, users: number } };

export type SetupMutationVariables = Exact<{
  input: SetupInput;
}>;


export type SetupMutation = { __typename?: 'Mutation', setup: { __typename?: 'Viewer', role: Role } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Viewer', role: Role } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordWithLinkInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailMutation = { __typename?: 'Mutation', verifyEmail: boolean };

export type LedgerEntryFieldsFragment = { __typename?: 'LedgerEntry', id: string, accountId: string, kind: LedgerKind, description: string, reference: string | null, currency: string, createdAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } };

export type AccountBalanceQueryVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AccountBalanceQuery = { __typename?: 'Query', accountBalance: { __typename?: 'AccountBalanceView', accountId: string, version: number, balance: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type LedgerEntriesQueryVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<LedgerKind>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerEntriesQuery = { __typename?: 'Query', ledgerEntries: { __typename?: 'LedgerEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'LedgerEntry', id: string, accountId: string, kind: LedgerKind, description: string, reference: string | null, currency: string, createdAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type LedgerCsvQueryVariables = Exact<{
  kind?: InputMaybe<LedgerKind>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerCsvQuery = { __typename?: 'Query', ledgerCsv: string };

export type BillingAccountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BillingAccountQuery = { __typename?: 'Query', account: { __typename?: 'Account', id: string, name: string, status: AccountStatus, owner: { __typename?: 'User', id: string, login: string } } };

export type RecordPaymentMutationVariables = Exact<{
  input: MoneyActionInput;
}>;


export type RecordPaymentMutation = { __typename?: 'Mutation', recordPayment: { __typename?: 'LedgerEntry', id: string, accountId: string, kind: LedgerKind, description: string, reference: string | null, currency: string, createdAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type AddCreditMutationVariables = Exact<{
  input: MoneyActionInput;
}>;


export type AddCreditMutation = { __typename?: 'Mutation', addCredit: { __typename?: 'LedgerEntry', id: string, accountId: string, kind: LedgerKind, description: string, reference: string | null, currency: string, createdAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type RefundPaymentMutationVariables = Exact<{
  input: MoneyActionInput;
}>;


export type RefundPaymentMutation = { __typename?: 'Mutation', refundPayment: { __typename?: 'LedgerEntry', id: string, accountId: string, kind: LedgerKind, description: string, reference: string | null, currency: string, createdAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type RefundCardPaymentMutationVariables = Exact<{
  input: RefundCardPaymentInput;
}>;


export type RefundCardPaymentMutation = { __typename?: 'Mutation', refundCardPayment: { __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type ResolveHeldPaymentMutationVariables = Exact<{
  input: ResolveHeldPaymentInput;
}>;


export type ResolveHeldPaymentMutation = { __typename?: 'Mutation', resolveHeldPayment: { __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type SaveCardMutationVariables = Exact<{
  input: SaveCardInput;
}>;


export type SaveCardMutation = { __typename?: 'Mutation', saveCard: { __typename?: 'SavedCard', id: string, brand: string, last4: string, expMonth: number, expYear: number, gatewayId: string, createdAt: string } };

export type RemoveSavedCardMutationVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RemoveSavedCardMutation = { __typename?: 'Mutation', removeSavedCard: { __typename?: 'SavedCard', id: string } | null };

export type BrandSettingsFieldsFragment = { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> };

export type BrandEditorFieldsFragment = { __typename?: 'BrandEditor', draftUpdatedAt: string | null, published: { __typename?: 'Theme', name: string, version: number | null, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } }, draft: { __typename?: 'Theme', name: string, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } } | null, versions: Array<{ __typename?: 'BrandVersionInfo', number: number, name: string, publishedAt: string, publishedBy: string, current: boolean }> };

export type BrandEditorQueryVariables = Exact<{ [key: string]: never; }>;


export type BrandEditorQuery = { __typename?: 'Query', brandEditor: { __typename?: 'BrandEditor', draftUpdatedAt: string | null, published: { __typename?: 'Theme', name: string, version: number | null, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } }, draft: { __typename?: 'Theme', name: string, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } } | null, versions: Array<{ __typename?: 'BrandVersionInfo', number: number, name: string, publishedAt: string, publishedBy: string, current: boolean }> }, brandGallery: Array<{ __typename?: 'GalleryTheme', name: string, description: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } }> };

export type SaveBrandDraftMutationVariables = Exact<{
  input: BrandDraftInput;
}>;


export type SaveBrandDraftMutation = { __typename?: 'Mutation', saveBrandDraft: { __typename?: 'BrandEditor', draftUpdatedAt: string | null, published: { __typename?: 'Theme', name: string, version: number | null, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } }, draft: { __typename?: 'Theme', name: string, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } } | null, versions: Array<{ __typename?: 'BrandVersionInfo', number: number, name: string, publishedAt: string, publishedBy: string, current: boolean }> } };

export type DiscardBrandDraftMutationVariables = Exact<{ [key: string]: never; }>;


export type DiscardBrandDraftMutation = { __typename?: 'Mutation', discardBrandDraft: { __typename?: 'BrandEditor', draftUpdatedAt: string | null, published: { __typename?: 'Theme', name: string, version: number | null, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } }, draft: { __typename?: 'Theme', name: string, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } } | null, versions: Array<{ __typename?: 'BrandVersionInfo', number: number, name: string, publishedAt: string, publishedBy: string, current: boolean }> } };

export type PublishBrandDraftMutationVariables = Exact<{ [key: string]: never; }>;


export type PublishBrandDraftMutation = { __typename?: 'Mutation', publishBrandDraft: { __typename?: 'BrandEditor', draftUpdatedAt: string | null, published: { __typename?: 'Theme', name: string, version: number | null, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } }, draft: { __typename?: 'Theme', name: string, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } } | null, versions: Array<{ __typename?: 'BrandVersionInfo', number: number, name: string, publishedAt: string, publishedBy: string, current: boolean }> } };

export type RollbackBrandMutationVariables = Exact<{
  version: Scalars['Int']['input'];
}>;


export type RollbackBrandMutation = { __typename?: 'Mutation', rollbackBrand: { __typename?: 'BrandEditor', draftUpdatedAt: string | null, published: { __typename?: 'Theme', name: string, version: number | null, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } }, draft: { __typename?: 'Theme', name: string, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } } | null, versions: Array<{ __typename?: 'BrandVersionInfo', number: number, name: string, publishedAt: string, publishedBy: string, current: boolean }> } };

export type ImportBrandMutationVariables = Exact<{
  file: Scalars['String']['input'];
}>;


export type ImportBrandMutation = { __typename?: 'Mutation', importBrand: { __typename?: 'BrandEditor', draftUpdatedAt: string | null, published: { __typename?: 'Theme', name: string, version: number | null, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } }, draft: { __typename?: 'Theme', name: string, logoUrl: string | null, faviconUrl: string, settings: { __typename?: 'BrandSettings', radius: BrandRadius, density: BrandDensity, defaultSkin: Skin, defaultTextOnly: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, defaultLanguage: Language, logo: string | null, favicon: string | null, palette: { __typename?: 'BrandPalette', primary: string, accent: string, neutral: string, success: string, warning: string, danger: string }, texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } } | null, versions: Array<{ __typename?: 'BrandVersionInfo', number: number, name: string, publishedAt: string, publishedBy: string, current: boolean }> } };

export type BrandExportQueryVariables = Exact<{
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BrandExportQuery = { __typename?: 'Query', brandExport: string };

export type UploadBrandImageMutationVariables = Exact<{
  input: BrandImageInput;
}>;


export type UploadBrandImageMutation = { __typename?: 'Mutation', uploadBrandImage: { __typename?: 'BrandImage', hash: string, url: string, width: number, height: number } };

export type AdminCertificatesQueryVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type AdminCertificatesQuery = { __typename?: 'Query', certificates: { __typename?: 'CertificateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, lastError: string | null, names: Array<string>, issuer: string | null, notAfter: string | null, siteId: string | null, accountId: string | null, domainId: string | null }> } };

export type CompanyCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyCertificatesQuery = { __typename?: 'Query', companyCertificates: Array<{ __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string }> };

export type UploadCompanyCertificateMutationVariables = Exact<{
  kind: CertificateKind;
  input: CertificateUploadInput;
}>;


export type UploadCompanyCertificateMutation = { __typename?: 'Mutation', uploadCompanyCertificate: { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string } };

export type AcmeSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AcmeSettingsQuery = { __typename?: 'Query', acmeSettings: { __typename?: 'AcmeSettings', directoryUrl: string, email: string | null, accountUrl: string | null, letsEncrypt: string, letsEncryptStaging: string } };

export type SetAcmeSettingsMutationVariables = Exact<{
  input: AcmeSettingsInput;
}>;


export type SetAcmeSettingsMutation = { __typename?: 'Mutation', setAcmeSettings: { __typename?: 'AcmeSettings', directoryUrl: string, email: string | null, accountUrl: string | null, letsEncrypt: string, letsEncryptStaging: string } };

export type IssueCompanyCertificateMutationVariables = Exact<{
  kind: CertificateKind;
}>;


export type IssueCompanyCertificateMutation = { __typename?: 'Mutation', issueCompanyCertificate: { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string } };

export type SslPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type SslPolicyQuery = { __typename?: 'Query', sslPolicy: { __typename?: 'SslPolicyView', requireDedicatedIp: boolean } };

export type SetSslPolicyMutationVariables = Exact<{
  requireDedicatedIp: Scalars['Boolean']['input'];
}>;


export type SetSslPolicyMutation = { __typename?: 'Mutation', setSslPolicy: { __typename?: 'SslPolicyView', requireDedicatedIp: boolean } };

export type ApiTokenFieldsFragment = { __typename?: 'ApiToken', id: string, name: string, hint: string, status: ApiTokenStatus, expiresAt: string, createdAt: string, lastUsedAt: string | null, lastUsedIp: string | null, revokedAt: string | null, allowedIps: Array<string>, scopes: Array<{ __typename?: 'ApiTokenScope', group: ApiScopeGroup, access: ApiScopeAccess }>, owner: { __typename?: 'User', id: string, login: string } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, hint: string, status: ApiTokenStatus, expiresAt: string, createdAt: string, lastUsedAt: string | null, lastUsedIp: string | null, revokedAt: string | null, allowedIps: Array<string>, scopes: Array<{ __typename?: 'ApiTokenScope', group: ApiScopeGroup, access: ApiScopeAccess }>, owner: { __typename?: 'User', id: string, login: string } }> };

export type CompanyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyApiTokensQuery = { __typename?: 'Query', companyApiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, hint: string, status: ApiTokenStatus, expiresAt: string, createdAt: string, lastUsedAt: string | null, lastUsedIp: string | null, revokedAt: string | null, allowedIps: Array<string>, scopes: Array<{ __typename?: 'ApiTokenScope', group: ApiScopeGroup, access: ApiScopeAccess }>, owner: { __typename?: 'User', id: string, login: string } }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreatedApiToken', secret: string, token: { __typename?: 'ApiToken', id: string, name: string, hint: string, status: ApiTokenStatus, expiresAt: string, createdAt: string, lastUsedAt: string | null, lastUsedIp: string | null, revokedAt: string | null, allowedIps: Array<string>, scopes: Array<{ __typename?: 'ApiTokenScope', group: ApiScopeGroup, access: ApiScopeAccess }>, owner: { __typename?: 'User', id: string, login: string } } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiToken', id: string, name: string, hint: string, status: ApiTokenStatus, expiresAt: string, createdAt: string, lastUsedAt: string | null, lastUsedIp: string | null, revokedAt: string | null, allowedIps: Array<string>, scopes: Array<{ __typename?: 'ApiTokenScope', group: ApiScopeGroup, access: ApiScopeAccess }>, owner: { __typename?: 'User', id: string, login: string } } };

export type DomainListFieldsFragment = { __typename?: 'Domain', id: string, name: string | null, unicodeName: string | null, kind: DomainKind, state: ProvisionState, instantAlias: string | null, nameServers: Array<string>, createdAt: string, site: { __typename?: 'WebSite', id: string, state: ProvisionState } | null };

export type ResourceRecordFieldsFragment = { __typename?: 'ResourceRecord', id: string, name: string, fqdn: string, type: RecordType, ttl: number, value: string, target: string | null, priority: number | null, weight: number | null, port: number | null, flags: number | null, tag: string | null, managed: boolean };

export type DomainsQueryVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DomainsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', reseller: { __typename?: 'Reseller', id: string, serviceDomain: string | null } } | null, domains: Array<{ __typename?: 'Domain', id: string, name: string | null, unicodeName: string | null, kind: DomainKind, state: ProvisionState, instantAlias: string | null, nameServers: Array<string>, createdAt: string, site: { __typename?: 'WebSite', id: string, state: ProvisionState } | null }> };

export type DomainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DomainQuery = { __typename?: 'Query', domain: { __typename?: 'Domain', id: string, name: string | null, unicodeName: string | null, kind: DomainKind, state: ProvisionState, instantAlias: string | null, nameServers: Array<string>, createdAt: string, zone: { __typename?: 'Zone', id: string, name: string, serial: number, state: ProvisionState } | null, site: { __typename?: 'WebSite', id: string, serverNames: Array<string>, documentRoot: string | null, directory: string, state: ProvisionState, httpsRedirect: boolean, hsts: boolean, certificate: { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string } | null, certificateRequest: { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string } | null } | null, records: Array<{ __typename?: 'ResourceRecord', id: string, name: string, fqdn: string, type: RecordType, ttl: number, value: string, target: string | null, priority: number | null, weight: number | null, port: number | null, flags: number | null, tag: string | null, managed: boolean }> } };

export type AddDomainMutationVariables = Exact<{
  input: AddDomainInput;
}>;


export type AddDomainMutation = { __typename?: 'Mutation', addDomain: { __typename?: 'Domain', id: string, name: string | null, unicodeName: string | null, kind: DomainKind, state: ProvisionState, instantAlias: string | null, nameServers: Array<string>, createdAt: string, site: { __typename?: 'WebSite', id: string, state: ProvisionState } | null } };

export type DeleteDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDomainMutation = { __typename?: 'Mutation', deleteDomain: { __typename?: 'Domain', id: string, state: ProvisionState } };

export type AddDnsRecordMutationVariables = Exact<{
  domainId: Scalars['ID']['input'];
  input: DnsRecordInput;
}>;


export type AddDnsRecordMutation = { __typename?: 'Mutation', addDnsRecord: { __typename?: 'ResourceRecord', id: string, name: string, fqdn: string, type: RecordType, ttl: number, value: string, target: string | null, priority: number | null, weight: number | null, port: number | null, flags: number | null, tag: string | null, managed: boolean } };

export type UpdateDnsRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DnsRecordInput;
}>;


export type UpdateDnsRecordMutation = { __typename?: 'Mutation', updateDnsRecord: { __typename?: 'ResourceRecord', id: string, name: string, fqdn: string, type: RecordType, ttl: number, value: string, target: string | null, priority: number | null, weight: number | null, port: number | null, flags: number | null, tag: string | null, managed: boolean } };

export type DeleteDnsRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDnsRecordMutation = { __typename?: 'Mutation', deleteDnsRecord: boolean };

export type ImportZoneFileMutationVariables = Exact<{
  domainId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type ImportZoneFileMutation = { __typename?: 'Mutation', importZoneFile: { __typename?: 'ZoneImportResult', added: Array<{ __typename?: 'ResourceRecord', id: string }>, skipped: Array<{ __typename?: 'ZoneImportLine', line: number, text: string, reason: string }>, rejected: Array<{ __typename?: 'ZoneImportLine', line: number, text: string, reason: string }> } };

export type SiteCertificateFieldsFragment = { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string };

export type UploadSiteCertificateMutationVariables = Exact<{
  siteId: Scalars['ID']['input'];
  input: CertificateUploadInput;
}>;


export type UploadSiteCertificateMutation = { __typename?: 'Mutation', uploadSiteCertificate: { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string } };

export type RequestSiteCertificateMutationVariables = Exact<{
  siteId: Scalars['ID']['input'];
  keyType: KeyType;
}>;


export type RequestSiteCertificateMutation = { __typename?: 'Mutation', requestSiteCertificate: { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string } };

export type DeleteCertificateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCertificateMutation = { __typename?: 'Mutation', deleteCertificate: boolean };

export type IssueSiteCertificateMutationVariables = Exact<{
  siteId: Scalars['ID']['input'];
}>;


export type IssueSiteCertificateMutation = { __typename?: 'Mutation', issueSiteCertificate: { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string } };

export type ReissueCertificateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReissueCertificateMutation = { __typename?: 'Mutation', reissueCertificate: { __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, keyType: KeyType, issuer: string | null, serial: string | null, fingerprint: string | null, notBefore: string | null, notAfter: string | null, certificatePem: string | null, chainPem: string | null, csrPem: string | null, keyUploaded: boolean, siteId: string | null, lastError: string | null, createdAt: string } };

export type SetSiteHttpsMutationVariables = Exact<{
  siteId: Scalars['ID']['input'];
  input: SiteHttpsInput;
}>;


export type SetSiteHttpsMutation = { __typename?: 'Mutation', setSiteHttps: { __typename?: 'WebSite', id: string, httpsRedirect: boolean, hsts: boolean, state: ProvisionState } };

export type CertificatePrivateKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type CertificatePrivateKeyMutation = { __typename?: 'Mutation', certificatePrivateKey: string };

export type CertificateWarningsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type CertificateWarningsQuery = { __typename?: 'Query', certificates: { __typename?: 'CertificateConnection', nodes: Array<{ __typename?: 'Certificate', id: string, kind: CertificateKind, source: CertificateSource, state: CertificateState, names: Array<string>, notAfter: string | null, lastError: string | null, accountId: string | null, domainId: string | null }> } };

export type FirstRunChecklistQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstRunChecklistQuery = { __typename?: 'Query', firstRunChecklist: { __typename?: 'FirstRunChecklist', complete: boolean, empty: boolean, suggestedAddress: string, steps: Array<{ __typename?: 'FirstRunStep', id: FirstRunStepId, done: boolean, have: number, need: number, missing: Array<string>, fixPath: string }> } };

export type SetUpSingleMachineMutationVariables = Exact<{
  input: SingleMachineInput;
}>;


export type SetUpSingleMachineMutation = { __typename?: 'Mutation', setUpSingleMachine: { __typename?: 'FirstRunChecklist', complete: boolean } };

export type OperatorAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorAlertsQuery = { __typename?: 'Query', operatorAlerts: Array<{ __typename?: 'OperatorAlert', id: string, problem: string, message: string, fixPath: string, occurrences: number, lastSeenAt: string }> };

export type DismissOperatorAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DismissOperatorAlertMutation = { __typename?: 'Mutation', dismissOperatorAlert: { __typename?: 'OperatorAlert', id: string, resolvedAt: string | null } };

export type CustomerHomeQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type CustomerHomeQuery = { __typename?: 'Query', account: { __typename?: 'Account', id: string, limits: Array<{ __typename?: 'ResourceLimit', kind: ResourceKind, limit: number | null, used: number | null }> }, accountBalance: { __typename?: 'AccountBalanceView', accountId: string, balance: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }, invoices: { __typename?: 'InvoiceConnection', totalCount: number, nodes: Array<{ __typename?: 'Invoice', id: string, number: number, accountId: string, issuedAt: string, dueAt: string, state: InvoiceState, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> }, domains: Array<{ __typename?: 'Domain', id: string, name: string | null, unicodeName: string | null, kind: DomainKind, state: ProvisionState, nameServers: Array<string> }>, recentTasks: Array<{ __typename?: 'AccountTask', id: string, kind: string, subject: string, state: TaskState, createdAt: string, finishedAt: string | null }> };

export type AdminOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOverviewQuery = { __typename?: 'Query', adminOverview: { __typename?: 'AdminOverview', awaitingModeration: number, overdueAccounts: number, failedTasks: number | null, serversInTrouble: number | null, paymentsLast30Days: number } };

export type UsageHistoryQueryVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
  months: Scalars['Int']['input'];
}>;


export type UsageHistoryQuery = { __typename?: 'Query', usageHistory: Array<{ __typename?: 'UsageMonth', month: string, diskMb: number, trafficGb: number, accountsOpened: number | null, revenue: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null }> };

export type PricedLineFieldsFragment = { __typename?: 'InvoiceLineView', position: number, description: string, quantity: number, periodStart: string | null, periodEnd: string | null, unitPrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } };

export type InvoiceDetailFieldsFragment = { __typename?: 'Invoice', id: string, number: number, state: InvoiceState, accountId: string, currency: string, issuedAt: string, dueAt: string, paidAt: string | null, periodStart: string | null, periodEnd: string | null, taxName: string | null, taxPercent: string | null, html: string, subtotal: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, tax: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amountDue: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, payments: Array<{ __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, lines: Array<{ __typename?: 'InvoiceLineView', position: number, description: string, quantity: number, periodStart: string | null, periodEnd: string | null, unitPrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> };

export type InvoiceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceDetailQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', id: string, number: number, state: InvoiceState, accountId: string, currency: string, issuedAt: string, dueAt: string, paidAt: string | null, periodStart: string | null, periodEnd: string | null, taxName: string | null, taxPercent: string | null, html: string, subtotal: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, tax: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amountDue: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, payments: Array<{ __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, lines: Array<{ __typename?: 'InvoiceLineView', position: number, description: string, quantity: number, periodStart: string | null, periodEnd: string | null, unitPrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type VoidInvoiceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type VoidInvoiceMutation = { __typename?: 'Mutation', voidInvoice: { __typename?: 'Invoice', id: string, number: number, state: InvoiceState, accountId: string, currency: string, issuedAt: string, dueAt: string, paidAt: string | null, periodStart: string | null, periodEnd: string | null, taxName: string | null, taxPercent: string | null, html: string, subtotal: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, tax: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amountDue: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, payments: Array<{ __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, lines: Array<{ __typename?: 'InvoiceLineView', position: number, description: string, quantity: number, periodStart: string | null, periodEnd: string | null, unitPrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type InvoiceListFieldsFragment = { __typename?: 'Invoice', id: string, number: number, accountId: string, issuedAt: string, dueAt: string, state: InvoiceState, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } };

export type AdminInvoicesQueryVariables = Exact<{
  state?: InputMaybe<InvoiceState>;
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type AdminInvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Invoice', id: string, number: number, accountId: string, issuedAt: string, dueAt: string, state: InvoiceState, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type AccountInvoicesQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
  state?: InputMaybe<InvoiceState>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type AccountInvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Invoice', id: string, number: number, accountId: string, issuedAt: string, dueAt: string, state: InvoiceState, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type AccountPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountPlanQuery = { __typename?: 'Query', account: { __typename?: 'Account', id: string, periodMonths: number | null, nextBillingAt: string | null, plan: { __typename?: 'Plan', id: string, name: string } | null } };

export type PayInvoiceMutationVariables = Exact<{
  input: PayInvoiceInput;
}>;


export type PayInvoiceMutation = { __typename?: 'Mutation', payInvoice: { __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type StartRedirectPaymentMutationVariables = Exact<{
  invoiceId: Scalars['ID']['input'];
  gatewayId: Scalars['ID']['input'];
}>;


export type StartRedirectPaymentMutation = { __typename?: 'Mutation', startRedirectPayment: { __typename?: 'RedirectPayment', url: string, payment: { __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } } };

export type JobTypeFieldsFragment = { __typename?: 'JobType', id: string, name: string, description: string, active: boolean, position: number, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } };

export type CustomJobListFieldsFragment = { __typename?: 'CustomJob', id: string, title: string, state: CustomJobState, accountId: string, orderedBy: JobOrderedBy, createdAt: string, updatedAt: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } };

export type JobTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type JobTypesQuery = { __typename?: 'Query', jobTypes: Array<{ __typename?: 'JobType', id: string, name: string, description: string, active: boolean, position: number, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> };

export type CustomJobsQueryVariables = Exact<{
  state?: InputMaybe<CustomJobState>;
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type CustomJobsQuery = { __typename?: 'Query', customJobs: { __typename?: 'CustomJobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'CustomJob', id: string, title: string, state: CustomJobState, accountId: string, orderedBy: JobOrderedBy, createdAt: string, updatedAt: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type CustomJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomJobQuery = { __typename?: 'Query', customJob: { __typename?: 'CustomJob', brief: string, closedAt: string | null, jobTypeId: string | null, id: string, title: string, state: CustomJobState, accountId: string, orderedBy: JobOrderedBy, createdAt: string, updatedAt: string, invoice: { __typename?: 'Invoice', id: string, number: number, state: InvoiceState, dueAt: string, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } | null, messages: Array<{ __typename?: 'CustomJobMessage', id: string, body: string, internal: boolean, fromStaff: boolean, authorName: string | null, createdAt: string }>, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type OrderCustomJobMutationVariables = Exact<{
  input: OrderCustomJobInput;
}>;


export type OrderCustomJobMutation = { __typename?: 'Mutation', orderCustomJob: { __typename?: 'CustomJob', id: string, title: string, state: CustomJobState, accountId: string, orderedBy: JobOrderedBy, createdAt: string, updatedAt: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type CreateCustomJobMutationVariables = Exact<{
  input: CreateCustomJobInput;
}>;


export type CreateCustomJobMutation = { __typename?: 'Mutation', createCustomJob: { __typename?: 'CustomJob', id: string, title: string, state: CustomJobState, accountId: string, orderedBy: JobOrderedBy, createdAt: string, updatedAt: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type SetCustomJobStateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  state: CustomJobState;
}>;


export type SetCustomJobStateMutation = { __typename?: 'Mutation', setCustomJobState: { __typename?: 'CustomJob', closedAt: string | null, id: string, title: string, state: CustomJobState, accountId: string, orderedBy: JobOrderedBy, createdAt: string, updatedAt: string, invoice: { __typename?: 'Invoice', id: string, state: InvoiceState } | null, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type CancelCustomJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelCustomJobMutation = { __typename?: 'Mutation', cancelCustomJob: { __typename?: 'CustomJob', closedAt: string | null, id: string, title: string, state: CustomJobState, accountId: string, orderedBy: JobOrderedBy, createdAt: string, updatedAt: string, invoice: { __typename?: 'Invoice', id: string, state: InvoiceState } | null, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type PostCustomJobMessageMutationVariables = Exact<{
  jobId: Scalars['ID']['input'];
  input: CustomJobMessageInput;
}>;


export type PostCustomJobMessageMutation = { __typename?: 'Mutation', postCustomJobMessage: { __typename?: 'CustomJobMessage', id: string } };

export type CreateJobTypeMutationVariables = Exact<{
  input: JobTypeInput;
}>;


export type CreateJobTypeMutation = { __typename?: 'Mutation', createJobType: { __typename?: 'JobType', id: string, name: string, description: string, active: boolean, position: number, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type UpdateJobTypeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: JobTypeInput;
}>;


export type UpdateJobTypeMutation = { __typename?: 'Mutation', updateJobType: { __typename?: 'JobType', id: string, name: string, description: string, active: boolean, position: number, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type DeleteJobTypeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteJobTypeMutation = { __typename?: 'Mutation', deleteJobType: boolean };

export type KbArticleListFieldsFragment = { __typename?: 'KbArticle', id: string, title: string, slug: string, excerpt: string, language: Language };

export type KbBrowseQueryVariables = Exact<{
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  language?: InputMaybe<Language>;
}>;


export type KbBrowseQuery = { __typename?: 'Query', kbCategories: Array<{ __typename?: 'KbCategory', id: string, name: string, slug: string }>, kbArticles: { __typename?: 'KbArticleConnection', totalCount: number, nodes: Array<{ __typename?: 'KbArticle', id: string, title: string, slug: string, excerpt: string, language: Language }> } };

export type KbSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  language?: InputMaybe<Language>;
}>;


export type KbSearchQuery = { __typename?: 'Query', kbSearch: Array<{ __typename?: 'KbArticle', id: string, title: string, slug: string, excerpt: string, language: Language }> };

export type KbArticleQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type KbArticleQuery = { __typename?: 'Query', kbArticle: { __typename?: 'KbArticle', id: string, title: string, html: string, updatedAt: string, helpfulCount: number, notHelpfulCount: number, category: { __typename?: 'KbCategory', id: string, name: string } } };

export type KbIsPublicQueryVariables = Exact<{ [key: string]: never; }>;


export type KbIsPublicQuery = { __typename?: 'Query', kbIsPublic: boolean };

export type MarkArticleHelpfulMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  helpful: Scalars['Boolean']['input'];
}>;


export type MarkArticleHelpfulMutation = { __typename?: 'Mutation', markArticleHelpful: { __typename?: 'KbArticle', id: string, helpfulCount: number, notHelpfulCount: number } };

export type KbSuggestionsQueryVariables = Exact<{
  subject: Scalars['String']['input'];
  body: Scalars['String']['input'];
  language?: InputMaybe<Language>;
}>;


export type KbSuggestionsQuery = { __typename?: 'Query', kbSuggestions: Array<{ __typename?: 'KbArticle', id: string, title: string, slug: string, excerpt: string, language: Language }> };

export type RecordDeflectionMutationVariables = Exact<{
  articleId: Scalars['ID']['input'];
}>;


export type RecordDeflectionMutation = { __typename?: 'Mutation', recordDeflection: boolean };

export type KbAdminQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<KbArticleState>;
}>;


export type KbAdminQuery = { __typename?: 'Query', kbAdminCategories: Array<{ __typename?: 'KbCategory', id: string, name: string, slug: string, language: Language, position: number }>, kbAdminArticles: { __typename?: 'KbArticleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'KbArticle', id: string, title: string, slug: string, state: KbArticleState, language: Language, sharedWithResellers: boolean, updatedAt: string, views: number, helpfulCount: number, notHelpfulCount: number, category: { __typename?: 'KbCategory', id: string, name: string } }> }, kbSettings: { __typename?: 'KbSettingsView', publicKnowledgeBase: boolean } };

export type KbAdminArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KbAdminArticleQuery = { __typename?: 'Query', kbAdminArticle: { __typename?: 'KbArticle', id: string, title: string, slug: string, body: string, state: KbArticleState, sharedWithResellers: boolean, category: { __typename?: 'KbCategory', id: string } } };

export type KbPreviewQueryVariables = Exact<{
  body: Scalars['String']['input'];
}>;


export type KbPreviewQuery = { __typename?: 'Query', kbPreview: string };

export type KbStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type KbStatsQuery = { __typename?: 'Query', kbStats: { __typename?: 'KbStats', publishedArticles: number, draftArticles: number, views: number, helpful: number, notHelpful: number, helpfulRatio: number | null, periodDays: number, deflections: number, ticketsOpened: number | null, deflectionRate: number | null } };

export type CreateKbCategoryMutationVariables = Exact<{
  input: KbCategoryInput;
}>;


export type CreateKbCategoryMutation = { __typename?: 'Mutation', createKbCategory: { __typename?: 'KbCategory', id: string } };

export type DeleteKbCategoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteKbCategoryMutation = { __typename?: 'Mutation', deleteKbCategory: boolean };

export type CreateKbArticleMutationVariables = Exact<{
  input: KbArticleInput;
}>;


export type CreateKbArticleMutation = { __typename?: 'Mutation', createKbArticle: { __typename?: 'KbArticle', id: string } };

export type UpdateKbArticleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: KbArticleInput;
}>;


export type UpdateKbArticleMutation = { __typename?: 'Mutation', updateKbArticle: { __typename?: 'KbArticle', id: string } };

export type PublishKbArticleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishKbArticleMutation = { __typename?: 'Mutation', publishKbArticle: { __typename?: 'KbArticle', id: string, state: KbArticleState } };

export type UnpublishKbArticleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnpublishKbArticleMutation = { __typename?: 'Mutation', unpublishKbArticle: { __typename?: 'KbArticle', id: string, state: KbArticleState } };

export type DeleteKbArticleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteKbArticleMutation = { __typename?: 'Mutation', deleteKbArticle: boolean };

export type SetKbSettingsMutationVariables = Exact<{
  publicKnowledgeBase: Scalars['Boolean']['input'];
}>;


export type SetKbSettingsMutation = { __typename?: 'Mutation', setKbSettings: { __typename?: 'KbSettingsView', publicKnowledgeBase: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type UpdatePreferencesMutationVariables = Exact<{
  input: PreferencesInput;
}>;


export type UpdatePreferencesMutation = { __typename?: 'Mutation', updatePreferences: { __typename?: 'Preferences', skin: Skin, textOnly: boolean, language: Language, skinChosen: boolean, canChooseSkin: boolean, canChooseLanguage: boolean } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { __typename?: 'Mutation', changeEmail: { __typename?: 'User', id: string, email: string, emailVerifiedAt: string | null } };

export type MysqlDatabaseFieldsFragment = { __typename?: 'MysqlDatabase', id: string, name: string, charset: string, host: string, port: number, state: ProvisionState, sizeBytes: number | null, sizeCheckedAt: string | null, createdAt: string, users: Array<{ __typename?: 'MysqlUser', id: string, name: string }> };

export type MysqlUserFieldsFragment = { __typename?: 'MysqlUser', id: string, name: string, state: ProvisionState, passwordChangedAt: string | null, createdAt: string, databases: Array<{ __typename?: 'MysqlDatabase', id: string, name: string }> };

export type MysqlQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type MysqlQuery = { __typename?: 'Query', account: { __typename?: 'Account', id: string, name: string, limits: Array<{ __typename?: 'ResourceLimit', kind: ResourceKind, limit: number | null }> }, mysqlDatabases: Array<{ __typename?: 'MysqlDatabase', id: string, name: string, charset: string, host: string, port: number, state: ProvisionState, sizeBytes: number | null, sizeCheckedAt: string | null, createdAt: string, users: Array<{ __typename?: 'MysqlUser', id: string, name: string }> }>, mysqlUsers: Array<{ __typename?: 'MysqlUser', id: string, name: string, state: ProvisionState, passwordChangedAt: string | null, createdAt: string, databases: Array<{ __typename?: 'MysqlDatabase', id: string, name: string }> }> };

export type CreateMysqlDatabaseMutationVariables = Exact<{
  input: CreateMysqlDatabaseInput;
}>;


export type CreateMysqlDatabaseMutation = { __typename?: 'Mutation', createMysqlDatabase: { __typename?: 'MysqlDatabase', id: string, name: string, charset: string, host: string, port: number, state: ProvisionState, sizeBytes: number | null, sizeCheckedAt: string | null, createdAt: string, users: Array<{ __typename?: 'MysqlUser', id: string, name: string }> } };

export type DeleteMysqlDatabaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMysqlDatabaseMutation = { __typename?: 'Mutation', deleteMysqlDatabase: { __typename?: 'MysqlDatabase', id: string, state: ProvisionState } };

export type CreateMysqlUserMutationVariables = Exact<{
  input: CreateMysqlUserInput;
}>;


export type CreateMysqlUserMutation = { __typename?: 'Mutation', createMysqlUser: { __typename?: 'MysqlUser', id: string, name: string, state: ProvisionState, passwordChangedAt: string | null, createdAt: string, databases: Array<{ __typename?: 'MysqlDatabase', id: string, name: string }> } };

export type SetMysqlUserPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type SetMysqlUserPasswordMutation = { __typename?: 'Mutation', setMysqlUserPassword: { __typename?: 'MysqlUser', id: string, state: ProvisionState, passwordChangedAt: string | null } };

export type DeleteMysqlUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMysqlUserMutation = { __typename?: 'Mutation', deleteMysqlUser: { __typename?: 'MysqlUser', id: string, state: ProvisionState } };

export type GrantMysqlDatabaseMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  databaseId: Scalars['ID']['input'];
}>;


export type GrantMysqlDatabaseMutation = { __typename?: 'Mutation', grantMysqlDatabase: { __typename?: 'MysqlGrant', id: string, state: ProvisionState } };

export type RevokeMysqlDatabaseMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  databaseId: Scalars['ID']['input'];
}>;


export type RevokeMysqlDatabaseMutation = { __typename?: 'Mutation', revokeMysqlDatabase: boolean };

export type RefreshMysqlSizesMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type RefreshMysqlSizesMutation = { __typename?: 'Mutation', refreshMysqlSizes: boolean };

export type PaymentFieldsFragment = { __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } };

export type SavedCardFieldsFragment = { __typename?: 'SavedCard', id: string, brand: string, last4: string, expMonth: number, expYear: number, gatewayId: string, createdAt: string };

export type PaymentSetupQueryVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PaymentSetupQuery = { __typename?: 'Query', paymentSetup: { __typename?: 'PaymentSetup', options: Array<{ __typename?: 'PaymentOption', gatewayId: string, name: string, kind: GatewayKind, method: PaymentMethod, testMode: boolean }>, savedCard: { __typename?: 'SavedCard', id: string, brand: string, last4: string, expMonth: number, expYear: number, gatewayId: string, createdAt: string } | null } };

export type PaymentsQueryVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<PaymentState>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PaymentsQuery = { __typename?: 'Query', payments: { __typename?: 'PaymentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type PaymentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PaymentQuery = { __typename?: 'Query', payment: { __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type CancelRedirectPaymentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelRedirectPaymentMutation = { __typename?: 'Mutation', cancelRedirectPayment: { __typename?: 'Payment', id: string, kind: PaymentKind, method: PaymentMethod, source: PaymentSource, state: PaymentState, currency: string, card: string | null, transactionId: string | null, declineCode: string | null, reason: string | null, attempts: number, accountId: string, invoiceId: string | null, refundOfId: string | null, gatewayName: string, gatewayKind: GatewayKind, testMode: boolean, createdAt: string, updatedAt: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, received: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } | null, refundable: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type ModerationAccountsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type ModerationAccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Account', id: string, name: string, status: AccountStatus, createdAt: string, periodMonths: number | null, owner: { __typename?: 'User', id: string, login: string, email: string }, plan: { __typename?: 'Plan', id: string, name: string } | null }> } };

export type ApproveAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveAccountMutation = { __typename?: 'Mutation', approveAccount: { __typename?: 'Account', id: string, status: AccountStatus, suspendedReason: string | null } };

export type RejectAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectAccountMutation = { __typename?: 'Mutation', rejectAccount: { __typename?: 'Account', id: string, status: AccountStatus, suspendedReason: string | null } };

export type MyBillingProfileFieldsFragment = { __typename?: 'BillingProfile', id: string, name: string, company: string | null, address: string, city: string, postalCode: string, country: string, email: string, phone: string | null };

export type MyPlanQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type MyPlanQuery = { __typename?: 'Query', account: { __typename?: 'Account', id: string, name: string, status: AccountStatus, suspendedReason: string | null, overdueSince: string | null, periodMonths: number | null, nextBillingAt: string | null, plan: { __typename?: 'Plan', id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } | null, limits: Array<{ __typename?: 'ResourceLimit', kind: ResourceKind, limit: number | null, used: number | null }> }, billingProfile: { __typename?: 'BillingProfile', id: string, name: string, company: string | null, address: string, city: string, postalCode: string, country: string, email: string, phone: string | null } | null };

export type MyPlanChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlanChoicesQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> }> };

export type PlanChangeQuoteFieldsFragment = { __typename?: 'PlanChangeQuoteView', periodMonths: number, periodStart: string, periodEnd: string, taxName: string | null, taxPercent: string | null, plan: { __typename?: 'Plan', id: string, name: string }, lines: Array<{ __typename?: 'InvoiceLineView', position: number, description: string, quantity: number, periodStart: string | null, periodEnd: string | null, unitPrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, subtotal: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, tax: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } };

export type MyPlanChangeQuoteQueryVariables = Exact<{
  input: ChangePlanInput;
}>;


export type MyPlanChangeQuoteQuery = { __typename?: 'Query', planChangeQuote: { __typename?: 'PlanChangeQuoteView', periodMonths: number, periodStart: string, periodEnd: string, taxName: string | null, taxPercent: string | null, plan: { __typename?: 'Plan', id: string, name: string }, lines: Array<{ __typename?: 'InvoiceLineView', position: number, description: string, quantity: number, periodStart: string | null, periodEnd: string | null, unitPrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, subtotal: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, tax: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type ChangeMyPlanMutationVariables = Exact<{
  input: ChangePlanInput;
}>;


export type ChangeMyPlanMutation = { __typename?: 'Mutation', changePlan: { __typename?: 'PlanChangeQuoteView', periodMonths: number, periodStart: string, periodEnd: string, taxName: string | null, taxPercent: string | null, plan: { __typename?: 'Plan', id: string, name: string }, lines: Array<{ __typename?: 'InvoiceLineView', position: number, description: string, quantity: number, periodStart: string | null, periodEnd: string | null, unitPrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, subtotal: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, tax: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, total: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } };

export type OpenAnotherAccountMutationVariables = Exact<{
  input: AddAccountInput;
}>;


export type OpenAnotherAccountMutation = { __typename?: 'Mutation', addAccount: { __typename?: 'Account', id: string, name: string, status: AccountStatus } };

export type UpdateMyBillingProfileMutationVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
  input: BillingProfileInput;
}>;


export type UpdateMyBillingProfileMutation = { __typename?: 'Mutation', updateBillingProfile: { __typename?: 'BillingProfile', id: string, name: string, company: string | null, address: string, city: string, postalCode: string, country: string, email: string, phone: string | null } };

export type AdminPlanFieldsFragment = { __typename?: 'Plan', platform: Platform, forResellers: boolean, oversellPercent: number, id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> };

export type AdminPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', platform: Platform, forResellers: boolean, oversellPercent: number, id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> }> };

export type AdminPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminPlanQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', platform: Platform, forResellers: boolean, oversellPercent: number, id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type PlanCurrencyQueryVariables = Exact<{
  resellerId: Scalars['ID']['input'];
}>;


export type PlanCurrencyQuery = { __typename?: 'Query', reseller: { __typename?: 'Reseller', id: string, currency: string } };

export type CreatePlanMutationVariables = Exact<{
  input: PlanInput;
}>;


export type CreatePlanMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', platform: Platform, forResellers: boolean, oversellPercent: number, id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type UpdatePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PlanInput;
}>;


export type UpdatePlanMutation = { __typename?: 'Mutation', updatePlan: { __typename?: 'Plan', platform: Platform, forResellers: boolean, oversellPercent: number, id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, recurringFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> } };

export type DeletePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePlanMutation = { __typename?: 'Mutation', deletePlan: { __typename?: 'Plan', id: string, name: string } };

export type ResellersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type ResellersQuery = { __typename?: 'Query', resellers: { __typename?: 'ResellerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Reseller', id: string, name: string, cpHost: string | null, isRoot: boolean, status: ResellerStatus, defaultSkin: Skin, defaultLanguage: Language, createdAt: string }> } };

export type CreateResellerMutationVariables = Exact<{
  input: CreateResellerInput;
}>;


export type CreateResellerMutation = { __typename?: 'Mutation', createReseller: { __typename?: 'Reseller', id: string, name: string } };

export type ResellerFieldsFragment = { __typename?: 'Reseller', id: string, name: string, cpHost: string | null, cpHostAliases: Array<string>, isRoot: boolean, status: ResellerStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, legalName: string | null, address: string | null, taxId: string | null, supportEmail: string | null, supportPhone: string | null, admins: Array<{ __typename?: 'User', id: string, login: string, email: string, role: Role }> };

export type ResellerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResellerQuery = { __typename?: 'Query', reseller: { __typename?: 'Reseller', id: string, name: string, cpHost: string | null, cpHostAliases: Array<string>, isRoot: boolean, status: ResellerStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, legalName: string | null, address: string | null, taxId: string | null, supportEmail: string | null, supportPhone: string | null, admins: Array<{ __typename?: 'User', id: string, login: string, email: string, role: Role }> } };

export type UpdateResellerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateResellerInput;
}>;


export type UpdateResellerMutation = { __typename?: 'Mutation', updateReseller: { __typename?: 'Reseller', id: string, name: string, cpHost: string | null, cpHostAliases: Array<string>, isRoot: boolean, status: ResellerStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, legalName: string | null, address: string | null, taxId: string | null, supportEmail: string | null, supportPhone: string | null, admins: Array<{ __typename?: 'User', id: string, login: string, email: string, role: Role }> } };

export type SuspendResellerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type SuspendResellerMutation = { __typename?: 'Mutation', suspendReseller: { __typename?: 'Reseller', id: string, name: string, cpHost: string | null, cpHostAliases: Array<string>, isRoot: boolean, status: ResellerStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, legalName: string | null, address: string | null, taxId: string | null, supportEmail: string | null, supportPhone: string | null, admins: Array<{ __typename?: 'User', id: string, login: string, email: string, role: Role }> } };

export type ResumeResellerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResumeResellerMutation = { __typename?: 'Mutation', resumeReseller: { __typename?: 'Reseller', id: string, name: string, cpHost: string | null, cpHostAliases: Array<string>, isRoot: boolean, status: ResellerStatus, suspendedReason: string | null, suspendedAt: string | null, createdAt: string, legalName: string | null, address: string | null, taxId: string | null, supportEmail: string | null, supportPhone: string | null, admins: Array<{ __typename?: 'User', id: string, login: string, email: string, role: Role }> } };

export type DeleteResellerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteResellerMutation = { __typename?: 'Mutation', deleteReseller: boolean };

export type ResellerQuotaFieldsFragment = { __typename?: 'ResellerQuota', kind: ResourceKind, limit: number | null, used: number | null, promised: number | null, promiseLimit: number | null };

export type ResellerPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResellerPlanQuery = { __typename?: 'Query', reseller: { __typename?: 'Reseller', id: string, subscription: { __typename?: 'Account', id: string, name: string, status: AccountStatus, periodMonths: number | null, nextBillingAt: string | null, plan: { __typename?: 'Plan', id: string, name: string } | null } | null, quotas: Array<{ __typename?: 'ResellerQuota', kind: ResourceKind, limit: number | null, used: number | null, promised: number | null, promiseLimit: number | null }> }, plans: Array<{ __typename?: 'Plan', id: string, name: string, forResellers: boolean, periods: Array<{ __typename?: 'PlanPeriodView', months: number }> }> };

export type SetResellerPlanMutationVariables = Exact<{
  input: SetResellerPlanInput;
}>;


export type SetResellerPlanMutation = { __typename?: 'Mutation', setResellerPlan: { __typename?: 'Reseller', id: string } };

export type OwnQuotasQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnQuotasQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', reseller: { __typename?: 'Reseller', id: string, quotas: Array<{ __typename?: 'ResellerQuota', kind: ResourceKind, limit: number | null, used: number | null, promised: number | null, promiseLimit: number | null }> } } | null };

export type TwoFactorStateFieldsFragment = { __typename?: 'TwoFactorState', totpEnabled: boolean, recoveryCodesLeft: number, methods: Array<SecondFactorMethod>, enrolmentRequired: boolean, passkeys: Array<{ __typename?: 'Passkey', id: string, name: string, createdAt: string, lastUsedAt: string | null }> };

export type TwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type TwoFactorQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', twoFactor: { __typename?: 'TwoFactorState', totpEnabled: boolean, recoveryCodesLeft: number, methods: Array<SecondFactorMethod>, enrolmentRequired: boolean, passkeys: Array<{ __typename?: 'Passkey', id: string, name: string, createdAt: string, lastUsedAt: string | null }> } } | null };

export type StartTotpEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTotpEnrolmentMutation = { __typename?: 'Mutation', startTotpEnrolment: { __typename?: 'TotpEnrolment', secret: string, otpauthUri: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  input: ConfirmTotpInput;
}>;


export type ConfirmTotpEnrolmentMutation = { __typename?: 'Mutation', confirmTotpEnrolment: { __typename?: 'RecoveryCodes', codes: Array<string> } };

export type DisableTotpMutationVariables = Exact<{
  input: TwoFactorProofInput;
}>;


export type DisableTotpMutation = { __typename?: 'Mutation', disableTotp: boolean };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  input: TwoFactorProofInput;
}>;


export type RegenerateRecoveryCodesMutation = { __typename?: 'Mutation', regenerateRecoveryCodes: { __typename?: 'RecoveryCodes', codes: Array<string> } };

export type StartPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeyRegistrationMutation = { __typename?: 'Mutation', startPasskeyRegistration: string };

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  input: FinishPasskeyRegistrationInput;
}>;


export type FinishPasskeyRegistrationMutation = { __typename?: 'Mutation', finishPasskeyRegistration: { __typename?: 'Passkey', id: string } };

export type RemovePasskeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovePasskeyMutation = { __typename?: 'Mutation', removePasskey: boolean };

export type AdminsTwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminsTwoFactorQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', reseller: { __typename?: 'Reseller', id: string, adminsNeedTwoFactor: boolean }, twoFactor: { __typename?: 'TwoFactorState', methods: Array<SecondFactorMethod> } } | null };

export type SetAdminsNeedTwoFactorMutationVariables = Exact<{
  required: Scalars['Boolean']['input'];
}>;


export type SetAdminsNeedTwoFactorMutation = { __typename?: 'Mutation', setAdminsNeedTwoFactor: { __typename?: 'Reseller', id: string, adminsNeedTwoFactor: boolean } };

export type SecondFactorPasskeyOptionsMutationVariables = Exact<{ [key: string]: never; }>;


export type SecondFactorPasskeyOptionsMutation = { __typename?: 'Mutation', secondFactorPasskeyOptions: string };

export type VerifySecondFactorMutationVariables = Exact<{
  input: SecondFactorInput;
}>;


export type VerifySecondFactorMutation = { __typename?: 'Mutation', verifySecondFactor: { __typename?: 'Viewer', role: Role } };

export type UserTwoFactorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserTwoFactorQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, twoFactorEnabled: boolean } };

export type ResetUserTwoFactorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResetUserTwoFactorMutation = { __typename?: 'Mutation', resetUserTwoFactor: { __typename?: 'User', id: string, twoFactorEnabled: boolean } };

export type LogicalServerFieldsFragment = { __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, host: string | null, port: number | null, user: string | null, userHost: string | null, hasPassword: boolean, configDir: string | null, controlCommand: string | null, webRoot: string | null, nameServer: string | null, dnsRole: string | null, maxAccounts: number | null, maxDiskMb: number | null, maxTasks: number, enabled: boolean, createdAt: string, physical: { __typename?: 'PhysicalServer', id: string, name: string }, group: { __typename?: 'ServerGroup', id: string, name: string } | null, load: { __typename?: 'ServerLoad', accounts: number, databases: number, diskBytes: number, runningTasks: number } };

export type PhysicalServersQueryVariables = Exact<{ [key: string]: never; }>;


export type PhysicalServersQuery = { __typename?: 'Query', physicalServers: Array<{ __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, transport: ServerTransport, health: ServerHealth, healthCheckedAt: string | null, createdAt: string, logicalServers: Array<{ __typename?: 'LogicalServer', id: string }> }> };

export type PhysicalServerFieldsFragment = { __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, notes: string | null, createdAt: string, transport: ServerTransport, sshPort: number, sshUser: string, hostKey: string | null, accessPublicKey: string | null, accessIssuedAt: string | null, accessConfirmedAt: string | null, accessRevokedAt: string | null, firstAnsweredAt: string | null, setupCommand: string | null, health: ServerHealth, healthCheckedAt: string | null, healthProblems: Array<string> };

export type PhysicalServerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PhysicalServerQuery = { __typename?: 'Query', physicalServer: { __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, notes: string | null, createdAt: string, transport: ServerTransport, sshPort: number, sshUser: string, hostKey: string | null, accessPublicKey: string | null, accessIssuedAt: string | null, accessConfirmedAt: string | null, accessRevokedAt: string | null, firstAnsweredAt: string | null, setupCommand: string | null, health: ServerHealth, healthCheckedAt: string | null, healthProblems: Array<string>, logicalServers: Array<{ __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, host: string | null, port: number | null, user: string | null, userHost: string | null, hasPassword: boolean, configDir: string | null, controlCommand: string | null, webRoot: string | null, nameServer: string | null, dnsRole: string | null, maxAccounts: number | null, maxDiskMb: number | null, maxTasks: number, enabled: boolean, createdAt: string, physical: { __typename?: 'PhysicalServer', id: string, name: string }, group: { __typename?: 'ServerGroup', id: string, name: string } | null, load: { __typename?: 'ServerLoad', accounts: number, databases: number, diskBytes: number, runningTasks: number } }> } };

export type CreatePhysicalServerMutationVariables = Exact<{
  input: PhysicalServerInput;
}>;


export type CreatePhysicalServerMutation = { __typename?: 'Mutation', createPhysicalServer: { __typename?: 'PhysicalServer', id: string, name: string, transport: ServerTransport } };

export type UpdatePhysicalServerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PhysicalServerInput;
}>;


export type UpdatePhysicalServerMutation = { __typename?: 'Mutation', updatePhysicalServer: { __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, notes: string | null, createdAt: string, transport: ServerTransport, sshPort: number, sshUser: string, hostKey: string | null, accessPublicKey: string | null, accessIssuedAt: string | null, accessConfirmedAt: string | null, accessRevokedAt: string | null, firstAnsweredAt: string | null, setupCommand: string | null, health: ServerHealth, healthCheckedAt: string | null, healthProblems: Array<string> } };

export type CheckPhysicalServerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CheckPhysicalServerMutation = { __typename?: 'Mutation', checkPhysicalServer: { __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, notes: string | null, createdAt: string, transport: ServerTransport, sshPort: number, sshUser: string, hostKey: string | null, accessPublicKey: string | null, accessIssuedAt: string | null, accessConfirmedAt: string | null, accessRevokedAt: string | null, firstAnsweredAt: string | null, setupCommand: string | null, health: ServerHealth, healthCheckedAt: string | null, healthProblems: Array<string> } };

export type RotatePhysicalServerKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotatePhysicalServerKeyMutation = { __typename?: 'Mutation', rotatePhysicalServerKey: { __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, notes: string | null, createdAt: string, transport: ServerTransport, sshPort: number, sshUser: string, hostKey: string | null, accessPublicKey: string | null, accessIssuedAt: string | null, accessConfirmedAt: string | null, accessRevokedAt: string | null, firstAnsweredAt: string | null, setupCommand: string | null, health: ServerHealth, healthCheckedAt: string | null, healthProblems: Array<string> } };

export type RevokePhysicalServerKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokePhysicalServerKeyMutation = { __typename?: 'Mutation', revokePhysicalServerKey: { __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, notes: string | null, createdAt: string, transport: ServerTransport, sshPort: number, sshUser: string, hostKey: string | null, accessPublicKey: string | null, accessIssuedAt: string | null, accessConfirmedAt: string | null, accessRevokedAt: string | null, firstAnsweredAt: string | null, setupCommand: string | null, health: ServerHealth, healthCheckedAt: string | null, healthProblems: Array<string> } };

export type IssuePhysicalServerKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IssuePhysicalServerKeyMutation = { __typename?: 'Mutation', issuePhysicalServerKey: { __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, notes: string | null, createdAt: string, transport: ServerTransport, sshPort: number, sshUser: string, hostKey: string | null, accessPublicKey: string | null, accessIssuedAt: string | null, accessConfirmedAt: string | null, accessRevokedAt: string | null, firstAnsweredAt: string | null, setupCommand: string | null, health: ServerHealth, healthCheckedAt: string | null, healthProblems: Array<string> } };

export type ForgetPhysicalServerHostKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ForgetPhysicalServerHostKeyMutation = { __typename?: 'Mutation', forgetPhysicalServerHostKey: { __typename?: 'PhysicalServer', id: string, name: string, os: ServerOs, address: string, status: PhysicalServerStatus, notes: string | null, createdAt: string, transport: ServerTransport, sshPort: number, sshUser: string, hostKey: string | null, accessPublicKey: string | null, accessIssuedAt: string | null, accessConfirmedAt: string | null, accessRevokedAt: string | null, firstAnsweredAt: string | null, setupCommand: string | null, health: ServerHealth, healthCheckedAt: string | null, healthProblems: Array<string> } };

export type DeletePhysicalServerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePhysicalServerMutation = { __typename?: 'Mutation', deletePhysicalServer: boolean };

export type LogicalServersQueryVariables = Exact<{
  kind?: InputMaybe<ServerKind>;
}>;


export type LogicalServersQuery = { __typename?: 'Query', logicalServers: Array<{ __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, host: string | null, port: number | null, user: string | null, userHost: string | null, hasPassword: boolean, configDir: string | null, controlCommand: string | null, webRoot: string | null, nameServer: string | null, dnsRole: string | null, maxAccounts: number | null, maxDiskMb: number | null, maxTasks: number, enabled: boolean, createdAt: string, physical: { __typename?: 'PhysicalServer', id: string, name: string }, group: { __typename?: 'ServerGroup', id: string, name: string } | null, load: { __typename?: 'ServerLoad', accounts: number, databases: number, diskBytes: number, runningTasks: number } }> };

export type LogicalServerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LogicalServerQuery = { __typename?: 'Query', logicalServer: { __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, host: string | null, port: number | null, user: string | null, userHost: string | null, hasPassword: boolean, configDir: string | null, controlCommand: string | null, webRoot: string | null, nameServer: string | null, dnsRole: string | null, maxAccounts: number | null, maxDiskMb: number | null, maxTasks: number, enabled: boolean, createdAt: string, physical: { __typename?: 'PhysicalServer', id: string, name: string }, group: { __typename?: 'ServerGroup', id: string, name: string } | null, load: { __typename?: 'ServerLoad', accounts: number, databases: number, diskBytes: number, runningTasks: number } } };

export type LogicalServerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type LogicalServerChoicesQuery = { __typename?: 'Query', physicalServers: Array<{ __typename?: 'PhysicalServer', id: string, name: string }>, serverGroups: Array<{ __typename?: 'ServerGroup', id: string, name: string, kind: ServerKind }> };

export type ServerChoicesQueryVariables = Exact<{
  kind?: InputMaybe<ServerKind>;
}>;


export type ServerChoicesQuery = { __typename?: 'Query', logicalServers: Array<{ __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind }> };

export type CreateLogicalServerMutationVariables = Exact<{
  input: CreateLogicalServerInput;
}>;


export type CreateLogicalServerMutation = { __typename?: 'Mutation', createLogicalServer: { __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, host: string | null, port: number | null, user: string | null, userHost: string | null, hasPassword: boolean, configDir: string | null, controlCommand: string | null, webRoot: string | null, nameServer: string | null, dnsRole: string | null, maxAccounts: number | null, maxDiskMb: number | null, maxTasks: number, enabled: boolean, createdAt: string, physical: { __typename?: 'PhysicalServer', id: string, name: string }, group: { __typename?: 'ServerGroup', id: string, name: string } | null, load: { __typename?: 'ServerLoad', accounts: number, databases: number, diskBytes: number, runningTasks: number } } };

export type UpdateLogicalServerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateLogicalServerInput;
}>;


export type UpdateLogicalServerMutation = { __typename?: 'Mutation', updateLogicalServer: { __typename?: 'LogicalServer', id: string, name: string, kind: ServerKind, driver: DriverName, host: string | null, port: number | null, user: string | null, userHost: string | null, hasPassword: boolean, configDir: string | null, controlCommand: string | null, webRoot: string | null, nameServer: string | null, dnsRole: string | null, maxAccounts: number | null, maxDiskMb: number | null, maxTasks: number, enabled: boolean, createdAt: string, physical: { __typename?: 'PhysicalServer', id: string, name: string }, group: { __typename?: 'ServerGroup', id: string, name: string } | null, load: { __typename?: 'ServerLoad', accounts: number, databases: number, diskBytes: number, runningTasks: number } } };

export type SetLogicalServerEnabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetLogicalServerEnabledMutation = { __typename?: 'Mutation', setLogicalServerEnabled: { __typename?: 'LogicalServer', id: string, enabled: boolean } };

export type DeleteLogicalServerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteLogicalServerMutation = { __typename?: 'Mutation', deleteLogicalServer: boolean };

export type ResyncLogicalServerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResyncLogicalServerMutation = { __typename?: 'Mutation', resyncLogicalServer: { __typename?: 'ResyncReport', checkedAt: string, missing: Array<string>, different: Array<string>, unknown: Array<string>, queued: number } };

export type ServerGroupsQueryVariables = Exact<{
  kind?: InputMaybe<ServerKind>;
}>;


export type ServerGroupsQuery = { __typename?: 'Query', serverGroups: Array<{ __typename?: 'ServerGroup', id: string, name: string, kind: ServerKind, policy: PlacementPolicy, isDefault: boolean, createdAt: string, members: Array<{ __typename?: 'LogicalServer', id: string, name: string, enabled: boolean }> }> };

export type CreateServerGroupMutationVariables = Exact<{
  input: ServerGroupInput;
}>;


export type CreateServerGroupMutation = { __typename?: 'Mutation', createServerGroup: { __typename?: 'ServerGroup', id: string, name: string } };

export type UpdateServerGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateServerGroupInput;
}>;


export type UpdateServerGroupMutation = { __typename?: 'Mutation', updateServerGroup: { __typename?: 'ServerGroup', id: string, name: string, policy: PlacementPolicy, isDefault: boolean } };

export type DeleteServerGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteServerGroupMutation = { __typename?: 'Mutation', deleteServerGroup: boolean };

export type IpAddressesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  serverId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<IpKind>;
  free?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type IpAddressesQuery = { __typename?: 'Query', ipAddresses: { __typename?: 'IpAddressConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'IpAddress', id: string, address: string, kind: IpKind, allocatedAt: string | null, createdAt: string, server: { __typename?: 'LogicalServer', id: string, name: string }, account: { __typename?: 'Account', id: string, name: string } | null }> } };

export type AddIpAddressesMutationVariables = Exact<{
  input: AddIpAddressesInput;
}>;


export type AddIpAddressesMutation = { __typename?: 'Mutation', addIpAddresses: Array<{ __typename?: 'IpAddress', id: string }> };

export type AllocateIpMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  serverId: Scalars['ID']['input'];
}>;


export type AllocateIpMutation = { __typename?: 'Mutation', allocateIp: { __typename?: 'IpAddress', id: string, address: string } };

export type ReleaseIpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReleaseIpMutation = { __typename?: 'Mutation', releaseIp: { __typename?: 'IpAddress', id: string, address: string } };

export type DeleteIpAddressMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteIpAddressMutation = { __typename?: 'Mutation', deleteIpAddress: boolean };

export type BillingSettingsQueryVariables = Exact<{
  resellerId: Scalars['ID']['input'];
}>;


export type BillingSettingsQuery = { __typename?: 'Query', reseller: { __typename?: 'Reseller', id: string, currency: string, paymentTermDays: number, reminderDays: Array<number>, suspendAfterDays: number | null, autoChargeDaysBefore: number, autoChargeAttempts: number } };

export type UpdateBillingSettingsMutationVariables = Exact<{
  input: BillingSettingsInput;
}>;


export type UpdateBillingSettingsMutation = { __typename?: 'Mutation', updateBillingSettings: { __typename?: 'Reseller', id: string, paymentTermDays: number, reminderDays: Array<number>, suspendAfterDays: number | null, autoChargeDaysBefore: number, autoChargeAttempts: number } };

export type TaxRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxRatesQuery = { __typename?: 'Query', taxRates: Array<{ __typename?: 'TaxRate', id: string, name: string, ratePercent: string, validFrom: string }> };

export type AddTaxRateMutationVariables = Exact<{
  input: TaxRateInput;
}>;


export type AddTaxRateMutation = { __typename?: 'Mutation', addTaxRate: { __typename?: 'TaxRate', id: string, name: string, validFrom: string } };

export type MailTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MailTemplatesQuery = { __typename?: 'Query', mailTemplates: Array<{ __typename?: 'MailTemplateView', event: MailEvent, language: Language, subject: string, body: string, overridden: boolean, placeholders: Array<string>, updatedAt: string | null }> };

export type PreviewMailTemplateQueryVariables = Exact<{
  input: MailTemplateInput;
}>;


export type PreviewMailTemplateQuery = { __typename?: 'Query', previewMailTemplate: { __typename?: 'MailPreview', subject: string, body: string, from: string, replyTo: string | null } };

export type SaveMailTemplateMutationVariables = Exact<{
  input: MailTemplateInput;
}>;


export type SaveMailTemplateMutation = { __typename?: 'Mutation', saveMailTemplate: { __typename?: 'MailTemplateView', event: MailEvent, language: Language, subject: string, body: string, overridden: boolean, placeholders: Array<string>, updatedAt: string | null } };

export type ResetMailTemplateMutationVariables = Exact<{
  event: MailEvent;
  language: Language;
}>;


export type ResetMailTemplateMutation = { __typename?: 'Mutation', resetMailTemplate: { __typename?: 'MailTemplateView', event: MailEvent, language: Language, subject: string, body: string, overridden: boolean, placeholders: Array<string>, updatedAt: string | null } };

export type MailSenderQueryVariables = Exact<{ [key: string]: never; }>;


export type MailSenderQuery = { __typename?: 'Query', mailSender: { __typename?: 'MailSenderView', senderName: string | null, senderAddress: string | null, effectiveName: string, effectiveAddress: string, replyTo: string | null } };

export type UpdateMailSenderMutationVariables = Exact<{
  input: MailSenderInput;
}>;


export type UpdateMailSenderMutation = { __typename?: 'Mutation', updateMailSender: { __typename?: 'MailSenderView', senderName: string | null, senderAddress: string | null, effectiveName: string, effectiveAddress: string, replyTo: string | null } };

export type PaymentGatewayFieldsFragment = { __typename?: 'PaymentGateway', id: string, kind: GatewayKind, name: string, currencies: Array<string>, enabled: boolean, testMode: boolean, baseUrl: string | null, merchantAccount: string | null, credentialsSet: Array<string>, methods: Array<PaymentMethod>, notifyPath: string | null, createdAt: string, updatedAt: string };

export type PaymentGatewaysQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentGatewaysQuery = { __typename?: 'Query', paymentGateways: Array<{ __typename?: 'PaymentGateway', id: string, kind: GatewayKind, name: string, currencies: Array<string>, enabled: boolean, testMode: boolean, baseUrl: string | null, merchantAccount: string | null, credentialsSet: Array<string>, methods: Array<PaymentMethod>, notifyPath: string | null, createdAt: string, updatedAt: string }> };

export type CreatePaymentGatewayMutationVariables = Exact<{
  input: PaymentGatewayInput;
}>;


export type CreatePaymentGatewayMutation = { __typename?: 'Mutation', createPaymentGateway: { __typename?: 'PaymentGateway', id: string, kind: GatewayKind, name: string, currencies: Array<string>, enabled: boolean, testMode: boolean, baseUrl: string | null, merchantAccount: string | null, credentialsSet: Array<string>, methods: Array<PaymentMethod>, notifyPath: string | null, createdAt: string, updatedAt: string } };

export type UpdatePaymentGatewayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PaymentGatewayInput;
}>;


export type UpdatePaymentGatewayMutation = { __typename?: 'Mutation', updatePaymentGateway: { __typename?: 'PaymentGateway', id: string, kind: GatewayKind, name: string, currencies: Array<string>, enabled: boolean, testMode: boolean, baseUrl: string | null, merchantAccount: string | null, credentialsSet: Array<string>, methods: Array<PaymentMethod>, notifyPath: string | null, createdAt: string, updatedAt: string } };

export type DeletePaymentGatewayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePaymentGatewayMutation = { __typename?: 'Mutation', deletePaymentGateway: { __typename?: 'PaymentGateway', id: string } };

export type CompanyDetailsFieldsFragment = { __typename?: 'Reseller', legalName: string | null, address: string | null, taxId: string | null, supportEmail: string | null, supportPhone: string | null };

export type CompanyDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompanyDetailsQuery = { __typename?: 'Query', reseller: { __typename?: 'Reseller', id: string, productCredit: boolean, legalName: string | null, address: string | null, taxId: string | null, supportEmail: string | null, supportPhone: string | null } };

export type UpdateResellerSettingsMutationVariables = Exact<{
  input: ResellerSettingsInput;
}>;


export type UpdateResellerSettingsMutation = { __typename?: 'Mutation', updateResellerSettings: { __typename?: 'Reseller', id: string, name: string, defaultSkin: Skin, defaultLanguage: Language, productCredit: boolean, legalName: string | null, address: string | null, taxId: string | null, supportEmail: string | null, supportPhone: string | null } };

export type DnsSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DnsSettingsQuery = { __typename?: 'Query', dnsSettings: { __typename?: 'DnsSettings', serviceDomain: string | null, nameServers: Array<string> } };

export type SetServiceDomainMutationVariables = Exact<{
  serviceDomain: Scalars['String']['input'];
}>;


export type SetServiceDomainMutation = { __typename?: 'Mutation', setServiceDomain: { __typename?: 'DnsSettings', serviceDomain: string | null, nameServers: Array<string> } };

export type PlanOfferFieldsFragment = { __typename?: 'Plan', id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> };

export type SignupQuoteFieldsFragment = { __typename?: 'PlanPeriodView', months: number, setupFees: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, firstInvoice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, firstInvoiceTax: { __typename?: 'TaxQuote', name: string, percent: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } | null, firstInvoiceTotal: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } };

export type SignupPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SignupPlansQuery = { __typename?: 'Query', signupPlans: Array<{ __typename?: 'Plan', id: string, name: string, description: string, signupEnabled: boolean, moderated: boolean, periods: Array<{ __typename?: 'PlanPeriodView', months: number, discountPercent: string, price: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, setupFees: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, firstInvoice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, firstInvoiceTax: { __typename?: 'TaxQuote', name: string, percent: string, amount: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } } | null, firstInvoiceTotal: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }>, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, resources: Array<{ __typename?: 'PlanResourceView', kind: ResourceKind, maxUnits: number | null, freeUnits: number, setupFee: { __typename?: 'Money', amount: string, minorUnits: string, currency: string }, usagePrice: { __typename?: 'Money', amount: string, minorUnits: string, currency: string } }> }> };

export type SignupMutationVariables = Exact<{
  input: SignupInput;
}>;


export type SignupMutation = { __typename?: 'Mutation', signup: { __typename?: 'Account', id: string, name: string, status: AccountStatus } };

export type TicketListFieldsFragment = { __typename?: 'Ticket', id: string, number: number, subject: string, category: TicketCategory, priority: TicketPriority, state: TicketState, dueAt: string | null, overdue: boolean, lastMessageAt: string, createdAt: string };

export type TicketMessageFieldsFragment = { __typename?: 'TicketMessage', id: string, body: string, internal: boolean, fromStaff: boolean, viaMail: boolean, authorName: string, createdAt: string, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, size: number }> };

export type MyTicketsQueryVariables = Exact<{
  state?: InputMaybe<TicketState>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type MyTicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Ticket', id: string, number: number, subject: string, category: TicketCategory, priority: TicketPriority, state: TicketState, dueAt: string | null, overdue: boolean, lastMessageAt: string, createdAt: string }> } };

export type TicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', accountId: string, domainId: string | null, databaseId: string | null, invoiceId: string | null, mergedIntoId: string | null, firstResponseDueAt: string, resolutionDueAt: string, closedAt: string | null, id: string, number: number, subject: string, category: TicketCategory, priority: TicketPriority, state: TicketState, dueAt: string | null, overdue: boolean, lastMessageAt: string, createdAt: string, assignee: { __typename?: 'StaffMember', id: string, login: string } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, body: string, internal: boolean, fromStaff: boolean, viaMail: boolean, authorName: string, createdAt: string, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, size: number }> }> } };

export type TicketRelatedQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketRelatedQuery = { __typename?: 'Query', domains: Array<{ __typename?: 'Domain', id: string, name: string | null }>, mysqlDatabases: Array<{ __typename?: 'MysqlDatabase', id: string, name: string }>, invoices: { __typename?: 'InvoiceConnection', nodes: Array<{ __typename?: 'Invoice', id: string, number: number }> } };

export type OpenTicketMutationVariables = Exact<{
  input: OpenTicketInput;
}>;


export type OpenTicketMutation = { __typename?: 'Mutation', openTicket: { __typename?: 'Ticket', id: string, number: number, subject: string, category: TicketCategory, priority: TicketPriority, state: TicketState, dueAt: string | null, overdue: boolean, lastMessageAt: string, createdAt: string } };

export type ReplyToTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TicketReplyInput;
}>;


export type ReplyToTicketMutation = { __typename?: 'Mutation', replyToTicket: { __typename?: 'TicketMessage', id: string, body: string, internal: boolean, fromStaff: boolean, viaMail: boolean, authorName: string, createdAt: string, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, size: number }> } };

export type CloseTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseTicketMutation = { __typename?: 'Mutation', closeTicket: { __typename?: 'Ticket', id: string, state: TicketState, closedAt: string | null, dueAt: string | null } };

export type TicketAttachmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketAttachmentQuery = { __typename?: 'Query', ticketAttachment: { __typename?: 'AttachmentDownload', fileName: string, contentType: string, data: string } };

export type SupportQueueQueryVariables = Exact<{
  state?: InputMaybe<TicketState>;
  priority?: InputMaybe<TicketPriority>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type SupportQueueQuery = { __typename?: 'Query', supportQueue: { __typename?: 'SupportQueueConnection', totalCount: number, nodes: Array<{ __typename?: 'Ticket', accountId: string, id: string, number: number, subject: string, category: TicketCategory, priority: TicketPriority, state: TicketState, dueAt: string | null, overdue: boolean, lastMessageAt: string, createdAt: string, assignee: { __typename?: 'StaffMember', id: string, login: string } | null }> }, supportStaff: Array<{ __typename?: 'StaffMember', id: string, login: string }> };

export type StaffToolsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffToolsQuery = { __typename?: 'Query', supportStaff: Array<{ __typename?: 'StaffMember', id: string, login: string }>, cannedReplies: Array<{ __typename?: 'CannedReply', id: string, title: string, body: string }> };

export type SetTicketStateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  state: TicketState;
}>;


export type SetTicketStateMutation = { __typename?: 'Mutation', setTicketState: { __typename?: 'Ticket', id: string, state: TicketState, closedAt: string | null, dueAt: string | null, overdue: boolean } };

export type AssignTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AssignTicketMutation = { __typename?: 'Mutation', assignTicket: { __typename?: 'Ticket', id: string, assignee: { __typename?: 'StaffMember', id: string, login: string } | null } };

export type MergeTicketsMutationVariables = Exact<{
  fromId: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
}>;


export type MergeTicketsMutation = { __typename?: 'Mutation', mergeTickets: { __typename?: 'Ticket', id: string } };

export type CannedRepliesQueryVariables = Exact<{ [key: string]: never; }>;


export type CannedRepliesQuery = { __typename?: 'Query', cannedReplies: Array<{ __typename?: 'CannedReply', id: string, title: string, body: string }>, supportTargets: Array<{ __typename?: 'SupportTargetView', priority: TicketPriority, firstResponseMinutes: number, resolutionMinutes: number }> };

export type CreateCannedReplyMutationVariables = Exact<{
  input: CannedReplyInput;
}>;


export type CreateCannedReplyMutation = { __typename?: 'Mutation', createCannedReply: { __typename?: 'CannedReply', id: string, title: string, body: string } };

export type UpdateCannedReplyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CannedReplyInput;
}>;


export type UpdateCannedReplyMutation = { __typename?: 'Mutation', updateCannedReply: { __typename?: 'CannedReply', id: string, title: string, body: string } };

export type DeleteCannedReplyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCannedReplyMutation = { __typename?: 'Mutation', deleteCannedReply: boolean };

export type SetSupportTargetsMutationVariables = Exact<{
  targets: Array<SupportTargetInput> | SupportTargetInput;
}>;


export type SetSupportTargetsMutation = { __typename?: 'Mutation', setSupportTargets: Array<{ __typename?: 'SupportTargetView', priority: TicketPriority, firstResponseMinutes: number, resolutionMinutes: number }> };

export type TaskFieldsFragment = { __typename?: 'Task', id: string, kind: string, state: TaskState, subject: string, attempts: number, maxAttempts: number, runAfter: string, lastError: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, server: { __typename?: 'LogicalServer', id: string, name: string } | null, account: { __typename?: 'Account', id: string, name: string } | null };

export type TasksQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<TaskState>;
  serverId?: InputMaybe<Scalars['ID']['input']>;
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TasksQuery = { __typename?: 'Query', tasks: { __typename?: 'TaskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Task', id: string, kind: string, state: TaskState, subject: string, attempts: number, maxAttempts: number, runAfter: string, lastError: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, server: { __typename?: 'LogicalServer', id: string, name: string } | null, account: { __typename?: 'Account', id: string, name: string } | null }> } };

export type RetryTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryTaskMutation = { __typename?: 'Mutation', retryTask: { __typename?: 'Task', id: string, kind: string, state: TaskState, subject: string, attempts: number, maxAttempts: number, runAfter: string, lastError: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, server: { __typename?: 'LogicalServer', id: string, name: string } | null, account: { __typename?: 'Account', id: string, name: string } | null } };

export type CancelTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelTaskMutation = { __typename?: 'Mutation', cancelTask: { __typename?: 'Task', id: string, kind: string, state: TaskState, subject: string, attempts: number, maxAttempts: number, runAfter: string, lastError: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, server: { __typename?: 'LogicalServer', id: string, name: string } | null, account: { __typename?: 'Account', id: string, name: string } | null } };

export type UsersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'User', id: string, login: string, email: string, role: Role, createdAt: string, reseller: { __typename?: 'Reseller', id: string, name: string } }> } };

export type UserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, login: string, email: string, role: Role, createdAt: string, reseller: { __typename?: 'Reseller', id: string, name: string }, accounts: Array<{ __typename?: 'Account', id: string, name: string, status: AccountStatus, suspendedReason: string | null, createdAt: string }> } };

export type ResellerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResellerChoicesQuery = { __typename?: 'Query', resellers: { __typename?: 'ResellerConnection', nodes: Array<{ __typename?: 'Reseller', id: string, name: string, isRoot: boolean }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, login: string } };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', id: string, name: string, status: AccountStatus, suspendedReason: string | null, createdAt: string } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResetPasswordInput;
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'User', id: string } };

export type StaffLoginsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffLoginsQuery = { __typename?: 'Query', staffLogins: Array<{ __typename?: 'User', id: string, login: string, email: string, disabledAt: string | null, createdAt: string }> };

export type CreateStaffLoginMutationVariables = Exact<{
  input: CreateStaffLoginInput;
}>;


export type CreateStaffLoginMutation = { __typename?: 'Mutation', createStaffLogin: { __typename?: 'User', id: string, login: string } };

export type SetStaffLoginDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetStaffLoginDisabledMutation = { __typename?: 'Mutation', setStaffLoginDisabled: { __typename?: 'User', id: string, disabledAt: string | null } };

export type UserAccountHostingQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type UserAccountHostingQuery = { __typename?: 'Query', domains: Array<{ __typename?: 'Domain', id: string, name: string | null, unicodeName: string | null, kind: DomainKind, state: ProvisionState, site: { __typename?: 'WebSite', id: string, state: ProvisionState, serverNames: Array<string> } | null }>, mysqlDatabases: Array<{ __typename?: 'MysqlDatabase', id: string, name: string, state: ProvisionState }> };

export type WebhookFieldsFragment = { __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEventType>, enabled: boolean, description: string, createdAt: string };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: string, attempt: number, ok: boolean, statusCode: number | null, durationMs: number, error: string | null, response: string | null, createdAt: string };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEventType>, enabled: boolean, description: string, createdAt: string }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: string, attempt: number, ok: boolean, statusCode: number | null, durationMs: number, error: string | null, response: string | null, createdAt: string }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'WebhookWithSecret', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEventType>, enabled: boolean, description: string, createdAt: string } } };

export type UpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'Webhook', id: string, url: string, events: Array<WebhookEventType>, enabled: boolean, description: string, createdAt: string } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: boolean };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookWithSecret', secret: string, webhook: { __typename?: 'Webhook', id: string } } };

export type SendTestWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendTestWebhookMutation = { __typename?: 'Mutation', sendTestWebhook: { __typename?: 'WebhookTestEvent', eventId: string } };

export type WebhookPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookPolicyQuery = { __typename?: 'Query', webhookPolicy: { __typename?: 'WebhookPolicyView', allowPrivateTargets: boolean } };

export type SetWebhookPolicyMutationVariables = Exact<{
  allowPrivateTargets: Scalars['Boolean']['input'];
}>;


export type SetWebhookPolicyMutation = { __typename?: 'Mutation', setWebhookPolicy: { __typename?: 'WebhookPolicyView', allowPrivateTargets: boolean } };

export type ImpersonateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ImpersonateUserMutation = { __typename?: 'Mutation', impersonateUser: string };

export type RedeemImpersonationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type RedeemImpersonationMutation = { __typename?: 'Mutation', redeemImpersonation: { __typename?: 'Viewer', role: Role } };

export type EndImpersonationMutationVariables = Exact<{ [key: string]: never; }>;


export type EndImpersonationMutation = { __typename?: 'Mutation', endImpersonation: string };

export type ViewerFieldsFragment = { __typename?: 'Viewer', role: Role, user: { __typename?: 'User', id: string, login: string, email: string, emailVerifiedAt: string | null }, reseller: { __typename?: 'Reseller', id: string, name: string, defaultSkin: Skin, defaultLanguage: Language, isRoot: boolean }, preferences: { __typename?: 'Preferences', skin: Skin, textOnly: boolean, language: Language, skinChosen: boolean, canChooseSkin: boolean, canChooseLanguage: boolean }, activeAccount: { __typename?: 'Account', id: string, name: string, status: AccountStatus, suspendedReason: string | null, createdAt: string } | null, accounts: Array<{ __typename?: 'Account', id: string, name: string, status: AccountStatus }>, impersonator: { __typename?: 'Impersonator', login: string, returnUrl: string } | null, twoFactor: { __typename?: 'TwoFactorState', enrolmentRequired: boolean } };

export type ThemeFieldsFragment = { __typename?: 'Theme', name: string, version: number | null, draft: boolean, logoUrl: string | null, faviconUrl: string, cssVariables: Array<{ __typename?: 'CssVariable', name: string, value: string }>, settings: { __typename?: 'BrandSettings', texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } };

export type SessionQueryVariables = Exact<{
  preview?: Scalars['Boolean']['input'];
}>;


export type SessionQuery = { __typename?: 'Query', branding: { __typename?: 'Branding', companyName: string, defaultSkin: Skin, defaultLanguage: Language, needsSetup: boolean, suspended: boolean, productCredit: boolean, usersChooseSkin: boolean, usersChooseLanguage: boolean, theme: { __typename?: 'Theme', name: string, version: number | null, draft: boolean, logoUrl: string | null, faviconUrl: string, cssVariables: Array<{ __typename?: 'CssVariable', name: string, value: string }>, settings: { __typename?: 'BrandSettings', texts: Array<{ __typename?: 'BrandText', language: Language, key: string, text: string }> } } }, viewer: { __typename?: 'Viewer', role: Role, user: { __typename?: 'User', id: string, login: string, email: string, emailVerifiedAt: string | null }, reseller: { __typename?: 'Reseller', id: string, name: string, defaultSkin: Skin, defaultLanguage: Language, isRoot: boolean }, preferences: { __typename?: 'Preferences', skin: Skin, textOnly: boolean, language: Language, skinChosen: boolean, canChooseSkin: boolean, canChooseLanguage: boolean }, activeAccount: { __typename?: 'Account', id: string, name: string, status: AccountStatus, suspendedReason: string | null, createdAt: string } | null, accounts: Array<{ __typename?: 'Account', id: string, name: string, status: AccountStatus }>, impersonator: { __typename?: 'Impersonator', login: string, returnUrl: string } | null, twoFactor: { __typename?: 'TwoFactorState', enrolmentRequired: boolean } } | null };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { __typename?: 'Mutation', resendVerificationEmail: boolean };

export type SwitchAccountMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type SwitchAccountMutation = { __typename?: 'Mutation', switchAccount: { __typename?: 'Viewer', role: Role, user: { __typename?: 'User', id: string, login: string, email: string, emailVerifiedAt: string | null }, reseller: { __typename?: 'Reseller', id: string, name: string, defaultSkin: Skin, defaultLanguage: Language, isRoot: boolean }, preferences: { __typename?: 'Preferences', skin: Skin, textOnly: boolean, language: Language, skinChosen: boolean, canChooseSkin: boolean, canChooseLanguage: boolean }, activeAccount: { __typename?: 'Account', id: string, name: string, status: AccountStatus, suspendedReason: string | null, createdAt: string } | null, accounts: Array<{ __typename?: 'Account', id: string, name: string, status: AccountStatus }>, impersonator: { __typename?: 'Impersonator', login: string, returnUrl: string } | null, twoFactor: { __typename?: 'TwoFactorState', enrolmentRequired: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export const MovePlacementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MovePlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MovePlacementFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<MoneyFieldsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<LedgerEntryFieldsFragment, unknown>;
export const BrandSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palette"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"accent"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"danger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radius"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTextOnly"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"logo"}},{"kind":"Field","name":{"kind":"Name","value":"favicon"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<BrandSettingsFieldsFragment, unknown>;
export const BrandEditorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandEditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palette"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"accent"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"danger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radius"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTextOnly"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"logo"}},{"kind":"Field","name":{"kind":"Name","value":"favicon"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<BrandEditorFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedIps"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const DomainListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unicodeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"instantAlias"}},{"kind":"Field","name":{"kind":"Name","value":"nameServers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DomainListFieldsFragment, unknown>;
export const ResourceRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ttl"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"managed"}}]}}]} as unknown as DocumentNode<ResourceRecordFieldsFragment, unknown>;
export const SiteCertificateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SiteCertificateFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const PricedLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PricedLineFieldsFragment, unknown>;
export const InvoiceDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxName"}},{"kind":"Field","name":{"kind":"Name","value":"taxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PricedLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailFieldsFragment, unknown>;
export const InvoiceListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<InvoiceListFieldsFragment, unknown>;
export const JobTypeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<JobTypeFieldsFragment, unknown>;
export const CustomJobListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomJobListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CustomJobListFieldsFragment, unknown>;
export const KbArticleListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<KbArticleListFieldsFragment, unknown>;
export const MysqlDatabaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MysqlDatabaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MysqlDatabase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sizeCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MysqlDatabaseFieldsFragment, unknown>;
export const MysqlUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MysqlUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MysqlUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"databases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MysqlUserFieldsFragment, unknown>;
export const SavedCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SavedCardFieldsFragment, unknown>;
export const MyBillingProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyBillingProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<MyBillingProfileFieldsFragment, unknown>;
export const PlanChangeQuoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeQuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChangeQuoteView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PricedLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxName"}},{"kind":"Field","name":{"kind":"Name","value":"taxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<PlanChangeQuoteFieldsFragment, unknown>;
export const PlanOfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PlanOfferFieldsFragment, unknown>;
export const AdminPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOfferFields"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"forResellers"}},{"kind":"Field","name":{"kind":"Name","value":"oversellPercent"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPlanFieldsFragment, unknown>;
export const CompanyDetailsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"supportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportPhone"}}]}}]} as unknown as DocumentNode<CompanyDetailsFieldsFragment, unknown>;
export const ResellerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResellerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpHost"}},{"kind":"Field","name":{"kind":"Name","value":"cpHostAliases"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetailsFields"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"supportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportPhone"}}]}}]} as unknown as DocumentNode<ResellerFieldsFragment, unknown>;
export const ResellerQuotaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResellerQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"promised"}},{"kind":"Field","name":{"kind":"Name","value":"promiseLimit"}}]}}]} as unknown as DocumentNode<ResellerQuotaFieldsFragment, unknown>;
export const TwoFactorStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwoFactorStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<TwoFactorStateFieldsFragment, unknown>;
export const LogicalServerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"userHost"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"configDir"}},{"kind":"Field","name":{"kind":"Name","value":"controlCommand"}},{"kind":"Field","name":{"kind":"Name","value":"webRoot"}},{"kind":"Field","name":{"kind":"Name","value":"nameServer"}},{"kind":"Field","name":{"kind":"Name","value":"dnsRole"}},{"kind":"Field","name":{"kind":"Name","value":"maxAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiskMb"}},{"kind":"Field","name":{"kind":"Name","value":"maxTasks"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"physical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"load"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"databases"}},{"kind":"Field","name":{"kind":"Name","value":"diskBytes"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}}]}}]}}]} as unknown as DocumentNode<LogicalServerFieldsFragment, unknown>;
export const PhysicalServerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhysicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"sshPort"}},{"kind":"Field","name":{"kind":"Name","value":"sshUser"}},{"kind":"Field","name":{"kind":"Name","value":"hostKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"setupCommand"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthProblems"}}]}}]} as unknown as DocumentNode<PhysicalServerFieldsFragment, unknown>;
export const PaymentGatewayFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currencies"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"merchantAccount"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsSet"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"notifyPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PaymentGatewayFieldsFragment, unknown>;
export const SignupQuoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignupQuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPeriodView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"setupFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoiceTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoiceTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<SignupQuoteFieldsFragment, unknown>;
export const TicketListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TicketListFieldsFragment, unknown>;
export const TicketMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"viaMail"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<TicketMessageFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"runAfter"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const WebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skin"}},{"kind":"Field","name":{"kind":"Name","value":"textOnly"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"skinChosen"}},{"kind":"Field","name":{"kind":"Name","value":"canChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"canChooseLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"returnUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentRequired"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const ThemeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cssVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ThemeFieldsFragment, unknown>;
export const PublishPreviewedDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPreviewedDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishBrandDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PublishPreviewedDraftMutation, PublishPreviewedDraftMutationVariables>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const SuspendAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]} as unknown as DocumentNode<SuspendAccountMutation, SuspendAccountMutationVariables>;
export const ResumeAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]} as unknown as DocumentNode<ResumeAccountMutation, ResumeAccountMutationVariables>;
export const AccountMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MovePlacementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zoneServers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MovePlacementFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"logicalServers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MovePlacementFields"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"physical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MovePlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountMoveQuery, AccountMoveQueryVariables>;
export const MoveAccountSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAccountSites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toServerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAccountSites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toServerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toServerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sites"}}]}}]}}]} as unknown as DocumentNode<MoveAccountSitesMutation, MoveAccountSitesMutationVariables>;
export const MoveAccountZonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAccountZones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromServerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toServerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAccountZones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromServerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromServerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toServerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toServerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"zones"}},{"kind":"Field","name":{"kind":"Name","value":"nameServer"}},{"kind":"Field","name":{"kind":"Name","value":"was"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<MoveAccountZonesMutation, MoveAccountZonesMutationVariables>;
export const MoveAccountDatabasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAccountDatabases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toServerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAccountDatabases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toServerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toServerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"databases"}},{"kind":"Field","name":{"kind":"Name","value":"users"}}]}}]}}]} as unknown as DocumentNode<MoveAccountDatabasesMutation, MoveAccountDatabasesMutationVariables>;
export const SetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Setup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SetupMutation, SetupMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordWithLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const AccountBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<AccountBalanceQuery, AccountBalanceQueryVariables>;
export const LedgerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<LedgerEntriesQuery, LedgerEntriesQueryVariables>;
export const LedgerCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}]}}]} as unknown as DocumentNode<LedgerCsvQuery, LedgerCsvQueryVariables>;
export const BillingAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]} as unknown as DocumentNode<BillingAccountQuery, BillingAccountQueryVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const AddCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<AddCreditMutation, AddCreditMutationVariables>;
export const RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const RefundCardPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundCardPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundCardPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundCardPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<RefundCardPaymentMutation, RefundCardPaymentMutationVariables>;
export const ResolveHeldPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveHeldPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveHeldPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveHeldPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<ResolveHeldPaymentMutation, ResolveHeldPaymentMutationVariables>;
export const SaveCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SaveCardMutation, SaveCardMutationVariables>;
export const RemoveSavedCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSavedCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSavedCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveSavedCardMutation, RemoveSavedCardMutationVariables>;
export const BrandEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandEditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandEditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandEditorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brandGallery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palette"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"accent"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"danger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radius"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTextOnly"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"logo"}},{"kind":"Field","name":{"kind":"Name","value":"favicon"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandEditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<BrandEditorQuery, BrandEditorQueryVariables>;
export const SaveBrandDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBrandDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BrandDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBrandDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palette"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"accent"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"danger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radius"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTextOnly"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"logo"}},{"kind":"Field","name":{"kind":"Name","value":"favicon"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandEditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SaveBrandDraftMutation, SaveBrandDraftMutationVariables>;
export const DiscardBrandDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardBrandDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardBrandDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palette"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"accent"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"danger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radius"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTextOnly"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"logo"}},{"kind":"Field","name":{"kind":"Name","value":"favicon"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandEditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<DiscardBrandDraftMutation, DiscardBrandDraftMutationVariables>;
export const PublishBrandDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishBrandDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishBrandDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palette"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"accent"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"danger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radius"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTextOnly"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"logo"}},{"kind":"Field","name":{"kind":"Name","value":"favicon"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandEditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<PublishBrandDraftMutation, PublishBrandDraftMutationVariables>;
export const RollbackBrandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackBrand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palette"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"accent"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"danger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radius"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTextOnly"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"logo"}},{"kind":"Field","name":{"kind":"Name","value":"favicon"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandEditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<RollbackBrandMutation, RollbackBrandMutationVariables>;
export const ImportBrandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportBrand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandEditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palette"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"accent"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"danger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"radius"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTextOnly"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"logo"}},{"kind":"Field","name":{"kind":"Name","value":"favicon"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrandEditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrandEditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrandSettingsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<ImportBrandMutation, ImportBrandMutationVariables>;
export const BrandExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<BrandExportQuery, BrandExportQueryVariables>;
export const UploadBrandImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadBrandImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BrandImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadBrandImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]} as unknown as DocumentNode<UploadBrandImageMutation, UploadBrandImageMutationVariables>;
export const AdminCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCertificatesQuery, AdminCertificatesQueryVariables>;
export const CompanyCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CompanyCertificatesQuery, CompanyCertificatesQueryVariables>;
export const UploadCompanyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadCompanyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadCompanyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UploadCompanyCertificateMutation, UploadCompanyCertificateMutationVariables>;
export const AcmeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcmeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acmeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letsEncrypt"}},{"kind":"Field","name":{"kind":"Name","value":"letsEncryptStaging"}}]}}]}}]} as unknown as DocumentNode<AcmeSettingsQuery, AcmeSettingsQueryVariables>;
export const SetAcmeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAcmeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcmeSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAcmeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"letsEncrypt"}},{"kind":"Field","name":{"kind":"Name","value":"letsEncryptStaging"}}]}}]}}]} as unknown as DocumentNode<SetAcmeSettingsMutation, SetAcmeSettingsMutationVariables>;
export const IssueCompanyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCompanyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCompanyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<IssueCompanyCertificateMutation, IssueCompanyCertificateMutationVariables>;
export const SslPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SslPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sslPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requireDedicatedIp"}}]}}]}}]} as unknown as DocumentNode<SslPolicyQuery, SslPolicyQueryVariables>;
export const SetSslPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSslPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requireDedicatedIp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSslPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requireDedicatedIp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requireDedicatedIp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requireDedicatedIp"}}]}}]}}]} as unknown as DocumentNode<SetSslPolicyMutation, SetSslPolicyMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedIps"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CompanyApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedIps"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<CompanyApiTokensQuery, CompanyApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedIps"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedIps"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const DomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Domains"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDomain"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unicodeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"instantAlias"}},{"kind":"Field","name":{"kind":"Name","value":"nameServers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DomainsQuery, DomainsQueryVariables>;
export const DomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Domain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainListFields"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serverNames"}},{"kind":"Field","name":{"kind":"Name","value":"documentRoot"}},{"kind":"Field","name":{"kind":"Name","value":"directory"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"httpsRedirect"}},{"kind":"Field","name":{"kind":"Name","value":"hsts"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificateRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unicodeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"instantAlias"}},{"kind":"Field","name":{"kind":"Name","value":"nameServers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ttl"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"managed"}}]}}]} as unknown as DocumentNode<DomainQuery, DomainQueryVariables>;
export const AddDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unicodeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"instantAlias"}},{"kind":"Field","name":{"kind":"Name","value":"nameServers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AddDomainMutation, AddDomainMutationVariables>;
export const DeleteDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeleteDomainMutation, DeleteDomainMutationVariables>;
export const AddDnsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDnsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DnsRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDnsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ttl"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"managed"}}]}}]} as unknown as DocumentNode<AddDnsRecordMutation, AddDnsRecordMutationVariables>;
export const UpdateDnsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDnsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DnsRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDnsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ttl"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"managed"}}]}}]} as unknown as DocumentNode<UpdateDnsRecordMutation, UpdateDnsRecordMutationVariables>;
export const DeleteDnsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDnsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDnsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDnsRecordMutation, DeleteDnsRecordMutationVariables>;
export const ImportZoneFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportZoneFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importZoneFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportZoneFileMutation, ImportZoneFileMutationVariables>;
export const UploadSiteCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadSiteCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadSiteCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UploadSiteCertificateMutation, UploadSiteCertificateMutationVariables>;
export const RequestSiteCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSiteCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSiteCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keyType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RequestSiteCertificateMutation, RequestSiteCertificateMutationVariables>;
export const DeleteCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCertificateMutation, DeleteCertificateMutationVariables>;
export const IssueSiteCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueSiteCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSiteCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<IssueSiteCertificateMutation, IssueSiteCertificateMutationVariables>;
export const ReissueCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReissueCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reissueCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"certificatePem"}},{"kind":"Field","name":{"kind":"Name","value":"chainPem"}},{"kind":"Field","name":{"kind":"Name","value":"csrPem"}},{"kind":"Field","name":{"kind":"Name","value":"keyUploaded"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReissueCertificateMutation, ReissueCertificateMutationVariables>;
export const SetSiteHttpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSiteHttps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteHttpsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSiteHttps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"httpsRedirect"}},{"kind":"Field","name":{"kind":"Name","value":"hsts"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SetSiteHttpsMutation, SetSiteHttpsMutationVariables>;
export const CertificatePrivateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificatePrivateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificatePrivateKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<CertificatePrivateKeyMutation, CertificatePrivateKeyMutationVariables>;
export const CertificateWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}}]}}]}}]}}]} as unknown as DocumentNode<CertificateWarningsQuery, CertificateWarningsQueryVariables>;
export const FirstRunChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstRunChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstRunChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"empty"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAddress"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"have"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"fixPath"}}]}}]}}]}}]} as unknown as DocumentNode<FirstRunChecklistQuery, FirstRunChecklistQueryVariables>;
export const SetUpSingleMachineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUpSingleMachine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SingleMachineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUpSingleMachine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<SetUpSingleMachineMutation, SetUpSingleMachineMutationVariables>;
export const OperatorAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fixPath"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]}}]} as unknown as DocumentNode<OperatorAlertsQuery, OperatorAlertsQueryVariables>;
export const DismissOperatorAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissOperatorAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissOperatorAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<DismissOperatorAlertMutation, DismissOperatorAlertMutationVariables>;
export const CustomerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceListFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unicodeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nameServers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<CustomerHomeQuery, CustomerHomeQueryVariables>;
export const AdminOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitingModeration"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"failedTasks"}},{"kind":"Field","name":{"kind":"Name","value":"serversInTrouble"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsLast30Days"}}]}}]}}]} as unknown as DocumentNode<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const UsageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"diskMb"}},{"kind":"Field","name":{"kind":"Name","value":"trafficGb"}},{"kind":"Field","name":{"kind":"Name","value":"accountsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<UsageHistoryQuery, UsageHistoryQueryVariables>;
export const InvoiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxName"}},{"kind":"Field","name":{"kind":"Name","value":"taxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PricedLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]} as unknown as DocumentNode<InvoiceDetailQuery, InvoiceDetailQueryVariables>;
export const VoidInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxName"}},{"kind":"Field","name":{"kind":"Name","value":"taxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PricedLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]} as unknown as DocumentNode<VoidInvoiceMutation, VoidInvoiceMutationVariables>;
export const AdminInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<AdminInvoicesQuery, AdminInvoicesQueryVariables>;
export const AccountInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<AccountInvoicesQuery, AccountInvoicesQueryVariables>;
export const AccountPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextBillingAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccountPlanQuery, AccountPlanQueryVariables>;
export const PayInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<PayInvoiceMutation, PayInvoiceMutationVariables>;
export const StartRedirectPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRedirectPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gatewayId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRedirectPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"gatewayId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gatewayId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<StartRedirectPaymentMutation, StartRedirectPaymentMutationVariables>;
export const JobTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<JobTypesQuery, JobTypesQueryVariables>;
export const CustomJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJobState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomJobListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomJobListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<CustomJobsQuery, CustomJobsQueryVariables>;
export const CustomJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomJobListFields"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomJobListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<CustomJobQuery, CustomJobQueryVariables>;
export const OrderCustomJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderCustomJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCustomJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCustomJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomJobListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomJobListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<OrderCustomJobMutation, OrderCustomJobMutationVariables>;
export const CreateCustomJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomJobListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomJobListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<CreateCustomJobMutation, CreateCustomJobMutationVariables>;
export const SetCustomJobStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCustomJobState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJobState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomJobState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomJobListFields"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomJobListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<SetCustomJobStateMutation, SetCustomJobStateMutationVariables>;
export const CancelCustomJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCustomJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCustomJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomJobListFields"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomJobListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"orderedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<CancelCustomJobMutation, CancelCustomJobMutationVariables>;
export const PostCustomJobMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostCustomJobMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomJobMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postCustomJobMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostCustomJobMessageMutation, PostCustomJobMessageMutationVariables>;
export const CreateJobTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJobType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJobType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<CreateJobTypeMutation, CreateJobTypeMutationVariables>;
export const UpdateJobTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateJobType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJobType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<UpdateJobTypeMutation, UpdateJobTypeMutationVariables>;
export const DeleteJobTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteJobType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteJobType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteJobTypeMutation, DeleteJobTypeMutationVariables>;
export const KbBrowseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbBrowse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kbArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KbArticleListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<KbBrowseQuery, KbBrowseQueryVariables>;
export const KbSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KbArticleListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<KbSearchQuery, KbSearchQueryVariables>;
export const KbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"notHelpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KbArticleQuery, KbArticleQueryVariables>;
export const KbIsPublicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbIsPublic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbIsPublic"}}]}}]} as unknown as DocumentNode<KbIsPublicQuery, KbIsPublicQueryVariables>;
export const MarkArticleHelpfulDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkArticleHelpful"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"helpful"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markArticleHelpful"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"helpful"},"value":{"kind":"Variable","name":{"kind":"Name","value":"helpful"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"notHelpfulCount"}}]}}]}}]} as unknown as DocumentNode<MarkArticleHelpfulMutation, MarkArticleHelpfulMutationVariables>;
export const KbSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KbArticleListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KbArticleListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<KbSuggestionsQuery, KbSuggestionsQueryVariables>;
export const RecordDeflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDeflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDeflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"articleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"articleId"}}}]}]}}]} as unknown as DocumentNode<RecordDeflectionMutation, RecordDeflectionMutationVariables>;
export const KbAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticleState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbAdminCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kbAdminArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithResellers"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"notHelpfulCount"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kbSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKnowledgeBase"}}]}}]}}]} as unknown as DocumentNode<KbAdminQuery, KbAdminQueryVariables>;
export const KbAdminArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbAdminArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbAdminArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithResellers"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KbAdminArticleQuery, KbAdminArticleQueryVariables>;
export const KbPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}]}}]} as unknown as DocumentNode<KbPreviewQuery, KbPreviewQueryVariables>;
export const KbStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KbStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kbStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedArticles"}},{"kind":"Field","name":{"kind":"Name","value":"draftArticles"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"notHelpful"}},{"kind":"Field","name":{"kind":"Name","value":"helpfulRatio"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"deflections"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"deflectionRate"}}]}}]}}]} as unknown as DocumentNode<KbStatsQuery, KbStatsQueryVariables>;
export const CreateKbCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKbCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KbCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKbCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateKbCategoryMutation, CreateKbCategoryMutationVariables>;
export const DeleteKbCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteKbCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKbCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteKbCategoryMutation, DeleteKbCategoryMutationVariables>;
export const CreateKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateKbArticleMutation, CreateKbArticleMutationVariables>;
export const UpdateKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KbArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateKbArticleMutation, UpdateKbArticleMutationVariables>;
export const PublishKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PublishKbArticleMutation, PublishKbArticleMutationVariables>;
export const UnpublishKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<UnpublishKbArticleMutation, UnpublishKbArticleMutationVariables>;
export const DeleteKbArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteKbArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteKbArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteKbArticleMutation, DeleteKbArticleMutationVariables>;
export const SetKbSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetKbSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicKnowledgeBase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setKbSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"publicKnowledgeBase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicKnowledgeBase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKnowledgeBase"}}]}}]}}]} as unknown as DocumentNode<SetKbSettingsMutation, SetKbSettingsMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdatePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skin"}},{"kind":"Field","name":{"kind":"Name","value":"textOnly"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"skinChosen"}},{"kind":"Field","name":{"kind":"Name","value":"canChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"canChooseLanguage"}}]}}]}}]} as unknown as DocumentNode<UpdatePreferencesMutation, UpdatePreferencesMutationVariables>;
export const ChangeEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerifiedAt"}}]}}]}}]} as unknown as DocumentNode<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const MysqlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mysql"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mysqlDatabases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MysqlDatabaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mysqlUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MysqlUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MysqlDatabaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MysqlDatabase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sizeCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MysqlUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MysqlUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"databases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MysqlQuery, MysqlQueryVariables>;
export const CreateMysqlDatabaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMysqlDatabase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMysqlDatabaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMysqlDatabase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MysqlDatabaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MysqlDatabaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MysqlDatabase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charset"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sizeCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateMysqlDatabaseMutation, CreateMysqlDatabaseMutationVariables>;
export const DeleteMysqlDatabaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMysqlDatabase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMysqlDatabase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeleteMysqlDatabaseMutation, DeleteMysqlDatabaseMutationVariables>;
export const CreateMysqlUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMysqlUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMysqlUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMysqlUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MysqlUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MysqlUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MysqlUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"databases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateMysqlUserMutation, CreateMysqlUserMutationVariables>;
export const SetMysqlUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMysqlUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMysqlUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}}]}}]}}]} as unknown as DocumentNode<SetMysqlUserPasswordMutation, SetMysqlUserPasswordMutationVariables>;
export const DeleteMysqlUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMysqlUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMysqlUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeleteMysqlUserMutation, DeleteMysqlUserMutationVariables>;
export const GrantMysqlDatabaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantMysqlDatabase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"databaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantMysqlDatabase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"databaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"databaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<GrantMysqlDatabaseMutation, GrantMysqlDatabaseMutationVariables>;
export const RevokeMysqlDatabaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMysqlDatabase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"databaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeMysqlDatabase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"databaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"databaseId"}}}]}]}}]} as unknown as DocumentNode<RevokeMysqlDatabaseMutation, RevokeMysqlDatabaseMutationVariables>;
export const RefreshMysqlSizesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshMysqlSizes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshMysqlSizes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}]}]}}]} as unknown as DocumentNode<RefreshMysqlSizesMutation, RefreshMysqlSizesMutationVariables>;
export const PaymentSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSetup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PaymentSetupQuery, PaymentSetupQueryVariables>;
export const PaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<PaymentsQuery, PaymentsQueryVariables>;
export const PaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<PaymentQuery, PaymentQueryVariables>;
export const CancelRedirectPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRedirectPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRedirectPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"card"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"refundOfId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayName"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayKind"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<CancelRedirectPaymentMutation, CancelRedirectPaymentMutationVariables>;
export const ModerationAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"MODERATION"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationAccountsQuery, ModerationAccountsQueryVariables>;
export const ApproveAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]} as unknown as DocumentNode<ApproveAccountMutation, ApproveAccountMutationVariables>;
export const RejectAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]} as unknown as DocumentNode<RejectAccountMutation, RejectAccountMutationVariables>;
export const MyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSince"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextBillingAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyBillingProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyBillingProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<MyPlanQuery, MyPlanQueryVariables>;
export const MyPlanChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlanChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}}]} as unknown as DocumentNode<MyPlanChoicesQuery, MyPlanChoicesQueryVariables>;
export const MyPlanChangeQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlanChangeQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planChangeQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanChangeQuoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeQuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChangeQuoteView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PricedLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxName"}},{"kind":"Field","name":{"kind":"Name","value":"taxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<MyPlanChangeQuoteQuery, MyPlanChangeQuoteQueryVariables>;
export const ChangeMyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanChangeQuoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PricedLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceLineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChangeQuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanChangeQuoteView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PricedLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxName"}},{"kind":"Field","name":{"kind":"Name","value":"taxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<ChangeMyPlanMutation, ChangeMyPlanMutationVariables>;
export const OpenAnotherAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAnotherAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenAnotherAccountMutation, OpenAnotherAccountMutationVariables>;
export const UpdateMyBillingProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyBillingProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBillingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyBillingProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyBillingProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<UpdateMyBillingProfileMutation, UpdateMyBillingProfileMutationVariables>;
export const AdminPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOfferFields"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"forResellers"}},{"kind":"Field","name":{"kind":"Name","value":"oversellPercent"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPlansQuery, AdminPlansQueryVariables>;
export const AdminPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOfferFields"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"forResellers"}},{"kind":"Field","name":{"kind":"Name","value":"oversellPercent"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPlanQuery, AdminPlanQueryVariables>;
export const PlanCurrencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCurrency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resellerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resellerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<PlanCurrencyQuery, PlanCurrencyQueryVariables>;
export const CreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOfferFields"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"forResellers"}},{"kind":"Field","name":{"kind":"Name","value":"oversellPercent"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const UpdatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOfferFields"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"forResellers"}},{"kind":"Field","name":{"kind":"Name","value":"oversellPercent"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const DeletePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeletePlanMutation, DeletePlanMutationVariables>;
export const ResellersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resellers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpHost"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResellersQuery, ResellersQueryVariables>;
export const CreateResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateResellerMutation, CreateResellerMutationVariables>;
export const ResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResellerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"supportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportPhone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResellerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpHost"}},{"kind":"Field","name":{"kind":"Name","value":"cpHostAliases"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetailsFields"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ResellerQuery, ResellerQueryVariables>;
export const UpdateResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResellerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"supportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportPhone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResellerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpHost"}},{"kind":"Field","name":{"kind":"Name","value":"cpHostAliases"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetailsFields"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<UpdateResellerMutation, UpdateResellerMutationVariables>;
export const SuspendResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResellerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"supportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportPhone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResellerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpHost"}},{"kind":"Field","name":{"kind":"Name","value":"cpHostAliases"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetailsFields"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SuspendResellerMutation, SuspendResellerMutationVariables>;
export const ResumeResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResellerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"supportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportPhone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResellerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpHost"}},{"kind":"Field","name":{"kind":"Name","value":"cpHostAliases"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetailsFields"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ResumeResellerMutation, ResumeResellerMutationVariables>;
export const DeleteResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteResellerMutation, DeleteResellerMutationVariables>;
export const ResellerPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nextBillingAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResellerQuotaFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forResellers"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResellerQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"promised"}},{"kind":"Field","name":{"kind":"Name","value":"promiseLimit"}}]}}]} as unknown as DocumentNode<ResellerPlanQuery, ResellerPlanQueryVariables>;
export const SetResellerPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetResellerPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetResellerPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setResellerPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetResellerPlanMutation, SetResellerPlanMutationVariables>;
export const OwnQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnQuotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResellerQuotaFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResellerQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"promised"}},{"kind":"Field","name":{"kind":"Name","value":"promiseLimit"}}]}}]} as unknown as DocumentNode<OwnQuotasQuery, OwnQuotasQueryVariables>;
export const TwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwoFactorStateFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwoFactorStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<TwoFactorQuery, TwoFactorQueryVariables>;
export const StartTotpEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTotpEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmTotpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotpEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const DisableTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DisableTotpMutation, DisableTotpMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const StartPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPasskeyRegistration"}}]}}]} as unknown as DocumentNode<StartPasskeyRegistrationMutation, StartPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskeyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishPasskeyRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const RemovePasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePasskeyMutation, RemovePasskeyMutationVariables>;
export const AdminsTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminsTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminsNeedTwoFactor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"}}]}}]}}]}}]} as unknown as DocumentNode<AdminsTwoFactorQuery, AdminsTwoFactorQueryVariables>;
export const SetAdminsNeedTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAdminsNeedTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAdminsNeedTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"required"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminsNeedTwoFactor"}}]}}]}}]} as unknown as DocumentNode<SetAdminsNeedTwoFactorMutation, SetAdminsNeedTwoFactorMutationVariables>;
export const SecondFactorPasskeyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecondFactorPasskeyOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondFactorPasskeyOptions"}}]}}]} as unknown as DocumentNode<SecondFactorPasskeyOptionsMutation, SecondFactorPasskeyOptionsMutationVariables>;
export const VerifySecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<VerifySecondFactorMutation, VerifySecondFactorMutationVariables>;
export const UserTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}}]}}]}}]} as unknown as DocumentNode<UserTwoFactorQuery, UserTwoFactorQueryVariables>;
export const ResetUserTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}}]}}]}}]} as unknown as DocumentNode<ResetUserTwoFactorMutation, ResetUserTwoFactorMutationVariables>;
export const PhysicalServersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhysicalServers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"physicalServers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"logicalServers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PhysicalServersQuery, PhysicalServersQueryVariables>;
export const PhysicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhysicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"physicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhysicalServerFields"}},{"kind":"Field","name":{"kind":"Name","value":"logicalServers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogicalServerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhysicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"sshPort"}},{"kind":"Field","name":{"kind":"Name","value":"sshUser"}},{"kind":"Field","name":{"kind":"Name","value":"hostKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"setupCommand"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthProblems"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"userHost"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"configDir"}},{"kind":"Field","name":{"kind":"Name","value":"controlCommand"}},{"kind":"Field","name":{"kind":"Name","value":"webRoot"}},{"kind":"Field","name":{"kind":"Name","value":"nameServer"}},{"kind":"Field","name":{"kind":"Name","value":"dnsRole"}},{"kind":"Field","name":{"kind":"Name","value":"maxAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiskMb"}},{"kind":"Field","name":{"kind":"Name","value":"maxTasks"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"physical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"load"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"databases"}},{"kind":"Field","name":{"kind":"Name","value":"diskBytes"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}}]}}]}}]} as unknown as DocumentNode<PhysicalServerQuery, PhysicalServerQueryVariables>;
export const CreatePhysicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePhysicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPhysicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}}]}}]}}]} as unknown as DocumentNode<CreatePhysicalServerMutation, CreatePhysicalServerMutationVariables>;
export const UpdatePhysicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhysicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePhysicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhysicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhysicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"sshPort"}},{"kind":"Field","name":{"kind":"Name","value":"sshUser"}},{"kind":"Field","name":{"kind":"Name","value":"hostKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"setupCommand"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthProblems"}}]}}]} as unknown as DocumentNode<UpdatePhysicalServerMutation, UpdatePhysicalServerMutationVariables>;
export const CheckPhysicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckPhysicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkPhysicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhysicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhysicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"sshPort"}},{"kind":"Field","name":{"kind":"Name","value":"sshUser"}},{"kind":"Field","name":{"kind":"Name","value":"hostKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"setupCommand"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthProblems"}}]}}]} as unknown as DocumentNode<CheckPhysicalServerMutation, CheckPhysicalServerMutationVariables>;
export const RotatePhysicalServerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotatePhysicalServerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotatePhysicalServerKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhysicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhysicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"sshPort"}},{"kind":"Field","name":{"kind":"Name","value":"sshUser"}},{"kind":"Field","name":{"kind":"Name","value":"hostKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"setupCommand"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthProblems"}}]}}]} as unknown as DocumentNode<RotatePhysicalServerKeyMutation, RotatePhysicalServerKeyMutationVariables>;
export const RevokePhysicalServerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePhysicalServerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePhysicalServerKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhysicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhysicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"sshPort"}},{"kind":"Field","name":{"kind":"Name","value":"sshUser"}},{"kind":"Field","name":{"kind":"Name","value":"hostKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"setupCommand"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthProblems"}}]}}]} as unknown as DocumentNode<RevokePhysicalServerKeyMutation, RevokePhysicalServerKeyMutationVariables>;
export const IssuePhysicalServerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePhysicalServerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuePhysicalServerKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhysicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhysicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"sshPort"}},{"kind":"Field","name":{"kind":"Name","value":"sshUser"}},{"kind":"Field","name":{"kind":"Name","value":"hostKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"setupCommand"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthProblems"}}]}}]} as unknown as DocumentNode<IssuePhysicalServerKeyMutation, IssuePhysicalServerKeyMutationVariables>;
export const ForgetPhysicalServerHostKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgetPhysicalServerHostKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forgetPhysicalServerHostKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhysicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhysicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhysicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"sshPort"}},{"kind":"Field","name":{"kind":"Name","value":"sshUser"}},{"kind":"Field","name":{"kind":"Name","value":"hostKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessPublicKey"}},{"kind":"Field","name":{"kind":"Name","value":"accessIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"setupCommand"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"healthProblems"}}]}}]} as unknown as DocumentNode<ForgetPhysicalServerHostKeyMutation, ForgetPhysicalServerHostKeyMutationVariables>;
export const DeletePhysicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePhysicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePhysicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePhysicalServerMutation, DeletePhysicalServerMutationVariables>;
export const LogicalServersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogicalServers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServerKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logicalServers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"userHost"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"configDir"}},{"kind":"Field","name":{"kind":"Name","value":"controlCommand"}},{"kind":"Field","name":{"kind":"Name","value":"webRoot"}},{"kind":"Field","name":{"kind":"Name","value":"nameServer"}},{"kind":"Field","name":{"kind":"Name","value":"dnsRole"}},{"kind":"Field","name":{"kind":"Name","value":"maxAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiskMb"}},{"kind":"Field","name":{"kind":"Name","value":"maxTasks"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"physical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"load"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"databases"}},{"kind":"Field","name":{"kind":"Name","value":"diskBytes"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}}]}}]}}]} as unknown as DocumentNode<LogicalServersQuery, LogicalServersQueryVariables>;
export const LogicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"userHost"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"configDir"}},{"kind":"Field","name":{"kind":"Name","value":"controlCommand"}},{"kind":"Field","name":{"kind":"Name","value":"webRoot"}},{"kind":"Field","name":{"kind":"Name","value":"nameServer"}},{"kind":"Field","name":{"kind":"Name","value":"dnsRole"}},{"kind":"Field","name":{"kind":"Name","value":"maxAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiskMb"}},{"kind":"Field","name":{"kind":"Name","value":"maxTasks"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"physical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"load"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"databases"}},{"kind":"Field","name":{"kind":"Name","value":"diskBytes"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}}]}}]}}]} as unknown as DocumentNode<LogicalServerQuery, LogicalServerQueryVariables>;
export const LogicalServerChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogicalServerChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"physicalServers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serverGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<LogicalServerChoicesQuery, LogicalServerChoicesQueryVariables>;
export const ServerChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServerKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logicalServers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ServerChoicesQuery, ServerChoicesQueryVariables>;
export const CreateLogicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLogicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLogicalServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLogicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"userHost"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"configDir"}},{"kind":"Field","name":{"kind":"Name","value":"controlCommand"}},{"kind":"Field","name":{"kind":"Name","value":"webRoot"}},{"kind":"Field","name":{"kind":"Name","value":"nameServer"}},{"kind":"Field","name":{"kind":"Name","value":"dnsRole"}},{"kind":"Field","name":{"kind":"Name","value":"maxAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiskMb"}},{"kind":"Field","name":{"kind":"Name","value":"maxTasks"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"physical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"load"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"databases"}},{"kind":"Field","name":{"kind":"Name","value":"diskBytes"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}}]}}]}}]} as unknown as DocumentNode<CreateLogicalServerMutation, CreateLogicalServerMutationVariables>;
export const UpdateLogicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLogicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLogicalServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLogicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogicalServerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogicalServerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogicalServer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"userHost"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"configDir"}},{"kind":"Field","name":{"kind":"Name","value":"controlCommand"}},{"kind":"Field","name":{"kind":"Name","value":"webRoot"}},{"kind":"Field","name":{"kind":"Name","value":"nameServer"}},{"kind":"Field","name":{"kind":"Name","value":"dnsRole"}},{"kind":"Field","name":{"kind":"Name","value":"maxAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"maxDiskMb"}},{"kind":"Field","name":{"kind":"Name","value":"maxTasks"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"physical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"load"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"databases"}},{"kind":"Field","name":{"kind":"Name","value":"diskBytes"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}}]}}]}}]} as unknown as DocumentNode<UpdateLogicalServerMutation, UpdateLogicalServerMutationVariables>;
export const SetLogicalServerEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLogicalServerEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLogicalServerEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SetLogicalServerEnabledMutation, SetLogicalServerEnabledMutationVariables>;
export const DeleteLogicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLogicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLogicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteLogicalServerMutation, DeleteLogicalServerMutationVariables>;
export const ResyncLogicalServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResyncLogicalServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resyncLogicalServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"different"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}}]}}]}}]} as unknown as DocumentNode<ResyncLogicalServerMutation, ResyncLogicalServerMutationVariables>;
export const ServerGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServerKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]} as unknown as DocumentNode<ServerGroupsQuery, ServerGroupsQueryVariables>;
export const CreateServerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateServerGroupMutation, CreateServerGroupMutationVariables>;
export const UpdateServerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<UpdateServerGroupMutation, UpdateServerGroupMutationVariables>;
export const DeleteServerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteServerGroupMutation, DeleteServerGroupMutationVariables>;
export const IpAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IpAddresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IpKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"free"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ipAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"serverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"free"},"value":{"kind":"Variable","name":{"kind":"Name","value":"free"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IpAddressesQuery, IpAddressesQueryVariables>;
export const AddIpAddressesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIpAddresses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddIpAddressesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIpAddresses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddIpAddressesMutation, AddIpAddressesMutationVariables>;
export const AllocateIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<AllocateIpMutation, AllocateIpMutationVariables>;
export const ReleaseIpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseIp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseIp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<ReleaseIpMutation, ReleaseIpMutationVariables>;
export const DeleteIpAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIpAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIpAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteIpAddressMutation, DeleteIpAddressMutationVariables>;
export const BillingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resellerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resellerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"suspendAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"autoChargeDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"autoChargeAttempts"}}]}}]}}]} as unknown as DocumentNode<BillingSettingsQuery, BillingSettingsQueryVariables>;
export const UpdateBillingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBillingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBillingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDays"}},{"kind":"Field","name":{"kind":"Name","value":"suspendAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"autoChargeDaysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"autoChargeAttempts"}}]}}]}}]} as unknown as DocumentNode<UpdateBillingSettingsMutation, UpdateBillingSettingsMutationVariables>;
export const TaxRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<TaxRatesQuery, TaxRatesQueryVariables>;
export const AddTaxRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTaxRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaxRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<AddTaxRateMutation, AddTaxRateMutationVariables>;
export const MailTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MailTemplatesQuery, MailTemplatesQueryVariables>;
export const PreviewMailTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"}}]}}]}}]} as unknown as DocumentNode<PreviewMailTemplateQuery, PreviewMailTemplateQueryVariables>;
export const SaveMailTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SaveMailTemplateMutation, SaveMailTemplateMutationVariables>;
export const ResetMailTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailEvent"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ResetMailTemplateMutation, ResetMailTemplateMutationVariables>;
export const MailSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailSender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailSender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"senderAddress"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAddress"}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"}}]}}]}}]} as unknown as DocumentNode<MailSenderQuery, MailSenderQueryVariables>;
export const UpdateMailSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMailSender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailSenderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailSender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"senderAddress"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveName"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAddress"}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"}}]}}]}}]} as unknown as DocumentNode<UpdateMailSenderMutation, UpdateMailSenderMutationVariables>;
export const PaymentGatewaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentGateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentGateways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentGatewayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currencies"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"merchantAccount"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsSet"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"notifyPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PaymentGatewaysQuery, PaymentGatewaysQueryVariables>;
export const CreatePaymentGatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePaymentGateway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentGatewayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPaymentGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentGatewayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currencies"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"merchantAccount"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsSet"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"notifyPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreatePaymentGatewayMutation, CreatePaymentGatewayMutationVariables>;
export const UpdatePaymentGatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePaymentGateway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentGatewayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePaymentGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentGatewayFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentGatewayFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentGateway"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currencies"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"merchantAccount"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsSet"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"notifyPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdatePaymentGatewayMutation, UpdatePaymentGatewayMutationVariables>;
export const DeletePaymentGatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePaymentGateway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePaymentGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeletePaymentGatewayMutation, DeletePaymentGatewayMutationVariables>;
export const CompanyDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productCredit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"supportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportPhone"}}]}}]} as unknown as DocumentNode<CompanyDetailsQuery, CompanyDetailsQueryVariables>;
export const UpdateResellerSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResellerSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResellerSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResellerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"productCredit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reseller"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"supportEmail"}},{"kind":"Field","name":{"kind":"Name","value":"supportPhone"}}]}}]} as unknown as DocumentNode<UpdateResellerSettingsMutation, UpdateResellerSettingsMutationVariables>;
export const DnsSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DnsSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dnsSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDomain"}},{"kind":"Field","name":{"kind":"Name","value":"nameServers"}}]}}]}}]} as unknown as DocumentNode<DnsSettingsQuery, DnsSettingsQueryVariables>;
export const SetServiceDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceDomain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceDomain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceDomain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDomain"}},{"kind":"Field","name":{"kind":"Name","value":"nameServers"}}]}}]}}]} as unknown as DocumentNode<SetServiceDomainMutation, SetServiceDomainMutationVariables>;
export const SignupPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignupPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signupPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOfferFields"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignupQuoteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"signupEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"moderated"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxUnits"}},{"kind":"Field","name":{"kind":"Name","value":"freeUnits"}},{"kind":"Field","name":{"kind":"Name","value":"setupFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usagePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignupQuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPeriodView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"setupFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoiceTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoiceTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyFields"}}]}}]}}]} as unknown as DocumentNode<SignupPlansQuery, SignupPlansQueryVariables>;
export const SignupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Signup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SignupMutation, SignupMutationVariables>;
export const MyTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyTicketsQuery, MyTicketsQueryVariables>;
export const TicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ticket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketListFields"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"domainId"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketMessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"viaMail"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const TicketRelatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketRelated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mysqlDatabases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<TicketRelatedQuery, TicketRelatedQueryVariables>;
export const OpenTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OpenTicketMutation, OpenTicketMutationVariables>;
export const ReplyToTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"}},{"kind":"Field","name":{"kind":"Name","value":"viaMail"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<ReplyToTicketMutation, ReplyToTicketMutationVariables>;
export const CloseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<CloseTicketMutation, CloseTicketMutationVariables>;
export const TicketAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<TicketAttachmentQuery, TicketAttachmentQueryVariables>;
export const SupportQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketPriority"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unassigned"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unassigned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unassigned"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketListFields"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SupportQueueQuery, SupportQueueQueryVariables>;
export const StaffToolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffTools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cannedReplies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<StaffToolsQuery, StaffToolsQueryVariables>;
export const SetTicketStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTicketState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketState"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<SetTicketStateMutation, SetTicketStateMutationVariables>;
export const AssignTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]} as unknown as DocumentNode<AssignTicketMutation, AssignTicketMutationVariables>;
export const MergeTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"intoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intoId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MergeTicketsMutation, MergeTicketsMutationVariables>;
export const CannedRepliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedReplies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReplies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}}]}}]} as unknown as DocumentNode<CannedRepliesQuery, CannedRepliesQueryVariables>;
export const CreateCannedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCannedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<CreateCannedReplyMutation, CreateCannedReplyMutationVariables>;
export const UpdateCannedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCannedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<UpdateCannedReplyMutation, UpdateCannedReplyMutationVariables>;
export const DeleteCannedReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCannedReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCannedReplyMutation, DeleteCannedReplyMutationVariables>;
export const SetSupportTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSupportTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportTargetInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSupportTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}}]}}]} as unknown as DocumentNode<SetSupportTargetsMutation, SetSupportTargetsMutationVariables>;
export const TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"serverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serverId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"runAfter"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const RetryTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"runAfter"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RetryTaskMutation, RetryTaskMutationVariables>;
export const CancelTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"runAfter"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CancelTaskMutation, CancelTaskMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<UserQuery, UserQueryVariables>;
export const ResellerChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}}]}}]}}]}}]} as unknown as DocumentNode<ResellerChoicesQuery, ResellerChoicesQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const StaffLoginsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffLogins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffLogins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<StaffLoginsQuery, StaffLoginsQueryVariables>;
export const CreateStaffLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<CreateStaffLoginMutation, CreateStaffLoginMutationVariables>;
export const SetStaffLoginDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffLoginDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffLoginDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<SetStaffLoginDisabledMutation, SetStaffLoginDisabledMutationVariables>;
export const UserAccountHostingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAccountHosting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unicodeName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"serverNames"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mysqlDatabases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<UserAccountHostingQuery, UserAccountHostingQueryVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SendTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const WebhookPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowPrivateTargets"}}]}}]}}]} as unknown as DocumentNode<WebhookPolicyQuery, WebhookPolicyQueryVariables>;
export const SetWebhookPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWebhookPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowPrivateTargets"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWebhookPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allowPrivateTargets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowPrivateTargets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowPrivateTargets"}}]}}]}}]} as unknown as DocumentNode<SetWebhookPolicyMutation, SetWebhookPolicyMutationVariables>;
export const ImpersonateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImpersonateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impersonateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<ImpersonateUserMutation, ImpersonateUserMutationVariables>;
export const RedeemImpersonationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemImpersonation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemImpersonation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RedeemImpersonationMutation, RedeemImpersonationMutationVariables>;
export const EndImpersonationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndImpersonation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endImpersonation"}}]}}]} as unknown as DocumentNode<EndImpersonationMutation, EndImpersonationMutationVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preview"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"needsSetup"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"productCredit"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"usersChooseLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preview"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cssVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skin"}},{"kind":"Field","name":{"kind":"Name","value":"textOnly"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"skinChosen"}},{"kind":"Field","name":{"kind":"Name","value":"canChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"canChooseLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"returnUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentRequired"}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const ResendVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendVerificationEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"}}]}}]} as unknown as DocumentNode<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const SwitchAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reseller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultSkin"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skin"}},{"kind":"Field","name":{"kind":"Name","value":"textOnly"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"skinChosen"}},{"kind":"Field","name":{"kind":"Name","value":"canChooseSkin"}},{"kind":"Field","name":{"kind":"Name","value":"canChooseLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"returnUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"twoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentRequired"}}]}}]}}]} as unknown as DocumentNode<SwitchAccountMutation, SwitchAccountMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;