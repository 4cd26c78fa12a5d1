import { requireScope, type ScopeParams } from '../../db/scope';

/**
 * The tenant filter of tickets' messages and attachments: admins see their company's, an end user
 * only those of their own accounts, and never a staff note (`internal`). Staff notes are kept from
 * customers here, in the data layer, not by remembering to filter in every query.
 */
export function customerSafeScope(args: ScopeParams) {
  const s = requireScope(args);
  if (s.all) return {};
  if (s.userId === undefined) return { reseller: s.resellerId };
  return { reseller: s.resellerId, account: { owner: s.userId }, internal: false };
}
