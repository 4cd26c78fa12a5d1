/** The company's webhooks (admins). */
export const ADMIN_WEBHOOKS_PATH = '/admin/webhooks';
/** The active account's webhooks (end users). */
export const WEBHOOKS_PATH = '/webhooks';
