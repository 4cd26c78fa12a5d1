import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { acmeChallengeOrigin, webSettings } from './settings';

describe('WEB_ACME_CHALLENGE_URL', () => {
  const config = (env: Record<string, string>) => loadConfig({ PUBLIC_URL: 'https://panel.example.com', ...env });

  it('defaults to the panel’s public address, and takes another origin (trailing slash dropped)', () => {
    expect(acmeChallengeOrigin(config({}))).toBe('https://panel.example.com');
    expect(acmeChallengeOrigin(config({ WEB_ACME_CHALLENGE_URL: 'http://10.0.0.5:8080/' }))).toBe(
      'http://10.0.0.5:8080',
    );
  });

  it('refuses anything but an origin the web servers can pass challenges to', () => {
    for (const bad of [
      'http://panel.example.com/acme',
      'ftp://panel.example.com',
      'http://user:pw@panel.example.com',
      'panel',
    ])
      expect(webSettings.problems(config({ WEB_ACME_CHALLENGE_URL: bad })), bad).toEqual([
        expect.stringContaining('WEB_ACME_CHALLENGE_URL must be http:// or https://'),
      ]);
  });

  it('passes no challenges when the public address is no host name nginx takes', () => {
    expect(acmeChallengeOrigin(loadConfig({ PUBLIC_URL: 'http://panel_1.internal:4000' }))).toBeNull();
  });
});
