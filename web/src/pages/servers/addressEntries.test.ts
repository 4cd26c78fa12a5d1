import { describe, expect, it } from 'vitest';
import { addressEntries } from './AddIpAddressesForm';

describe('addressEntries', () => {
  it('splits on lines, commas and spaces and keeps ranges whole', () => {
    expect(addressEntries(' 10.0.0.5\n10.0.0.10-10.0.0.20, 2001:db8::1  192.0.2.7;\n\n')).toEqual([
      '10.0.0.5',
      '10.0.0.10-10.0.0.20',
      '2001:db8::1',
      '192.0.2.7',
    ]);
  });
});
