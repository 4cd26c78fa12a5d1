export { ResellersPage } from './ResellersPage';
