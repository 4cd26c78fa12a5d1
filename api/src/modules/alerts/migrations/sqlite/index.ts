export { Migration20261204170554 } from './Migration20261204170554';
