// The pages before sign-in, loaded on first use: a signed-in panel never needs them.
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { ImpersonatePage } from './ImpersonatePage';
export { LoginPage } from './LoginPage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { SetupPage } from './SetupPage';
export { VerifyEmailPage } from './VerifyEmailPage';
