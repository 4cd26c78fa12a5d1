export { Migration20261205110100 } from './Migration20261205110100';
