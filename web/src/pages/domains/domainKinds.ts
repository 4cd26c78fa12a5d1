import type { DomainKind, ProvisionState } from '../../graphql/generated/graphql';

/** A way to add a domain: one of the API's kinds, or one that needs domain registration (not offered yet). */
export type DomainWay = DomainKind | 'REGISTER' | 'TRANSFER';

/** The ways in the order the form offers them; REGISTER and TRANSFER show disabled. */
export const DOMAIN_WAYS: readonly DomainWay[] = [
  'OWN',
  'THIRD_LEVEL',
  'INSTANT',
  'PARKED',
  'NO_DOMAIN',
  'REGISTER',
  'TRANSFER',
];

/** Ways that come with domain registration, which the panel does not do yet. */
export const needsRegistrar = (way: DomainWay): boolean => way === 'REGISTER' || way === 'TRANSFER';

/** What the name input holds for a kind: a whole domain, a label under the service domain, or nothing. */
export function nameInputOf(kind: DomainKind): 'domain' | 'label' | null {
  if (kind === 'OWN' || kind === 'PARKED') return 'domain';
  if (kind === 'THIRD_LEVEL') return 'label';
  return null;
}

/** Kinds with a zone of their own: the customer sets our name servers at the registrar. */
export const hasOwnZone = (kind: DomainKind): boolean => kind === 'OWN' || kind === 'PARKED';

/** Kinds under the service domain: not available until the provider has set one. */
export const needsServiceDomain = (kind: DomainKind): boolean => kind === 'THIRD_LEVEL' || kind === 'INSTANT';

/** States the task worker has yet to settle. */
const PENDING: readonly ProvisionState[] = ['QUEUED', 'DELETING'];

interface Stated {
  state: ProvisionState;
  site?: { state: ProvisionState } | null;
  zone?: { state: ProvisionState } | null;
}

/** Whether the worker is still busy with any of them (the domain, its site or zone): the page polls meanwhile. */
export function anyPending(items: readonly Stated[]): boolean {
  return items.some(
    (d) =>
      PENDING.includes(d.state) ||
      (!!d.site && PENDING.includes(d.site.state)) ||
      (!!d.zone && PENDING.includes(d.zone.state)),
  );
}
