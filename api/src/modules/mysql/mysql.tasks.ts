/** Task kinds of the MySQL module (the handlers are in mysql.handlers.ts). */
export const MysqlTask = {
  createDatabase: 'mysql.createDatabase',
  dropDatabase: 'mysql.dropDatabase',
  createUser: 'mysql.createUser',
  setPassword: 'mysql.setPassword',
  dropUser: 'mysql.dropUser',
  grant: 'mysql.grant',
  revoke: 'mysql.revoke',
  lockAccount: 'mysql.lockAccount',
  unlockAccount: 'mysql.unlockAccount',
  refreshSizes: 'mysql.refreshSizes',
} as const;

export interface DatabasePayload {
  databaseId: number;
  name: string;
}
export interface UserPayload {
  userId: number;
  name: string;
}
/** `requestedAt`: epoch ms of the request; an older request never overwrites a newer password. */
export interface PasswordPayload extends UserPayload {
  requestedAt: number;
}
export interface GrantPayload {
  grantId: number;
  user: string;
  database: string;
}
export interface AccountPayload {
  accountId: number;
}
