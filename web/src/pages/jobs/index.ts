import { defineArea, EVERYONE, lazyPage, SUPPORT_DESK } from '../../app/area';
import { ADMIN_JOBS_PATH, JOBS_PATH } from './pageIds';

const pages = () => import('./pages');

/** Custom jobs (SUP-3): customers order services and follow them; the support desk works the queue; admins keep the catalogue. */
export const jobsArea = defineArea({
  id: 'jobs',
  nav: [
    {
      id: 'jobs',
      path: JOBS_PATH,
      label: 'nav.jobs',
      description: 'nav.desc.jobs',
      icon: 'briefcase',
      roles: EVERYONE,
      needsAccount: true,
      group: 'hosting',
    },
    {
      id: 'admin-jobs',
      path: ADMIN_JOBS_PATH,
      label: 'nav.adminJobs',
      description: 'nav.desc.adminJobs',
      icon: 'clipboard',
      roles: SUPPORT_DESK,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/jobs',
      guard: 'admin-jobs',
      children: [
        { index: true, page: lazyPage(pages, 'AdminJobsPage') },
        { path: 'types', page: lazyPage(pages, 'JobTypesPage') },
        { path: ':id', page: lazyPage(pages, 'JobPage') },
      ],
    },
    {
      path: 'jobs',
      guard: 'jobs',
      children: [
        { index: true, page: lazyPage(pages, 'JobsPage') },
        { path: ':id', page: lazyPage(pages, 'JobPage') },
      ],
    },
  ],
  messages: {
    en: () => import('./jobs.en').then((m) => m.jobsEn),
    de: () => import('./jobs.de').then((m) => m.jobsDe),
  },
  pageIds: ['jobs', 'job', 'admin-jobs', 'job-types'],
});
