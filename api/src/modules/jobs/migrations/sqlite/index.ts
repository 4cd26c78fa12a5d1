export { Migration20261207300000 } from './Migration20261207300000';
