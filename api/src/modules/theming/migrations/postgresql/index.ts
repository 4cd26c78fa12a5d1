export { Migration20261205032753 } from './Migration20261205032753';
