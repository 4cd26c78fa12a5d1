export { AccountPage } from './AccountPage';
export { PasswordPage } from './PasswordPage';
export { PreferencesPage } from './PreferencesPage';
export { EmailPage } from './EmailPage';
