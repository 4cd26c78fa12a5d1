export { Migration20261123110657 } from './Migration20261123110657';
