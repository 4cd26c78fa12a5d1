export { Migration20261205013100 } from './Migration20261205013100';
