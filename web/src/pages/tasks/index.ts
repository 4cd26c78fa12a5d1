import { defineArea, lazyPage, MASTER } from '../../app/area';

const pages = () => import('./pages');

/** Master admin: events and processes, every change to a server with its attempts and errors. */
export const tasksArea = defineArea({
  id: 'tasks',
  nav: [
    {
      id: 'tasks',
      path: '/admin/tasks',
      label: 'nav.tasks',
      description: 'nav.desc.tasks',
      icon: 'activity',
      roles: MASTER,
      group: 'cluster',
    },
  ],
  routes: [{ path: 'admin/tasks', guard: 'tasks', children: [{ index: true, page: lazyPage(pages, 'TasksPage') }] }],
  messages: {
    en: () => import('./tasks.en').then((m) => m.tasksEn),
    de: () => import('./tasks.de').then((m) => m.tasksDe),
  },
  pageIds: ['tasks'],
});
