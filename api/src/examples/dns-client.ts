/**
 * A third party's script against the Heliosphere API (README, "Scripting the API"): with an API
 * token of the DOMAINS group (read and change), it lists the token owner's domains and adds a DNS
 * record to one of them. Plain fetch and typed answers; no dependency.
 *
 *   HELIO_URL=http://localhost:4000 HELIO_TOKEN=helio_… node api/dist/examples/dns-client.js example.com www2 A 192.0.2.10
 */

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Domain {
  id: string;
  name: string | null;
  state: string;
}

export interface RecordInput {
  name: string;
  type: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'SRV' | 'CAA' | 'NS';
  value: string;
  ttl?: number;
}

export interface ResourceRecord {
  id: string;
  fqdn: string;
  type: string;
  value: string;
}

/** A GraphQL client that sends the token as `Authorization: Bearer …`. */
export class HelioClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(new URL('/graphql', this.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await res.json()) as GraphQLAnswer<T>;
    if (answer.errors?.length || !answer.data) {
      const e = answer.errors?.[0];
      throw new Error(`${e?.extensions?.code ?? `HTTP ${res.status}`}: ${e?.message ?? 'no data'}`);
    }
    return answer.data;
  }

  async domains(): Promise<Domain[]> {
    return (await this.request<{ domains: Domain[] }>(`{ domains { id name state } }`)).domains;
  }

  async addRecord(domainId: string, record: RecordInput): Promise<ResourceRecord> {
    const query = `mutation ($d: ID!, $i: DnsRecordInput!) { addDnsRecord(domainId: $d, input: $i) { id fqdn type value } }`;
    const input = { ttl: 3600, ...record };
    return (await this.request<{ addDnsRecord: ResourceRecord }>(query, { d: domainId, i: input })).addDnsRecord;
  }
}

/** Lists the domains, then adds the record to the one named `domain`. */
export async function run(client: HelioClient, domain: string, record: RecordInput): Promise<ResourceRecord> {
  const domains = await client.domains();
  for (const d of domains) console.log(`${d.id}\t${d.name ?? '(no domain)'}\t${d.state}`);
  const target = domains.find((d) => d.name === domain);
  if (!target) throw new Error(`${domain} is not one of your domains`);
  const added = await client.addRecord(target.id, record);
  console.log(`added ${added.fqdn} ${added.type} ${added.value}`);
  return added;
}

if (require.main === module) {
  const [domain, name, type, value] = process.argv.slice(2);
  const { HELIO_URL = 'http://localhost:4000', HELIO_TOKEN } = process.env;
  if (!HELIO_TOKEN || !domain || !name || !type || !value) {
    console.error('usage: HELIO_TOKEN=helio_… node dns-client.js <domain> <name> <type> <value>');
    process.exit(2);
  }
  run(new HelioClient(HELIO_URL, HELIO_TOKEN), domain, { name, type: type as RecordInput['type'], value }).catch(
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
