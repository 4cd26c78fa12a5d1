import { registerEnumType } from 'type-graphql';

/** Where a custom job is (SUP-3). DONE and CANCELLED are final. */
export enum CustomJobState {
  ORDERED = 'ORDERED',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_CUSTOMER = 'WAITING_FOR_CUSTOMER',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CustomJobState, {
  name: 'CustomJobState',
  description: 'Where a custom job is; DONE and CANCELLED are final.',
  valuesConfig: {
    ORDERED: { description: 'Ordered, not started yet; the customer may still cancel it.' },
    IN_PROGRESS: { description: 'The company is working on it.' },
    WAITING_FOR_CUSTOMER: { description: 'The company waits for the customer (an answer, access, files).' },
    DONE: { description: 'Finished.' },
    CANCELLED: { description: 'Cancelled; an unpaid invoice for it was voided.' },
  },
});

/** Who ordered a custom job. */
export enum JobOrderedBy {
  CUSTOMER = 'CUSTOMER',
  STAFF = 'STAFF',
}
registerEnumType(JobOrderedBy, {
  name: 'JobOrderedBy',
  description: 'Who ordered a custom job: the customer in their panel, or the company’s staff for them.',
});

/** The moves staff may make; the customer only cancels an ORDERED job. */
export const NEXT_STATES: Record<CustomJobState, readonly CustomJobState[]> = {
  ORDERED: [
    CustomJobState.IN_PROGRESS,
    CustomJobState.WAITING_FOR_CUSTOMER,
    CustomJobState.DONE,
    CustomJobState.CANCELLED,
  ],
  IN_PROGRESS: [CustomJobState.WAITING_FOR_CUSTOMER, CustomJobState.DONE, CustomJobState.CANCELLED],
  WAITING_FOR_CUSTOMER: [CustomJobState.IN_PROGRESS, CustomJobState.DONE, CustomJobState.CANCELLED],
  DONE: [],
  CANCELLED: [],
};
