export { ExplorerPage } from './ExplorerPage';
