/** The master admin's resellers list. */
export const RESELLERS_PATH = '/admin/resellers';
/** One reseller's page. */
export const resellerPath = (id: string) => `${RESELLERS_PATH}/${id}`;
