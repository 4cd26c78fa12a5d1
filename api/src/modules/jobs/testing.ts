/* Operations of the custom-job tests (API and shared with nothing else). */

const MONEY = 'amount currency';
export const JOB_TYPE = `id name description active position price { ${MONEY} }`;
export const JOB = `id title brief state orderedBy accountId jobTypeId closedAt price { ${MONEY} }
  invoice { id number state subtotal { amount } tax { amount } total { amount } taxName lines { description amount { amount } } }`;
export const MESSAGE = `id body internal fromStaff authorName`;

export const J = {
  types: `{ jobTypes { ${JOB_TYPE} } }`,
  createType: `mutation($i: JobTypeInput!) { createJobType(input: $i) { ${JOB_TYPE} } }`,
  updateType: `mutation($id: ID!, $i: JobTypeInput!) { updateJobType(id: $id, input: $i) { ${JOB_TYPE} } }`,
  deleteType: `mutation($id: ID!) { deleteJobType(id: $id) }`,
  order: `mutation($i: OrderCustomJobInput!) { orderCustomJob(input: $i) { ${JOB} } }`,
  create: `mutation($i: CreateCustomJobInput!) { createCustomJob(input: $i) { ${JOB} } }`,
  jobs: `query($state: CustomJobState, $a: ID) { customJobs(state: $state, accountId: $a, first: 50) { totalCount nodes { id state title } } }`,
  job: `query($id: ID!) { customJob(id: $id) { ${JOB} messages { ${MESSAGE} } } }`,
  setState: `mutation($id: ID!, $s: CustomJobState!) { setCustomJobState(id: $id, state: $s) { id state closedAt invoice { state } } }`,
  cancel: `mutation($id: ID!) { cancelCustomJob(id: $id) { id state invoice { state } } }`,
  post: `mutation($id: ID!, $i: CustomJobMessageInput!) { postCustomJobMessage(jobId: $id, input: $i) { ${MESSAGE} } }`,
};
