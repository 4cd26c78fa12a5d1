/** The API page: the viewer's tokens (and, for admins, their company's). */
export const DEVELOPERS_PATH = '/developers';
