export { Migration20261204211615 } from './Migration20261204211615';
