import { graphql } from '../../graphql/generated';

/** A job type as the catalogue and the admins' editor show it. */
export const JobTypeFields = graphql(`
  fragment JobTypeFields on JobType {
    id
    name
    description
    active
    position
    price {
      ...MoneyFields
    }
  }
`);

/** What a row of a job list shows. */
export const CustomJobListFields = graphql(`
  fragment CustomJobListFields on CustomJob {
    id
    title
    state
    accountId
    orderedBy
    createdAt
    updatedAt
    price {
      ...MoneyFields
    }
  }
`);

/** The company's job types: all for admins, the active ones for customers. */
export const JobTypesQuery = graphql(`
  query JobTypes {
    jobTypes {
      ...JobTypeFields
    }
  }
`);

/** Jobs, newest first: a customer's own (of one account), or the company's queue for admins. */
export const CustomJobsQuery = graphql(`
  query CustomJobs($state: CustomJobState, $accountId: ID, $after: String, $first: Int!) {
    customJobs(state: $state, accountId: $accountId, after: $after, first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...CustomJobListFields
      }
    }
  }
`);

/** One job with its invoice and thread. */
export const CustomJobQuery = graphql(`
  query CustomJob($id: ID!) {
    customJob(id: $id) {
      ...CustomJobListFields
      brief
      closedAt
      jobTypeId
      invoice {
        id
        number
        state
        dueAt
        total {
          ...MoneyFields
        }
      }
      messages {
        id
        body
        internal
        fromStaff
        authorName
        createdAt
      }
    }
  }
`);

export const OrderCustomJobMutation = graphql(`
  mutation OrderCustomJob($input: OrderCustomJobInput!) {
    orderCustomJob(input: $input) {
      ...CustomJobListFields
    }
  }
`);

export const CreateCustomJobMutation = graphql(`
  mutation CreateCustomJob($input: CreateCustomJobInput!) {
    createCustomJob(input: $input) {
      ...CustomJobListFields
    }
  }
`);

export const SetCustomJobStateMutation = graphql(`
  mutation SetCustomJobState($id: ID!, $state: CustomJobState!) {
    setCustomJobState(id: $id, state: $state) {
      ...CustomJobListFields
      closedAt
      invoice {
        id
        state
      }
    }
  }
`);

export const CancelCustomJobMutation = graphql(`
  mutation CancelCustomJob($id: ID!) {
    cancelCustomJob(id: $id) {
      ...CustomJobListFields
      closedAt
      invoice {
        id
        state
      }
    }
  }
`);

export const PostCustomJobMessageMutation = graphql(`
  mutation PostCustomJobMessage($jobId: ID!, $input: CustomJobMessageInput!) {
    postCustomJobMessage(jobId: $jobId, input: $input) {
      id
    }
  }
`);

export const CreateJobTypeMutation = graphql(`
  mutation CreateJobType($input: JobTypeInput!) {
    createJobType(input: $input) {
      ...JobTypeFields
    }
  }
`);

export const UpdateJobTypeMutation = graphql(`
  mutation UpdateJobType($id: ID!, $input: JobTypeInput!) {
    updateJobType(id: $id, input: $input) {
      ...JobTypeFields
    }
  }
`);

export const DeleteJobTypeMutation = graphql(`
  mutation DeleteJobType($id: ID!) {
    deleteJobType(id: $id)
  }
`);
