import { defineArea, lazyPage, MASTER, type AreaPage } from '../../app/area';

const pages = () => import('./pages');

/** A list page with its new and edit pages, at `admin/servers/<path>`. */
const editable = (
  path: string,
  guard: 'physical-servers' | 'logical-servers' | 'server-groups',
  list: AreaPage,
  one: AreaPage,
) => ({
  path: `admin/servers/${path}`,
  guard,
  children: [
    { index: true, page: list },
    { path: 'new', page: one },
    { path: ':id', page: one },
  ] as const,
});

/** Master admin: the cluster's physical and logical servers, server groups and IP addresses. */
export const serversArea = defineArea({
  id: 'servers',
  nav: [
    {
      id: 'physical-servers',
      path: '/admin/servers/physical',
      label: 'nav.physicalServers',
      description: 'nav.desc.physicalServers',
      icon: 'server',
      roles: MASTER,
      group: 'cluster',
    },
    {
      id: 'logical-servers',
      path: '/admin/servers/logical',
      label: 'nav.logicalServers',
      description: 'nav.desc.logicalServers',
      icon: 'chip',
      roles: MASTER,
      group: 'cluster',
    },
    {
      id: 'server-groups',
      path: '/admin/servers/groups',
      label: 'nav.serverGroups',
      description: 'nav.desc.serverGroups',
      icon: 'serverGroup',
      roles: MASTER,
      group: 'cluster',
    },
    {
      id: 'ip-addresses',
      path: '/admin/servers/ips',
      label: 'nav.ipAddresses',
      description: 'nav.desc.ipAddresses',
      icon: 'mapPin',
      roles: MASTER,
      group: 'cluster',
    },
  ],
  routes: [
    editable(
      'physical',
      'physical-servers',
      lazyPage(pages, 'PhysicalServersPage'),
      lazyPage(pages, 'PhysicalServerPage'),
    ),
    editable('logical', 'logical-servers', lazyPage(pages, 'LogicalServersPage'), lazyPage(pages, 'LogicalServerPage')),
    editable('groups', 'server-groups', lazyPage(pages, 'ServerGroupsPage'), lazyPage(pages, 'ServerGroupPage')),
    {
      path: 'admin/servers/ips',
      guard: 'ip-addresses',
      children: [{ index: true, page: lazyPage(pages, 'IpAddressesPage') }],
    },
  ],
  messages: {
    en: () => import('./cluster.en').then((m) => m.clusterEn),
    de: () => import('./cluster.de').then((m) => m.clusterDe),
  },
  pageIds: [
    'physical-servers',
    'physical-server-new',
    'physical-server',
    'logical-servers',
    'logical-server-new',
    'logical-server',
    'server-groups',
    'server-group-new',
    'server-group',
    'ip-addresses',
  ],
});
