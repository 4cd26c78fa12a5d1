/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Accounts($search: String, $status: AccountStatus, $after: String, $first: Int!) {\n    accounts(search: $search, status: $status, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n        owner {\n          id\n          login\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation SuspendAccount($id: ID!, $reason: String) {\n    suspendAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.SuspendAccountDocument,
    "\n  mutation ResumeAccount($id: ID!) {\n    resumeAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.ResumeAccountDocument,
    "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      role\n    }\n  }\n": typeof types.SetupDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      skin\n      textOnly\n      language\n      skinChosen\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  query Resellers($search: String, $after: String, $first: Int!) {\n    resellers(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        cpHost\n        isRoot\n        defaultSkin\n        defaultLanguage\n        createdAt\n      }\n    }\n  }\n": typeof types.ResellersDocument,
    "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateResellerDocument,
    "\n  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {\n    updateResellerSettings(input: $input) {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n    }\n  }\n": typeof types.UpdateResellerSettingsDocument,
    "\n  query Users($search: String, $after: String, $first: Int!) {\n    users(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        login\n        email\n        role\n        createdAt\n        reseller {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      login\n      email\n      role\n      createdAt\n      reseller {\n        id\n        name\n      }\n      accounts {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n      }\n    }\n  }\n": typeof types.UserDocument,
    "\n  query ResellerChoices {\n    resellers(first: 100) {\n      nodes {\n        id\n        name\n        isRoot\n      }\n    }\n  }\n": typeof types.ResellerChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      login\n      email\n    }\n    reseller {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      isRoot\n    }\n    preferences {\n      skin\n      textOnly\n      language\n      skinChosen\n    }\n    activeAccount {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n    accounts {\n      id\n      name\n      status\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Session {\n    branding {\n      companyName\n      defaultSkin\n      defaultLanguage\n      needsSetup\n    }\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchAccountDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Accounts($search: String, $status: AccountStatus, $after: String, $first: Int!) {\n    accounts(search: $search, status: $status, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n        owner {\n          id\n          login\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation SuspendAccount($id: ID!, $reason: String) {\n    suspendAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.SuspendAccountDocument,
    "\n  mutation ResumeAccount($id: ID!) {\n    resumeAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.ResumeAccountDocument,
    "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      role\n    }\n  }\n": types.SetupDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      skin\n      textOnly\n      language\n      skinChosen\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  query Resellers($search: String, $after: String, $first: Int!) {\n    resellers(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        cpHost\n        isRoot\n        defaultSkin\n        defaultLanguage\n        createdAt\n      }\n    }\n  }\n": types.ResellersDocument,
    "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateResellerDocument,
    "\n  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {\n    updateResellerSettings(input: $input) {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n    }\n  }\n": types.UpdateResellerSettingsDocument,
    "\n  query Users($search: String, $after: String, $first: Int!) {\n    users(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        login\n        email\n        role\n        createdAt\n        reseller {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      login\n      email\n      role\n      createdAt\n      reseller {\n        id\n        name\n      }\n      accounts {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n      }\n    }\n  }\n": types.UserDocument,
    "\n  query ResellerChoices {\n    resellers(first: 100) {\n      nodes {\n        id\n        name\n        isRoot\n      }\n    }\n  }\n": types.ResellerChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      login\n      email\n    }\n    reseller {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      isRoot\n    }\n    preferences {\n      skin\n      textOnly\n      language\n      skinChosen\n    }\n    activeAccount {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n    accounts {\n      id\n      name\n      status\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Session {\n    branding {\n      companyName\n      defaultSkin\n      defaultLanguage\n      needsSetup\n    }\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...ViewerFields\n    }\n  }\n": types.SwitchAccountDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($search: String, $status: AccountStatus, $after: String, $first: Int!) {\n    accounts(search: $search, status: $status, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n        owner {\n          id\n          login\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($search: String, $status: AccountStatus, $after: String, $first: Int!) {\n    accounts(search: $search, status: $status, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n        owner {\n          id\n          login\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAccount($id: ID!, $reason: String) {\n    suspendAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendAccount($id: ID!, $reason: String) {\n    suspendAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeAccount($id: ID!) {\n    resumeAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeAccount($id: ID!) {\n    resumeAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      skin\n      textOnly\n      language\n      skinChosen\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      skin\n      textOnly\n      language\n      skinChosen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resellers($search: String, $after: String, $first: Int!) {\n    resellers(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        cpHost\n        isRoot\n        defaultSkin\n        defaultLanguage\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Resellers($search: String, $after: String, $first: Int!) {\n    resellers(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        cpHost\n        isRoot\n        defaultSkin\n        defaultLanguage\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {\n    updateResellerSettings(input: $input) {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {\n    updateResellerSettings(input: $input) {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $after: String, $first: Int!) {\n    users(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        login\n        email\n        role\n        createdAt\n        reseller {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $after: String, $first: Int!) {\n    users(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        login\n        email\n        role\n        createdAt\n        reseller {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      login\n      email\n      role\n      createdAt\n      reseller {\n        id\n        name\n      }\n      accounts {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      login\n      email\n      role\n      createdAt\n      reseller {\n        id\n        name\n      }\n      accounts {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResellerChoices {\n    resellers(first: 100) {\n      nodes {\n        id\n        name\n        isRoot\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResellerChoices {\n    resellers(first: 100) {\n      nodes {\n        id\n        name\n        isRoot\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      login\n      email\n    }\n    reseller {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      isRoot\n    }\n    preferences {\n      skin\n      textOnly\n      language\n      skinChosen\n    }\n    activeAccount {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n    accounts {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      login\n      email\n    }\n    reseller {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      isRoot\n    }\n    preferences {\n      skin\n      textOnly\n      language\n      skinChosen\n    }\n    activeAccount {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n    accounts {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    branding {\n      companyName\n      defaultSkin\n      defaultLanguage\n      needsSetup\n    }\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    branding {\n      companyName\n      defaultSkin\n      defaultLanguage\n      needsSetup\n    }\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;