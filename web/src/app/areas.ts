import { accountsArea } from '../pages/accounts';
import { billingArea } from '../pages/billing';
import { brandArea } from '../pages/brand';
import { certificatesArea } from '../pages/certificates';
import { developersArea } from '../pages/developers';
import { explorerArea } from '../pages/developers/explorer.area';
import { frameArea } from '../skins/frame.area';
import { domainsArea } from '../pages/domains';
import { homeArea } from '../pages/home';
import { invoicesArea } from '../pages/invoices';
import { jobsArea } from '../pages/jobs';
import { knowledgeArea } from '../pages/knowledge';
import { meArea } from '../pages/me';
import { mysqlArea } from '../pages/mysql';
import { paymentsArea } from '../pages/payments';
import { plansArea } from '../pages/plans';
import { resellersArea } from '../pages/resellers';
import { securityArea } from '../pages/security';
import { serversArea } from '../pages/servers';
import { settingsArea } from '../pages/settings';
import { supportArea } from '../pages/support';
import { tasksArea } from '../pages/tasks';
import { usersArea } from '../pages/users';
import { webhooksArea } from '../pages/webhooks';

/**
 * Every area of the panel: the one central list a new area is added to. The routes (App.tsx), the
 * navigation (skins/navigation.ts), the message catalogs (i18n/en.ts, de.ts) and the page ids
 * (components/Page.tsx) are assembled from it. The menus show each group's entries in this order.
 */
export const AREAS = [
  homeArea,
  domainsArea,
  mysqlArea,
  billingArea,
  usersArea,
  accountsArea,
  plansArea,
  invoicesArea,
  paymentsArea,
  jobsArea,
  certificatesArea,
  supportArea,
  knowledgeArea,
  resellersArea,
  settingsArea,
  brandArea,
  serversArea,
  tasksArea,
  webhooksArea,
  meArea,
  securityArea,
  developersArea,
  explorerArea,
  frameArea,
] as const;

type AnyArea = (typeof AREAS)[number];

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The ids of every area's navigation entries. */
export type AreaNavId = AnyArea['nav'][number]['id'];
/** Every area's English messages, as one catalog type. */
export type AreaMessagesEn = UnionToIntersection<Awaited<ReturnType<AnyArea['messages']['en']>>>;
/** The `page-<id>` test ids of every area's pages. */
export type AreaPageId = AnyArea['pageIds'][number];
