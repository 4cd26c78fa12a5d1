export { Migration20261204170555 } from './Migration20261204170555';
