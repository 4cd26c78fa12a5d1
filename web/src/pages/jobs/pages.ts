export { AdminJobsPage } from './AdminJobsPage';
export { JobPage } from './JobPage';
export { JobsPage } from './JobsPage';
export { JobTypesPage } from './JobTypesPage';
