import dns from 'node:dns';
import net from 'node:net';

/*
 * Where a webhook may be sent (SSRF). A target on the panel's own network — loopback, private
 * ranges, link-local (the cloud metadata address 169.254.169.254 among them), unique-local IPv6,
 * carrier-grade NAT — is refused unless the master allows private targets. Addresses that are
 * never a server (unspecified, multicast, broadcast, documentation, reserved) are refused always.
 * Checked when the URL is saved (a literal address, and the name when it resolves) and again on
 * every delivery on the address actually connected to (see pinnedLookup), so a name that later
 * resolves to 127.0.0.1 (DNS rebinding) reaches nothing.
 */

function blockList(v4: readonly string[], v6: readonly string[]): net.BlockList {
  const list = new net.BlockList();
  for (const cidr of v4) {
    const [address, prefix] = cidr.split('/');
    list.addSubnet(address!, Number(prefix), 'ipv4');
  }
  for (const cidr of v6) {
    const [address, prefix] = cidr.split('/');
    list.addSubnet(address!, Number(prefix), 'ipv6');
  }
  return list;
}

/** The panel's own networks: allowed only when the master allows private targets. */
const PRIVATE = blockList(
  ['10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16', '198.18.0.0/15'],
  ['::1/128', 'fc00::/7', 'fe80::/10', 'fec0::/10'],
);

/** Never a web server: refused whatever the policy. */
const NEVER = blockList(
  ['0.0.0.0/8', '192.0.0.0/24', '192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4'],
  ['::/128', '2001:db8::/32', 'ff00::/8', '100::/64'],
);

/** An IPv4 address carried inside an IPv6 one (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::), else null. */
function embeddedV4(address: string): string | null {
  const sa = new net.SocketAddress({ address, family: 'ipv6' }).address;
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(sa)?.[1];
  if (dotted) return dotted;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(sa);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Why an address may not be a webhook's target (null: it may). */
export function refusedAddress(address: string, allowPrivate: boolean): string | null {
  const family = net.isIP(address);
  if (family === 0) return `${address} is not an IP address`;
  if (family === 6) {
    const v4 = embeddedV4(address);
    if (v4) return refusedAddress(v4, allowPrivate);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (NEVER.check(address, type)) return `${address} is not an address a web server can have`;
  if (!allowPrivate && PRIVATE.check(address, type))
    return `${address} is on a private, loopback or link-local network, and this panel does not send webhooks there`;
  return null;
}

/** The host of a URL as an address or a name ([::1] → ::1). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Resolves a name to every address it has (both families). */
export async function resolveAll(host: string): Promise<string[]> {
  const found = await dns.promises.lookup(host, { all: true, verbatim: true });
  return found.map((a) => a.address);
}

/**
 * The problem with sending to `url`, checked when a webhook is saved; null when there is none. A
 * literal address is checked as it is; a name is resolved (within `timeoutMs`) and every address
 * it has must pass. A name that does not resolve yet is accepted: it is checked again when sent.
 */
export async function targetProblem(url: URL, allowPrivate: boolean, timeoutMs = 3000): Promise<string | null> {
  const host = hostOf(url);
  if (net.isIP(host)) return refusedAddress(host, allowPrivate);
  let addresses: string[];
  try {
    addresses = await Promise.race([
      resolveAll(host),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref()),
    ]);
  } catch {
    return null;
  }
  for (const address of addresses) {
    const problem = refusedAddress(address, allowPrivate);
    if (problem) return `${host} resolves to ${problem}`;
  }
  return null;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that resolves the name once, refuses it when any of its addresses is
 * refused, and hands the checked addresses to the connection: what was checked is what is connected
 * to. (A literal address in the URL is not looked up by Node: deliver checks it before.)
 */
export function pinnedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { all: true, verbatim: true, family: options.family }, (err, found) => {
      if (err) return callback(err, []);
      for (const { address } of found) {
        const problem = refusedAddress(address, allowPrivate);
        if (problem) {
          const refused = Object.assign(new Error(`${hostname} resolves to ${problem}`), { code: 'ETARGETREFUSED' });
          return callback(refused, []);
        }
      }
      if (options.all) return callback(null, found);
      const first = found[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
