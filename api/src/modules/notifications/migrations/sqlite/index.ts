export { Migration20261205110600 } from './Migration20261205110600';
export { Migration20261208300100 } from './Migration20261208300100';
