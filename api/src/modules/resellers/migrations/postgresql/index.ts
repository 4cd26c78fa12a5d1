export { Migration20261205013000 } from './Migration20261205013000';
