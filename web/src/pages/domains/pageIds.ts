import type { PageId } from '../../components/Page';

export const DOMAINS_PAGE: PageId = 'domains';
export const DOMAIN_PAGE: PageId = 'domain';
export const DOMAINS_PATH = '/domains';
export const domainPath = (id: string) => `${DOMAINS_PATH}/${id}`;
