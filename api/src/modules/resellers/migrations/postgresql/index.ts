export { Migration20261205013000 } from './Migration20261205013000';
export { Migration20261205023000 } from './Migration20261205023000';
export { Migration20261205110000 } from './Migration20261205110000';
export { Migration20261205110500 } from './Migration20261205110500';
export { Migration20261205120000 } from './Migration20261205120000';
