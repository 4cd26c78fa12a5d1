export { Migration20261205014000 } from './Migration20261205014000';
export { Migration20261205110100 } from './Migration20261205110100';
export { Migration20261207000000 } from './Migration20261207000000';
export { Migration20261208200000 } from './Migration20261208200000';
export { Migration20261208300000 } from './Migration20261208300000';
