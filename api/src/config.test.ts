import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('HTTPS_PORT', () => {
  it('absent or empty: no HTTPS listener; a port (0: any free one) turns it on', () => {
    expect(loadConfig({}).httpsPort).toBeNull();
    expect(loadConfig({ HTTPS_PORT: '' }).httpsPort).toBeNull();
    expect(loadConfig({ HTTPS_PORT: '0' }).httpsPort).toBe(0);
    expect(loadConfig({ HTTPS_PORT: '8443' }).httpsPort).toBe(8443);
  });

  it('anything else stops the start, naming it', () => {
    for (const bad of ['https', '70000', '-1', '44.3'])
      expect(() => loadConfig({ HTTPS_PORT: bad })).toThrow(new RegExp(`HTTPS_PORT`));
    expect(() => loadConfig({ HTTPS_PORT: 'x' })).toThrow(ConfigError);
  });
});
