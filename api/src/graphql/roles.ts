/**
 * What a user is. The enum lives in the core because access checks (graphql/access.ts) read it;
 * the identity area re-exports it and registers it with type-graphql (modules/identity/enums.ts).
 */
export enum Role {
  MASTER_ADMIN = 'MASTER_ADMIN',
  RESELLER_ADMIN = 'RESELLER_ADMIN',
  /** A staff login of a company (the master's or a reseller's) that answers support: nothing else. */
  SUPPORT_STAFF = 'SUPPORT_STAFF',
  END_USER = 'END_USER',
}
