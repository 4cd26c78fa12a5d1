import type { EntityManager } from '@mikro-orm/core';
import { SCOPE, type ScopeParams } from '../db/scope';
import type { TestApi } from './api';

/** The people of the shared-rows tests: the master, two resellers' admins, their end users and one of the root company. */
export interface Tenants {
  master: { resellerId: string };
  adminA: { resellerId: string };
  adminB: { resellerId: string };
  userA1: { userId: string };
  userA2: { userId: string };
  userB1: { userId: string };
  rootUser: { userId: string };
}

/**
 * Each kind of viewer's scope over the tenants, as graphql/context.ts scopeFor makes it: the tests
 * comparing a prepared read with the ORM's scoped query run it for every one.
 */
export function viewerScopes(t: Tenants): [string, ScopeParams][] {
  return [
    ['master admin', { all: true }],
    ['root company staff', { resellerId: Number(t.master.resellerId) }],
    ['reseller A admin or staff', { resellerId: Number(t.adminA.resellerId) }],
    ['reseller B admin', { resellerId: Number(t.adminB.resellerId) }],
    ['end user A1', { resellerId: Number(t.adminA.resellerId), userId: Number(t.userA1.userId) }],
    ['end user A2', { resellerId: Number(t.adminA.resellerId), userId: Number(t.userA2.userId) }],
    ['end user B1', { resellerId: Number(t.adminB.resellerId), userId: Number(t.userB1.userId) }],
    ['root end user', { resellerId: Number(t.master.resellerId), userId: Number(t.rootUser.userId) }],
  ];
}

/** A fresh EntityManager with a viewer's scope, as a request's has. */
export function scopedEm(api: TestApi, scope: ScopeParams): EntityManager {
  const em = api.orm.em.fork({ clear: true });
  em.setFilterParams(SCOPE, scope);
  return em;
}
