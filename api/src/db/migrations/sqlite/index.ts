export { Migration20261123110657 } from './Migration20261123110657';
export { Migration20261123133757 } from './Migration20261123133757';
export { Migration20261123150000 } from './Migration20261123150000';
export { Migration20261123161357 } from './Migration20261123161357';
export { Migration20261123173921 } from './Migration20261123173921';
export { Migration20261123191609 } from './Migration20261123191609';
export { Migration20261202043246 } from './Migration20261202043246';
export { Migration20261204170436 } from './Migration20261204170436';
