export { Migration20261208100000 } from './Migration20261208100000';
