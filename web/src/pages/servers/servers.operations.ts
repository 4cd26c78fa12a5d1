import { graphql } from '../../graphql/generated';

export const LogicalServerFields = graphql(`
  fragment LogicalServerFields on LogicalServer {
    id
    name
    kind
    driver
    host
    port
    user
    userHost
    hasPassword
    configDir
    controlCommand
    webRoot
    nameServer
    dnsRole
    maxAccounts
    maxDiskMb
    maxTasks
    enabled
    createdAt
    physical {
      id
      name
    }
    group {
      id
      name
    }
    load {
      accounts
      databases
      diskBytes
      runningTasks
    }
  }
`);

export const PhysicalServersQuery = graphql(`
  query PhysicalServers {
    physicalServers {
      id
      name
      os
      address
      status
      transport
      health
      healthCheckedAt
      createdAt
      logicalServers {
        id
      }
    }
  }
`);

/** One machine as its page shows it: details, how the panel reaches it, its key and its health. */
export const PhysicalServerFields = graphql(`
  fragment PhysicalServerFields on PhysicalServer {
    id
    name
    os
    address
    status
    notes
    createdAt
    transport
    sshPort
    sshUser
    hostKey
    accessPublicKey
    accessIssuedAt
    accessConfirmedAt
    accessRevokedAt
    firstAnsweredAt
    setupCommand
    health
    healthCheckedAt
    healthProblems
  }
`);

export const PhysicalServerQuery = graphql(`
  query PhysicalServer($id: ID!) {
    physicalServer(id: $id) {
      ...PhysicalServerFields
      logicalServers {
        ...LogicalServerFields
      }
    }
  }
`);

export const CreatePhysicalServerMutation = graphql(`
  mutation CreatePhysicalServer($input: PhysicalServerInput!) {
    createPhysicalServer(input: $input) {
      id
      name
      transport
    }
  }
`);

export const UpdatePhysicalServerMutation = graphql(`
  mutation UpdatePhysicalServer($id: ID!, $input: PhysicalServerInput!) {
    updatePhysicalServer(id: $id, input: $input) {
      ...PhysicalServerFields
    }
  }
`);

/** Checks the machine now; the answer is the machine with its new health. */
export const CheckPhysicalServerMutation = graphql(`
  mutation CheckPhysicalServer($id: ID!) {
    checkPhysicalServer(id: $id) {
      ...PhysicalServerFields
    }
  }
`);

/** A new key through the agent itself; the old one is dropped once the new one works. */
export const RotatePhysicalServerKeyMutation = graphql(`
  mutation RotatePhysicalServerKey($id: ID!) {
    rotatePhysicalServerKey(id: $id) {
      ...PhysicalServerFields
    }
  }
`);

export const RevokePhysicalServerKeyMutation = graphql(`
  mutation RevokePhysicalServerKey($id: ID!) {
    revokePhysicalServerKey(id: $id) {
      ...PhysicalServerFields
    }
  }
`);

/** A new key replacing any; the machine's page then shows a new setup command. */
export const IssuePhysicalServerKeyMutation = graphql(`
  mutation IssuePhysicalServerKey($id: ID!) {
    issuePhysicalServerKey(id: $id) {
      ...PhysicalServerFields
    }
  }
`);

export const ForgetPhysicalServerHostKeyMutation = graphql(`
  mutation ForgetPhysicalServerHostKey($id: ID!) {
    forgetPhysicalServerHostKey(id: $id) {
      ...PhysicalServerFields
    }
  }
`);

export const DeletePhysicalServerMutation = graphql(`
  mutation DeletePhysicalServer($id: ID!) {
    deletePhysicalServer(id: $id)
  }
`);

export const LogicalServersQuery = graphql(`
  query LogicalServers($kind: ServerKind) {
    logicalServers(kind: $kind) {
      ...LogicalServerFields
    }
  }
`);

export const LogicalServerQuery = graphql(`
  query LogicalServer($id: ID!) {
    logicalServer(id: $id) {
      ...LogicalServerFields
    }
  }
`);

/** What the logical server form offers to choose from: physical servers and groups. */
export const LogicalServerChoicesQuery = graphql(`
  query LogicalServerChoices {
    physicalServers {
      id
      name
    }
    serverGroups {
      id
      name
      kind
    }
  }
`);

/** Logical servers as filter and form choices (IP addresses, tasks). */
export const ServerChoicesQuery = graphql(`
  query ServerChoices($kind: ServerKind) {
    logicalServers(kind: $kind) {
      id
      name
      kind
    }
  }
`);

export const CreateLogicalServerMutation = graphql(`
  mutation CreateLogicalServer($input: CreateLogicalServerInput!) {
    createLogicalServer(input: $input) {
      ...LogicalServerFields
    }
  }
`);

export const UpdateLogicalServerMutation = graphql(`
  mutation UpdateLogicalServer($id: ID!, $input: UpdateLogicalServerInput!) {
    updateLogicalServer(id: $id, input: $input) {
      ...LogicalServerFields
    }
  }
`);

export const SetLogicalServerEnabledMutation = graphql(`
  mutation SetLogicalServerEnabled($id: ID!, $enabled: Boolean!) {
    setLogicalServerEnabled(id: $id, enabled: $enabled) {
      id
      enabled
    }
  }
`);

export const DeleteLogicalServerMutation = graphql(`
  mutation DeleteLogicalServer($id: ID!) {
    deleteLogicalServer(id: $id)
  }
`);

/** Compares a WEB or DNS server with the database; queues tasks for what is missing or different. */
export const ResyncLogicalServerMutation = graphql(`
  mutation ResyncLogicalServer($id: ID!) {
    resyncLogicalServer(id: $id) {
      checkedAt
      missing
      different
      unknown
      queued
    }
  }
`);

export const ServerGroupsQuery = graphql(`
  query ServerGroups($kind: ServerKind) {
    serverGroups(kind: $kind) {
      id
      name
      kind
      policy
      isDefault
      createdAt
      members {
        id
        name
        enabled
      }
    }
  }
`);

export const CreateServerGroupMutation = graphql(`
  mutation CreateServerGroup($input: ServerGroupInput!) {
    createServerGroup(input: $input) {
      id
      name
    }
  }
`);

export const UpdateServerGroupMutation = graphql(`
  mutation UpdateServerGroup($id: ID!, $input: UpdateServerGroupInput!) {
    updateServerGroup(id: $id, input: $input) {
      id
      name
      policy
      isDefault
    }
  }
`);

export const DeleteServerGroupMutation = graphql(`
  mutation DeleteServerGroup($id: ID!) {
    deleteServerGroup(id: $id)
  }
`);

export const IpAddressesQuery = graphql(`
  query IpAddresses($first: Int!, $after: String, $search: String, $serverId: ID, $kind: IpKind, $free: Boolean) {
    ipAddresses(first: $first, after: $after, search: $search, serverId: $serverId, kind: $kind, free: $free) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        address
        kind
        allocatedAt
        createdAt
        server {
          id
          name
        }
        account {
          id
          name
        }
      }
    }
  }
`);

export const AddIpAddressesMutation = graphql(`
  mutation AddIpAddresses($input: AddIpAddressesInput!) {
    addIpAddresses(input: $input) {
      id
    }
  }
`);

export const AllocateIpMutation = graphql(`
  mutation AllocateIp($accountId: ID!, $serverId: ID!) {
    allocateIp(accountId: $accountId, serverId: $serverId) {
      id
      address
    }
  }
`);

export const ReleaseIpMutation = graphql(`
  mutation ReleaseIp($id: ID!) {
    releaseIp(id: $id) {
      id
      address
    }
  }
`);

export const DeleteIpAddressMutation = graphql(`
  mutation DeleteIpAddress($id: ID!) {
    deleteIpAddress(id: $id)
  }
`);
