import { describe, expect, it } from 'vitest';
import { checkAreaSettings, createApp } from './app';
import { ConfigError, loadConfig } from './config';

describe('area settings', () => {
  it('a bad value of any area stops the start with one message naming every bad variable', () => {
    const config = loadConfig({ SMTP_URL: 'http://mail.example', BILLING_RUN_MINUTES: 'often', GATEWAY_ATTEMPTS: '0' });
    expect(() => checkAreaSettings(config)).toThrow(ConfigError);
    let message = '';
    try {
      checkAreaSettings(config);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('SMTP_URL: SMTP_URL must start with smtp:// or smtps://');
    expect(message).toContain('BILLING_RUN_MINUTES');
    expect(message).toContain('GATEWAY_ATTEMPTS');
    expect(() => createApp(config)).toThrow(ConfigError);
  });

  it('good values pass, and unknown variables are no area’s business', () => {
    expect(() => checkAreaSettings(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:25', SOMETHING_ELSE: 'x' }))).not.toThrow();
  });
});
