export { Migration20261206101500 } from './Migration20261206101500';
