export { ResellerPage } from './ResellerPage';
export { ResellersPage } from './ResellersPage';
