export { Migration20261208000100 } from './Migration20261208000100';
