export { Migration20261205014000 } from './Migration20261205014000';
