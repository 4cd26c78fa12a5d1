export { Migration20261205143800 } from './Migration20261205143800';
