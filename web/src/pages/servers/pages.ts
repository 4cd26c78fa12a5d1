export { IpAddressesPage } from './IpAddressesPage';
export { LogicalServerPage } from './LogicalServerPage';
export { LogicalServersPage } from './LogicalServersPage';
export { PhysicalServerPage } from './PhysicalServerPage';
export { PhysicalServersPage } from './PhysicalServersPage';
export { ServerGroupPage } from './ServerGroupPage';
export { ServerGroupsPage } from './ServerGroupsPage';
