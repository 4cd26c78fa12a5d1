export { Migration20261208000000 } from './Migration20261208000000';
