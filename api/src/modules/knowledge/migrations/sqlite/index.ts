export { Migration20261207200000 } from './Migration20261207200000';
