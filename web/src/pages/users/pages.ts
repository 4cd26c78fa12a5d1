export { UserDetailPage } from './UserDetailPage';
export { UserNewPage } from './UserNewPage';
export { UsersPage } from './UsersPage';
export { StaffPage } from './StaffPage';
