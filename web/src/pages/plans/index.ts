import { ADMINS, defineArea, EVERYONE, lazyPage } from '../../app/area';

const pages = () => import('./pages');

/** Plans: the customer's own plan and changing it; for admins the plan editor and the signup moderation. */
export const plansArea = defineArea({
  id: 'plans',
  nav: [
    {
      id: 'plan',
      path: '/plan',
      label: 'nav.plan',
      description: 'nav.desc.plan',
      icon: 'package',
      roles: EVERYONE,
      needsAccount: true,
      group: 'hosting',
    },
    {
      id: 'plans',
      path: '/admin/plans',
      label: 'nav.plans',
      description: 'nav.desc.plans',
      icon: 'services',
      roles: ADMINS,
      group: 'admin',
    },
    {
      id: 'moderation',
      path: '/admin/moderation',
      label: 'nav.moderation',
      description: 'nav.desc.moderation',
      icon: 'flag',
      roles: ADMINS,
      group: 'admin',
    },
  ],
  routes: [
    {
      path: 'admin/plans',
      guard: 'plans',
      children: [
        { index: true, page: lazyPage(pages, 'PlansPage') },
        { path: 'new', page: lazyPage(pages, 'PlanEditPage') },
        { path: ':id', page: lazyPage(pages, 'PlanEditPage') },
      ],
    },
    {
      path: 'admin/moderation',
      guard: 'moderation',
      children: [{ index: true, page: lazyPage(pages, 'ModerationPage') }],
    },
    { path: 'plan', guard: 'plan', children: [{ index: true, page: lazyPage(pages, 'MyPlanPage') }] },
  ],
  messages: {
    en: async () => ({
      ...(await import('./plansAdmin.en')).plansAdminEn,
      ...(await import('./plansUser.en')).plansUserEn,
    }),
    de: async () => ({
      ...(await import('./plansAdmin.de')).plansAdminDe,
      ...(await import('./plansUser.de')).plansUserDe,
    }),
  },
  pageIds: ['plan', 'plans', 'plan-new', 'plan-edit', 'moderation'],
});
