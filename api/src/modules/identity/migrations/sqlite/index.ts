export { Migration20261205014000 } from './Migration20261205014000';
export { Migration20261205110100 } from './Migration20261205110100';
