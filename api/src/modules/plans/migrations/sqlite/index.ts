export { Migration20261205143700 } from './Migration20261205143700';
export { Migration20261205150100 } from './Migration20261205150100';
