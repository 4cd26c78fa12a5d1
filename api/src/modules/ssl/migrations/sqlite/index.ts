export { Migration20261205044645 } from './Migration20261205044645';
export { Migration20261205150000 } from './Migration20261205150000';
export { Migration20261205150200 } from './Migration20261205150200';
