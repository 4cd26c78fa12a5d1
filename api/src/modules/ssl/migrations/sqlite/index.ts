export { Migration20261205044645 } from './Migration20261205044645';
