/** The customer's services: the catalogue, the order form and their jobs. */
export const JOBS_PATH = '/jobs';
/** The admins' queue of custom jobs. */
export const ADMIN_JOBS_PATH = '/admin/jobs';
/** The admins' catalogue of job types. */
export const JOB_TYPES_PATH = `${ADMIN_JOBS_PATH}/types`;

export const jobPath = (id: string) => `${JOBS_PATH}/${id}`;
export const adminJobPath = (id: string) => `${ADMIN_JOBS_PATH}/${id}`;
