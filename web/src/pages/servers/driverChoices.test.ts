import { describe, expect, it } from 'vitest';
import { driverSettings, driversFor } from './driverChoices';

describe('driver choices', () => {
  it('offers each real driver for its own kind only', () => {
    expect(driversFor('DNS')).toEqual(['FILES', 'BIND']);
    expect(driversFor('WEB')).toEqual(['FILES', 'NGINX']);
    expect(driversFor('MYSQL')).toEqual(['FILES', 'MARIADB']);
    expect(driversFor('MAIL')).toEqual(['FILES']);
  });

  it('shows config folder and control command for BIND and NGINX, the web root for NGINX, DNS fields for DNS servers', () => {
    expect(driverSettings('BIND', 'DNS')).toEqual({
      address: true,
      login: false,
      configDir: true,
      controlCommand: true,
      webRoot: false,
      dns: true,
    });
    expect(driverSettings('NGINX', 'WEB')).toEqual({
      address: true,
      login: false,
      configDir: true,
      controlCommand: true,
      webRoot: true,
      dns: false,
    });
    expect(driverSettings('FILES', 'DNS')).toMatchObject({ configDir: false, dns: true });
    expect(driverSettings('MARIADB', 'MYSQL')).toMatchObject({
      address: true,
      login: true,
      configDir: false,
      dns: false,
    });
  });
});
