export { Migration20261205110600 } from './Migration20261205110600';
