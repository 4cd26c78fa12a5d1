import { defineArea, lazyPage, SUPPORT_DESK } from '../../app/area';
import { SUPPORT_PATH, SUPPORT_QUEUE_PATH } from './pageIds';

const pages = () => import('./pages');

/** Support (SUP-1): customers' tickets; the desk's (admins' and support staff's) queue, ticket tools, saved answers; the admins' targets. */
export const supportArea = defineArea({
  id: 'support',
  nav: [
    {
      id: 'support',
      path: SUPPORT_PATH,
      label: 'nav.support',
      description: 'nav.desc.support',
      icon: 'lifebuoy',
      roles: ['END_USER'],
      group: 'main',
    },
    {
      id: 'admin-support',
      path: SUPPORT_QUEUE_PATH,
      label: 'nav.adminSupport',
      description: 'nav.desc.adminSupport',
      icon: 'inbox',
      roles: SUPPORT_DESK,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'support',
      guard: 'support',
      children: [
        { index: true, page: lazyPage(pages, 'TicketsPage') },
        { path: 'new', page: lazyPage(pages, 'NewTicketPage') },
        { path: 'tickets/:id', page: lazyPage(pages, 'TicketPage') },
      ],
    },
    {
      path: 'admin/support',
      guard: 'admin-support',
      children: [
        { index: true, page: lazyPage(pages, 'SupportQueuePage') },
        { path: 'canned', page: lazyPage(pages, 'CannedRepliesPage') },
        { path: 'tickets/:id', page: lazyPage(pages, 'TicketPage') },
      ],
    },
  ],
  messages: {
    en: () => import('./support.en').then((m) => m.supportEn),
    de: () => import('./support.de').then((m) => m.supportDe),
  },
  pageIds: ['support', 'new-ticket', 'ticket', 'admin-support', 'staff-ticket', 'canned-replies'],
});
