export { BrandEditorPage } from './BrandEditorPage';
