export { Migration20261207100000 } from './Migration20261207100000';
