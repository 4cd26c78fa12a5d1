import net from 'node:net';

/**
 * The canonical text of an IP address (compressed lowercase IPv6), or null when `text` is not one.
 * In the core because the DNS zone library (drivers/dns/zone/) checks A and AAAA data with it;
 * modules/servers/servers.validation.ts re-exports it.
 */
export function canonicalIp(text: string): string | null {
  const family = net.isIP(text);
  if (family === 0 || text.includes('%')) return null; // zone IDs (fe80::1%eth0) name an interface, not an address
  return new net.SocketAddress({ address: text, family: family === 4 ? 'ipv4' : 'ipv6' }).address;
}
