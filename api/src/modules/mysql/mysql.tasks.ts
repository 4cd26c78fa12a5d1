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
  /** On the server an account's databases go to: copies logins, databases and grants from `from`, then moves the rows. */
  moveAccount: 'mysql.moveAccount',
  /** On the server they left, after the grace time: drops the old copies (unless they came back). */
  dropOldCopy: 'mysql.dropOldCopy',
} as const;

export interface MovePayload {
  accountId: number;
  /** The server the databases leave. */
  from: number;
}
export interface DropOldCopyPayload {
  accountId: number;
  databases: string[];
  users: string[];
}

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
