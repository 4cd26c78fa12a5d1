export { Migration20261205003000 } from './Migration20261205003000';
