import { describe, expect, it } from 'vitest';
import { chartSeries, pendingDomains, taskPath, usageBars, type HomeDomain } from './overview';

const domain = (d: Partial<HomeDomain>): HomeDomain => ({
  id: '1',
  name: 'example.com',
  kind: 'OWN',
  state: 'ACTIVE',
  nameServers: ['ns1.host.test', 'ns2.host.test'],
  ...d,
});

describe('pendingDomains', () => {
  it('lists the domains not active, failed first, with the name servers to set for an own domain being set up', () => {
    const out = pendingDomains([
      domain({ id: '1' }),
      domain({ id: '2', state: 'QUEUED' }),
      domain({ id: '3', state: 'FAILED', kind: 'THIRD_LEVEL', nameServers: [] }),
      domain({ id: '4', state: 'QUEUED', kind: 'INSTANT', nameServers: ['ns1.host.test'] }),
    ]);
    expect(out.map((p) => [p.domain.id, p.reason, p.nameServers.length, p.path])).toEqual([
      ['3', 'failed', 0, '/domains/3'],
      ['2', 'settingUp', 2, '/domains/2'],
      ['4', 'settingUp', 0, '/domains/4'], // a name under the service domain: nothing to set at a registrar
    ]);
  });

  it('is empty when every domain is active', () => {
    expect(pendingDomains([domain({}), domain({ id: '2' })])).toEqual([]);
  });
});

describe('usageBars', () => {
  it('fills disk and traffic from the month’s measures, first; leaves out what the plan does not include', () => {
    const bars = usageBars(
      [
        { kind: 'DOMAIN', limit: 10, used: 9 },
        { kind: 'DISK_MB', limit: 1000, used: null },
        { kind: 'TRAFFIC_GB', limit: null, used: null },
        { kind: 'MAILBOX', limit: 0, used: 0 },
        { kind: 'MYSQL_DATABASE', limit: 2, used: 2 },
        { kind: 'WEB_SITE', limit: 5, used: 1 },
      ],
      { diskMb: 1500, trafficGb: 40 },
    );
    expect(bars.map((b) => [b.kind, b.used, b.percent, b.tone])).toEqual([
      ['DISK_MB', 1500, 100, 'full'], // over the limit: capped at a full bar
      ['TRAFFIC_GB', 40, null, 'ok'], // no limit: the figure alone
      ['DOMAIN', 9, 90, 'near'],
      ['MYSQL_DATABASE', 2, 100, 'full'],
      ['WEB_SITE', 1, 20, 'ok'],
    ]);
  });

  it('without a month measured, metered kinds have no bar', () => {
    expect(usageBars([{ kind: 'DISK_MB', limit: 100, used: null }]).length).toBe(0);
  });
});

describe('taskPath', () => {
  it('leads to the page of what the task changed, or nowhere', () => {
    expect(taskPath('dns.putZone')).toBe('/domains');
    expect(taskPath('web.createSite')).toBe('/domains');
    expect(taskPath('mysql.createDatabase')).toBe('/databases');
    expect(taskPath('webhooks.deliver')).toBeNull();
  });
});

describe('chartSeries', () => {
  it('an account’s history: disk and traffic per month', () => {
    const out = chartSeries([
      { month: '2026-11', diskMb: 10, trafficGb: 1, accountsOpened: null, revenue: null },
      { month: '2026-12', diskMb: 20, trafficGb: 3, accountsOpened: null, revenue: null },
    ]);
    expect(out).toEqual({
      labels: ['2026-11', '2026-12'],
      series: [
        { key: 'diskMb', values: [10, 20] },
        { key: 'trafficGb', values: [1, 3] },
      ],
    });
  });

  it('a company’s history adds accounts opened and revenue (major units)', () => {
    const out = chartSeries([
      { month: '2026-12', diskMb: 0, trafficGb: 0, accountsOpened: 3, revenue: { amount: '25.50', currency: 'EUR' } },
    ]);
    expect(out.series.map((s) => [s.key, s.values])).toEqual([
      ['diskMb', [0]],
      ['trafficGb', [0]],
      ['accountsOpened', [3]],
      ['revenue', [25.5]],
    ]);
  });
});
