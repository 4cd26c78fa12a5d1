// The public signup (plans, profile, payment choice), loaded on first use.
export { SignupPage } from './SignupPage';
