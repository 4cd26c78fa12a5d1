export { DomainPage } from './DomainPage';
export { DomainsPage } from './DomainsPage';
