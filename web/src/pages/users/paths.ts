/** The admin's users list. */
export const USERS_PATH = '/admin/users';
/** One user's page. */
export const userPath = (id: string) => `${USERS_PATH}/${id}`;
/** A domain of one of the user's accounts, opened from the user's page (the domains area routes it). */
export const userDomainPath = (userId: string, domainId: string) => `${userPath(userId)}/domains/${domainId}`;
/** The MySQL databases of one of the user's accounts, opened from the user's page (routed by the users area). */
export const userDatabasesPath = (userId: string, accountId: string) =>
  `${userPath(userId)}/accounts/${accountId}/databases`;
