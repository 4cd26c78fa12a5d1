export { Migration20261205143700 } from './Migration20261205143700';
