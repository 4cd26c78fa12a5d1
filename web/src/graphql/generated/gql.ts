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
    "\n  mutation PublishPreviewedDraft {\n    publishBrandDraft {\n      published {\n        name\n        version\n      }\n    }\n  }\n": typeof types.PublishPreviewedDraftDocument,
    "\n  fragment MoneyFields on Money {\n    amount\n    minorUnits\n    currency\n  }\n": typeof types.MoneyFieldsFragmentDoc,
    "\n  query Accounts($search: String, $status: AccountStatus, $overdue: Boolean, $after: String, $first: Int!) {\n    accounts(search: $search, status: $status, overdue: $overdue, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n        owner {\n          id\n          login\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation SuspendAccount($id: ID!, $reason: String) {\n    suspendAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.SuspendAccountDocument,
    "\n  mutation ResumeAccount($id: ID!) {\n    resumeAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.ResumeAccountDocument,
    "\n  fragment MovePlacementFields on LogicalServer {\n    id\n    name\n    kind\n    driver\n    group {\n      id\n      name\n    }\n  }\n": typeof types.MovePlacementFieldsFragmentDoc,
    "\n  query AccountMove($id: ID!) {\n    account(id: $id) {\n      id\n      servers {\n        ...MovePlacementFields\n      }\n      zoneServers {\n        ...MovePlacementFields\n      }\n    }\n    logicalServers {\n      ...MovePlacementFields\n      enabled\n      physical {\n        name\n        health\n      }\n    }\n  }\n": typeof types.AccountMoveDocument,
    "\n  mutation MoveAccountSites($accountId: ID!, $toServerId: ID!) {\n    moveAccountSites(accountId: $accountId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      sites\n    }\n  }\n": typeof types.MoveAccountSitesDocument,
    "\n  mutation MoveAccountZones($accountId: ID!, $fromServerId: ID!, $toServerId: ID!) {\n    moveAccountZones(accountId: $accountId, fromServerId: $fromServerId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      zones\n      nameServer\n      was\n      until\n    }\n  }\n": typeof types.MoveAccountZonesDocument,
    "\n  mutation MoveAccountDatabases($accountId: ID!, $toServerId: ID!) {\n    moveAccountDatabases(accountId: $accountId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      databases\n      users\n    }\n  }\n": typeof types.MoveAccountDatabasesDocument,
    "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      role\n    }\n  }\n": typeof types.SetupDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordWithLinkInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  fragment LedgerEntryFields on LedgerEntry {\n    id\n    accountId\n    kind\n    description\n    reference\n    currency\n    createdAt\n    amount {\n      ...MoneyFields\n    }\n  }\n": typeof types.LedgerEntryFieldsFragmentDoc,
    "\n  query AccountBalance($accountId: ID) {\n    accountBalance(accountId: $accountId) {\n      accountId\n      version\n      balance {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AccountBalanceDocument,
    "\n  query LedgerEntries(\n    $accountId: ID\n    $kind: LedgerKind\n    $since: DateTimeISO\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    ledgerEntries(accountId: $accountId, kind: $kind, since: $since, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LedgerEntryFields\n      }\n    }\n  }\n": typeof types.LedgerEntriesDocument,
    "\n  query LedgerCsv($kind: LedgerKind, $since: DateTimeISO, $search: String) {\n    ledgerCsv(kind: $kind, since: $since, search: $search)\n  }\n": typeof types.LedgerCsvDocument,
    "\n  query BillingAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      status\n      owner {\n        id\n        login\n      }\n    }\n  }\n": typeof types.BillingAccountDocument,
    "\n  mutation RecordPayment($input: MoneyActionInput!) {\n    recordPayment(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation AddCredit($input: MoneyActionInput!) {\n    addCredit(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n": typeof types.AddCreditDocument,
    "\n  mutation RefundPayment($input: MoneyActionInput!) {\n    refundPayment(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n": typeof types.RefundPaymentDocument,
    "\n  mutation RefundCardPayment($input: RefundCardPaymentInput!) {\n    refundCardPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n": typeof types.RefundCardPaymentDocument,
    "\n  mutation ResolveHeldPayment($input: ResolveHeldPaymentInput!) {\n    resolveHeldPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n": typeof types.ResolveHeldPaymentDocument,
    "\n  mutation SaveCard($input: SaveCardInput!) {\n    saveCard(input: $input) {\n      ...SavedCardFields\n    }\n  }\n": typeof types.SaveCardDocument,
    "\n  mutation RemoveSavedCard($accountId: ID) {\n    removeSavedCard(accountId: $accountId) {\n      id\n    }\n  }\n": typeof types.RemoveSavedCardDocument,
    "\n  fragment BrandSettingsFields on BrandSettings {\n    palette {\n      primary\n      accent\n      neutral\n      success\n      warning\n      danger\n    }\n    radius\n    density\n    defaultSkin\n    defaultTextOnly\n    usersChooseSkin\n    usersChooseLanguage\n    defaultLanguage\n    logo\n    favicon\n    texts {\n      language\n      key\n      text\n    }\n  }\n": typeof types.BrandSettingsFieldsFragmentDoc,
    "\n  fragment BrandEditorFields on BrandEditor {\n    published {\n      name\n      version\n      logoUrl\n      faviconUrl\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n    draft {\n      name\n      logoUrl\n      faviconUrl\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n    draftUpdatedAt\n    versions {\n      number\n      name\n      publishedAt\n      publishedBy\n      current\n    }\n  }\n": typeof types.BrandEditorFieldsFragmentDoc,
    "\n  query BrandEditor {\n    brandEditor {\n      ...BrandEditorFields\n    }\n    brandGallery {\n      name\n      description\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n  }\n": typeof types.BrandEditorDocument,
    "\n  mutation SaveBrandDraft($input: BrandDraftInput!) {\n    saveBrandDraft(input: $input) {\n      ...BrandEditorFields\n    }\n  }\n": typeof types.SaveBrandDraftDocument,
    "\n  mutation DiscardBrandDraft {\n    discardBrandDraft {\n      ...BrandEditorFields\n    }\n  }\n": typeof types.DiscardBrandDraftDocument,
    "\n  mutation PublishBrandDraft {\n    publishBrandDraft {\n      ...BrandEditorFields\n    }\n  }\n": typeof types.PublishBrandDraftDocument,
    "\n  mutation RollbackBrand($version: Int!) {\n    rollbackBrand(version: $version) {\n      ...BrandEditorFields\n    }\n  }\n": typeof types.RollbackBrandDocument,
    "\n  mutation ImportBrand($file: String!) {\n    importBrand(file: $file) {\n      ...BrandEditorFields\n    }\n  }\n": typeof types.ImportBrandDocument,
    "\n  query BrandExport($version: Int) {\n    brandExport(version: $version)\n  }\n": typeof types.BrandExportDocument,
    "\n  mutation UploadBrandImage($input: BrandImageInput!) {\n    uploadBrandImage(input: $input) {\n      hash\n      url\n      width\n      height\n    }\n  }\n": typeof types.UploadBrandImageDocument,
    "\n  query AdminCertificates($accountId: ID, $after: String, $first: Int!) {\n    certificates(accountId: $accountId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        source\n        state\n        lastError\n        names\n        issuer\n        notAfter\n        siteId\n        accountId\n        domainId\n      }\n    }\n  }\n": typeof types.AdminCertificatesDocument,
    "\n  query CompanyCertificates {\n    companyCertificates {\n      ...SiteCertificateFields\n    }\n  }\n": typeof types.CompanyCertificatesDocument,
    "\n  mutation UploadCompanyCertificate($kind: CertificateKind!, $input: CertificateUploadInput!) {\n    uploadCompanyCertificate(kind: $kind, input: $input) {\n      ...SiteCertificateFields\n    }\n  }\n": typeof types.UploadCompanyCertificateDocument,
    "\n  query AcmeSettings {\n    acmeSettings {\n      directoryUrl\n      email\n      accountUrl\n      letsEncrypt\n      letsEncryptStaging\n    }\n  }\n": typeof types.AcmeSettingsDocument,
    "\n  mutation SetAcmeSettings($input: AcmeSettingsInput!) {\n    setAcmeSettings(input: $input) {\n      directoryUrl\n      email\n      accountUrl\n      letsEncrypt\n      letsEncryptStaging\n    }\n  }\n": typeof types.SetAcmeSettingsDocument,
    "\n  mutation IssueCompanyCertificate($kind: CertificateKind!) {\n    issueCompanyCertificate(kind: $kind) {\n      ...SiteCertificateFields\n    }\n  }\n": typeof types.IssueCompanyCertificateDocument,
    "\n  query SslPolicy {\n    sslPolicy {\n      requireDedicatedIp\n    }\n  }\n": typeof types.SslPolicyDocument,
    "\n  mutation SetSslPolicy($requireDedicatedIp: Boolean!) {\n    setSslPolicy(requireDedicatedIp: $requireDedicatedIp) {\n      requireDedicatedIp\n    }\n  }\n": typeof types.SetSslPolicyDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    hint\n    status\n    expiresAt\n    createdAt\n    lastUsedAt\n    lastUsedIp\n    revokedAt\n    allowedIps\n    scopes {\n      group\n      access\n    }\n    owner {\n      id\n      login\n    }\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  query CompanyApiTokens {\n    companyApiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.CompanyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment DomainListFields on Domain {\n    id\n    name\n    unicodeName\n    kind\n    state\n    instantAlias\n    nameServers\n    createdAt\n    site {\n      id\n      state\n    }\n  }\n": typeof types.DomainListFieldsFragmentDoc,
    "\n  fragment ResourceRecordFields on ResourceRecord {\n    id\n    name\n    fqdn\n    type\n    ttl\n    value\n    target\n    priority\n    weight\n    port\n    flags\n    tag\n    managed\n  }\n": typeof types.ResourceRecordFieldsFragmentDoc,
    "\n  query Domains($accountId: ID) {\n    viewer {\n      reseller {\n        id\n        serviceDomain\n      }\n    }\n    domains(accountId: $accountId) {\n      ...DomainListFields\n    }\n  }\n": typeof types.DomainsDocument,
    "\n  query Domain($id: ID!) {\n    domain(id: $id) {\n      ...DomainListFields\n      zone {\n        id\n        name\n        serial\n        state\n      }\n      site {\n        id\n        serverNames\n        documentRoot\n        directory\n        state\n        httpsRedirect\n        hsts\n        certificate {\n          ...SiteCertificateFields\n        }\n        certificateRequest {\n          ...SiteCertificateFields\n        }\n      }\n      records {\n        ...ResourceRecordFields\n      }\n    }\n  }\n": typeof types.DomainDocument,
    "\n  mutation AddDomain($input: AddDomainInput!) {\n    addDomain(input: $input) {\n      ...DomainListFields\n    }\n  }\n": typeof types.AddDomainDocument,
    "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.DeleteDomainDocument,
    "\n  mutation AddDnsRecord($domainId: ID!, $input: DnsRecordInput!) {\n    addDnsRecord(domainId: $domainId, input: $input) {\n      ...ResourceRecordFields\n    }\n  }\n": typeof types.AddDnsRecordDocument,
    "\n  mutation UpdateDnsRecord($id: ID!, $input: DnsRecordInput!) {\n    updateDnsRecord(id: $id, input: $input) {\n      ...ResourceRecordFields\n    }\n  }\n": typeof types.UpdateDnsRecordDocument,
    "\n  mutation DeleteDnsRecord($id: ID!) {\n    deleteDnsRecord(id: $id)\n  }\n": typeof types.DeleteDnsRecordDocument,
    "\n  mutation ImportZoneFile($domainId: ID!, $text: String!) {\n    importZoneFile(domainId: $domainId, text: $text) {\n      added {\n        id\n      }\n      skipped {\n        line\n        text\n        reason\n      }\n      rejected {\n        line\n        text\n        reason\n      }\n    }\n  }\n": typeof types.ImportZoneFileDocument,
    "\n  fragment SiteCertificateFields on Certificate {\n    id\n    kind\n    source\n    state\n    names\n    keyType\n    issuer\n    serial\n    fingerprint\n    notBefore\n    notAfter\n    certificatePem\n    chainPem\n    csrPem\n    keyUploaded\n    siteId\n    lastError\n    createdAt\n  }\n": typeof types.SiteCertificateFieldsFragmentDoc,
    "\n  mutation UploadSiteCertificate($siteId: ID!, $input: CertificateUploadInput!) {\n    uploadSiteCertificate(siteId: $siteId, input: $input) {\n      ...SiteCertificateFields\n    }\n  }\n": typeof types.UploadSiteCertificateDocument,
    "\n  mutation RequestSiteCertificate($siteId: ID!, $keyType: KeyType!) {\n    requestSiteCertificate(siteId: $siteId, keyType: $keyType) {\n      ...SiteCertificateFields\n    }\n  }\n": typeof types.RequestSiteCertificateDocument,
    "\n  mutation DeleteCertificate($id: ID!) {\n    deleteCertificate(id: $id)\n  }\n": typeof types.DeleteCertificateDocument,
    "\n  mutation IssueSiteCertificate($siteId: ID!) {\n    issueSiteCertificate(siteId: $siteId) {\n      ...SiteCertificateFields\n    }\n  }\n": typeof types.IssueSiteCertificateDocument,
    "\n  mutation ReissueCertificate($id: ID!) {\n    reissueCertificate(id: $id) {\n      ...SiteCertificateFields\n    }\n  }\n": typeof types.ReissueCertificateDocument,
    "\n  mutation SetSiteHttps($siteId: ID!, $input: SiteHttpsInput!) {\n    setSiteHttps(siteId: $siteId, input: $input) {\n      id\n      httpsRedirect\n      hsts\n      state\n    }\n  }\n": typeof types.SetSiteHttpsDocument,
    "\n  mutation CertificatePrivateKey($id: ID!, $password: String!) {\n    certificatePrivateKey(id: $id, password: $password)\n  }\n": typeof types.CertificatePrivateKeyDocument,
    "\n  query CertificateWarnings($first: Int!) {\n    certificates(first: $first) {\n      nodes {\n        id\n        kind\n        source\n        state\n        names\n        notAfter\n        lastError\n        accountId\n        domainId\n      }\n    }\n  }\n": typeof types.CertificateWarningsDocument,
    "\n  query FirstRunChecklist {\n    firstRunChecklist {\n      complete\n      empty\n      suggestedAddress\n      steps {\n        id\n        done\n        have\n        need\n        missing\n        fixPath\n      }\n    }\n  }\n": typeof types.FirstRunChecklistDocument,
    "\n  mutation SetUpSingleMachine($input: SingleMachineInput!) {\n    setUpSingleMachine(input: $input) {\n      complete\n    }\n  }\n": typeof types.SetUpSingleMachineDocument,
    "\n  query OperatorAlerts {\n    operatorAlerts {\n      id\n      problem\n      message\n      fixPath\n      occurrences\n      lastSeenAt\n    }\n  }\n": typeof types.OperatorAlertsDocument,
    "\n  mutation DismissOperatorAlert($id: ID!) {\n    dismissOperatorAlert(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": typeof types.DismissOperatorAlertDocument,
    "\n  query CustomerHome($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      limits {\n        kind\n        limit\n        used\n      }\n    }\n    accountBalance(accountId: $accountId) {\n      accountId\n      balance {\n        amount\n        minorUnits\n        currency\n      }\n    }\n    invoices(accountId: $accountId, state: OPEN, first: 5) {\n      totalCount\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n    domains(accountId: $accountId) {\n      id\n      name\n      unicodeName\n      kind\n      state\n      nameServers\n    }\n    recentTasks(accountId: $accountId, first: 5) {\n      id\n      kind\n      subject\n      state\n      createdAt\n      finishedAt\n    }\n  }\n": typeof types.CustomerHomeDocument,
    "\n  query AdminOverview {\n    adminOverview {\n      awaitingModeration\n      overdueAccounts\n      failedTasks\n      serversInTrouble\n      paymentsLast30Days\n    }\n  }\n": typeof types.AdminOverviewDocument,
    "\n  query UsageHistory($accountId: ID, $months: Int!) {\n    usageHistory(accountId: $accountId, months: $months) {\n      month\n      diskMb\n      trafficGb\n      accountsOpened\n      revenue {\n        amount\n        minorUnits\n        currency\n      }\n    }\n  }\n": typeof types.UsageHistoryDocument,
    "\n  fragment PricedLineFields on InvoiceLineView {\n    position\n    description\n    quantity\n    periodStart\n    periodEnd\n    unitPrice {\n      ...MoneyFields\n    }\n    amount {\n      ...MoneyFields\n    }\n  }\n": typeof types.PricedLineFieldsFragmentDoc,
    "\n  fragment InvoiceDetailFields on Invoice {\n    id\n    number\n    state\n    accountId\n    currency\n    issuedAt\n    dueAt\n    paidAt\n    periodStart\n    periodEnd\n    subtotal {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n    taxName\n    taxPercent\n    total {\n      ...MoneyFields\n    }\n    amountDue {\n      ...MoneyFields\n    }\n    payments {\n      ...PaymentFields\n    }\n    lines {\n      ...PricedLineFields\n    }\n    html\n  }\n": typeof types.InvoiceDetailFieldsFragmentDoc,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  mutation VoidInvoice($id: ID!, $reason: String!) {\n    voidInvoice(id: $id, reason: $reason) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  fragment InvoiceListFields on Invoice {\n    id\n    number\n    accountId\n    issuedAt\n    dueAt\n    state\n    total {\n      ...MoneyFields\n    }\n  }\n": typeof types.InvoiceListFieldsFragmentDoc,
    "\n  query AdminInvoices($state: InvoiceState, $search: String, $after: String, $first: Int!) {\n    invoices(state: $state, search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n  }\n": typeof types.AdminInvoicesDocument,
    "\n  query AccountInvoices($accountId: ID!, $state: InvoiceState, $after: String, $first: Int!) {\n    invoices(accountId: $accountId, state: $state, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n  }\n": typeof types.AccountInvoicesDocument,
    "\n  query AccountPlan($id: ID!) {\n    account(id: $id) {\n      id\n      periodMonths\n      nextBillingAt\n      plan {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountPlanDocument,
    "\n  mutation PayInvoice($input: PayInvoiceInput!) {\n    payInvoice(input: $input) {\n      ...PaymentFields\n    }\n  }\n": typeof types.PayInvoiceDocument,
    "\n  mutation StartRedirectPayment($invoiceId: ID!, $gatewayId: ID!) {\n    startRedirectPayment(invoiceId: $invoiceId, gatewayId: $gatewayId) {\n      url\n      payment {\n        ...PaymentFields\n      }\n    }\n  }\n": typeof types.StartRedirectPaymentDocument,
    "\n  fragment JobTypeFields on JobType {\n    id\n    name\n    description\n    active\n    position\n    price {\n      ...MoneyFields\n    }\n  }\n": typeof types.JobTypeFieldsFragmentDoc,
    "\n  fragment CustomJobListFields on CustomJob {\n    id\n    title\n    state\n    accountId\n    orderedBy\n    createdAt\n    updatedAt\n    price {\n      ...MoneyFields\n    }\n  }\n": typeof types.CustomJobListFieldsFragmentDoc,
    "\n  query JobTypes {\n    jobTypes {\n      ...JobTypeFields\n    }\n  }\n": typeof types.JobTypesDocument,
    "\n  query CustomJobs($state: CustomJobState, $accountId: ID, $after: String, $first: Int!) {\n    customJobs(state: $state, accountId: $accountId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomJobListFields\n      }\n    }\n  }\n": typeof types.CustomJobsDocument,
    "\n  query CustomJob($id: ID!) {\n    customJob(id: $id) {\n      ...CustomJobListFields\n      brief\n      closedAt\n      jobTypeId\n      invoice {\n        id\n        number\n        state\n        dueAt\n        total {\n          ...MoneyFields\n        }\n      }\n      messages {\n        id\n        body\n        internal\n        fromStaff\n        authorName\n        createdAt\n      }\n    }\n  }\n": typeof types.CustomJobDocument,
    "\n  mutation OrderCustomJob($input: OrderCustomJobInput!) {\n    orderCustomJob(input: $input) {\n      ...CustomJobListFields\n    }\n  }\n": typeof types.OrderCustomJobDocument,
    "\n  mutation CreateCustomJob($input: CreateCustomJobInput!) {\n    createCustomJob(input: $input) {\n      ...CustomJobListFields\n    }\n  }\n": typeof types.CreateCustomJobDocument,
    "\n  mutation SetCustomJobState($id: ID!, $state: CustomJobState!) {\n    setCustomJobState(id: $id, state: $state) {\n      ...CustomJobListFields\n      closedAt\n      invoice {\n        id\n        state\n      }\n    }\n  }\n": typeof types.SetCustomJobStateDocument,
    "\n  mutation CancelCustomJob($id: ID!) {\n    cancelCustomJob(id: $id) {\n      ...CustomJobListFields\n      closedAt\n      invoice {\n        id\n        state\n      }\n    }\n  }\n": typeof types.CancelCustomJobDocument,
    "\n  mutation PostCustomJobMessage($jobId: ID!, $input: CustomJobMessageInput!) {\n    postCustomJobMessage(jobId: $jobId, input: $input) {\n      id\n    }\n  }\n": typeof types.PostCustomJobMessageDocument,
    "\n  mutation CreateJobType($input: JobTypeInput!) {\n    createJobType(input: $input) {\n      ...JobTypeFields\n    }\n  }\n": typeof types.CreateJobTypeDocument,
    "\n  mutation UpdateJobType($id: ID!, $input: JobTypeInput!) {\n    updateJobType(id: $id, input: $input) {\n      ...JobTypeFields\n    }\n  }\n": typeof types.UpdateJobTypeDocument,
    "\n  mutation DeleteJobType($id: ID!) {\n    deleteJobType(id: $id)\n  }\n": typeof types.DeleteJobTypeDocument,
    "\n  fragment KbArticleListFields on KbArticle {\n    id\n    title\n    slug\n    excerpt\n    language\n  }\n": typeof types.KbArticleListFieldsFragmentDoc,
    "\n  query KbBrowse($categoryId: ID, $language: Language) {\n    kbCategories(language: $language) {\n      id\n      name\n      slug\n    }\n    kbArticles(first: 100, categoryId: $categoryId, language: $language) {\n      totalCount\n      nodes {\n        ...KbArticleListFields\n      }\n    }\n  }\n": typeof types.KbBrowseDocument,
    "\n  query KbSearch($query: String!, $language: Language) {\n    kbSearch(query: $query, language: $language, first: 20) {\n      ...KbArticleListFields\n    }\n  }\n": typeof types.KbSearchDocument,
    "\n  query KbArticle($slug: String!) {\n    kbArticle(slug: $slug) {\n      id\n      title\n      html\n      updatedAt\n      helpfulCount\n      notHelpfulCount\n      category {\n        id\n        name\n      }\n    }\n  }\n": typeof types.KbArticleDocument,
    "\n  query KbIsPublic {\n    kbIsPublic\n  }\n": typeof types.KbIsPublicDocument,
    "\n  mutation MarkArticleHelpful($id: ID!, $helpful: Boolean!) {\n    markArticleHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      notHelpfulCount\n    }\n  }\n": typeof types.MarkArticleHelpfulDocument,
    "\n  query KbSuggestions($subject: String!, $body: String!, $language: Language) {\n    kbSuggestions(subject: $subject, body: $body, language: $language) {\n      ...KbArticleListFields\n    }\n  }\n": typeof types.KbSuggestionsDocument,
    "\n  mutation RecordDeflection($articleId: ID!) {\n    recordDeflection(articleId: $articleId)\n  }\n": typeof types.RecordDeflectionDocument,
    "\n  query KbAdmin($after: String, $first: Int!, $search: String, $state: KbArticleState) {\n    kbAdminCategories {\n      id\n      name\n      slug\n      language\n      position\n    }\n    kbAdminArticles(after: $after, first: $first, search: $search, state: $state) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        slug\n        state\n        language\n        sharedWithResellers\n        updatedAt\n        views\n        helpfulCount\n        notHelpfulCount\n        category {\n          id\n          name\n        }\n      }\n    }\n    kbSettings {\n      publicKnowledgeBase\n    }\n  }\n": typeof types.KbAdminDocument,
    "\n  query KbAdminArticle($id: ID!) {\n    kbAdminArticle(id: $id) {\n      id\n      title\n      slug\n      body\n      state\n      sharedWithResellers\n      category {\n        id\n      }\n    }\n  }\n": typeof types.KbAdminArticleDocument,
    "\n  query KbPreview($body: String!) {\n    kbPreview(body: $body)\n  }\n": typeof types.KbPreviewDocument,
    "\n  query KbStats {\n    kbStats {\n      publishedArticles\n      draftArticles\n      views\n      helpful\n      notHelpful\n      helpfulRatio\n      periodDays\n      deflections\n      ticketsOpened\n      deflectionRate\n    }\n  }\n": typeof types.KbStatsDocument,
    "\n  mutation CreateKbCategory($input: KbCategoryInput!) {\n    createKbCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateKbCategoryDocument,
    "\n  mutation DeleteKbCategory($id: ID!) {\n    deleteKbCategory(id: $id)\n  }\n": typeof types.DeleteKbCategoryDocument,
    "\n  mutation CreateKbArticle($input: KbArticleInput!) {\n    createKbArticle(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateKbArticleDocument,
    "\n  mutation UpdateKbArticle($id: ID!, $input: KbArticleInput!) {\n    updateKbArticle(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateKbArticleDocument,
    "\n  mutation PublishKbArticle($id: ID!) {\n    publishKbArticle(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.PublishKbArticleDocument,
    "\n  mutation UnpublishKbArticle($id: ID!) {\n    unpublishKbArticle(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.UnpublishKbArticleDocument,
    "\n  mutation DeleteKbArticle($id: ID!) {\n    deleteKbArticle(id: $id)\n  }\n": typeof types.DeleteKbArticleDocument,
    "\n  mutation SetKbSettings($publicKnowledgeBase: Boolean!) {\n    setKbSettings(publicKnowledgeBase: $publicKnowledgeBase) {\n      publicKnowledgeBase\n    }\n  }\n": typeof types.SetKbSettingsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      skin\n      textOnly\n      language\n      skinChosen\n      canChooseSkin\n      canChooseLanguage\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerifiedAt\n    }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  fragment MysqlDatabaseFields on MysqlDatabase {\n    id\n    name\n    charset\n    host\n    port\n    state\n    sizeBytes\n    sizeCheckedAt\n    createdAt\n    users {\n      id\n      name\n    }\n  }\n": typeof types.MysqlDatabaseFieldsFragmentDoc,
    "\n  fragment MysqlUserFields on MysqlUser {\n    id\n    name\n    state\n    passwordChangedAt\n    createdAt\n    databases {\n      id\n      name\n    }\n  }\n": typeof types.MysqlUserFieldsFragmentDoc,
    "\n  query Mysql($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      name\n      limits {\n        kind\n        limit\n      }\n    }\n    mysqlDatabases(accountId: $accountId) {\n      ...MysqlDatabaseFields\n    }\n    mysqlUsers(accountId: $accountId) {\n      ...MysqlUserFields\n    }\n  }\n": typeof types.MysqlDocument,
    "\n  mutation CreateMysqlDatabase($input: CreateMysqlDatabaseInput!) {\n    createMysqlDatabase(input: $input) {\n      ...MysqlDatabaseFields\n    }\n  }\n": typeof types.CreateMysqlDatabaseDocument,
    "\n  mutation DeleteMysqlDatabase($id: ID!) {\n    deleteMysqlDatabase(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.DeleteMysqlDatabaseDocument,
    "\n  mutation CreateMysqlUser($input: CreateMysqlUserInput!) {\n    createMysqlUser(input: $input) {\n      ...MysqlUserFields\n    }\n  }\n": typeof types.CreateMysqlUserDocument,
    "\n  mutation SetMysqlUserPassword($id: ID!, $password: String!) {\n    setMysqlUserPassword(id: $id, password: $password) {\n      id\n      state\n      passwordChangedAt\n    }\n  }\n": typeof types.SetMysqlUserPasswordDocument,
    "\n  mutation DeleteMysqlUser($id: ID!) {\n    deleteMysqlUser(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.DeleteMysqlUserDocument,
    "\n  mutation GrantMysqlDatabase($userId: ID!, $databaseId: ID!) {\n    grantMysqlDatabase(userId: $userId, databaseId: $databaseId) {\n      id\n      state\n    }\n  }\n": typeof types.GrantMysqlDatabaseDocument,
    "\n  mutation RevokeMysqlDatabase($userId: ID!, $databaseId: ID!) {\n    revokeMysqlDatabase(userId: $userId, databaseId: $databaseId)\n  }\n": typeof types.RevokeMysqlDatabaseDocument,
    "\n  mutation RefreshMysqlSizes($accountId: ID!) {\n    refreshMysqlSizes(accountId: $accountId)\n  }\n": typeof types.RefreshMysqlSizesDocument,
    "\n  fragment PaymentFields on Payment {\n    id\n    kind\n    method\n    source\n    state\n    currency\n    card\n    transactionId\n    declineCode\n    reason\n    attempts\n    accountId\n    invoiceId\n    refundOfId\n    gatewayName\n    gatewayKind\n    testMode\n    createdAt\n    updatedAt\n    amount {\n      ...MoneyFields\n    }\n    received {\n      ...MoneyFields\n    }\n    refundable {\n      ...MoneyFields\n    }\n  }\n": typeof types.PaymentFieldsFragmentDoc,
    "\n  fragment SavedCardFields on SavedCard {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n    gatewayId\n    createdAt\n  }\n": typeof types.SavedCardFieldsFragmentDoc,
    "\n  query PaymentSetup($accountId: ID) {\n    paymentSetup(accountId: $accountId) {\n      options {\n        gatewayId\n        name\n        kind\n        method\n        testMode\n      }\n      savedCard {\n        ...SavedCardFields\n      }\n    }\n  }\n": typeof types.PaymentSetupDocument,
    "\n  query Payments($accountId: ID, $state: PaymentState, $since: DateTimeISO, $first: Int!, $after: String) {\n    payments(accountId: $accountId, state: $state, since: $since, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PaymentFields\n      }\n    }\n  }\n": typeof types.PaymentsDocument,
    "\n  query Payment($id: ID!) {\n    payment(id: $id) {\n      ...PaymentFields\n    }\n  }\n": typeof types.PaymentDocument,
    "\n  mutation CancelRedirectPayment($id: ID!) {\n    cancelRedirectPayment(id: $id) {\n      ...PaymentFields\n    }\n  }\n": typeof types.CancelRedirectPaymentDocument,
    "\n  query ModerationAccounts($after: String, $first: Int!) {\n    accounts(status: MODERATION, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        createdAt\n        periodMonths\n        owner {\n          id\n          login\n          email\n        }\n        plan {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ModerationAccountsDocument,
    "\n  mutation ApproveAccount($id: ID!) {\n    approveAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.ApproveAccountDocument,
    "\n  mutation RejectAccount($id: ID!, $reason: String!) {\n    rejectAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.RejectAccountDocument,
    "\n  fragment MyBillingProfileFields on BillingProfile {\n    id\n    name\n    company\n    address\n    city\n    postalCode\n    country\n    email\n    phone\n  }\n": typeof types.MyBillingProfileFieldsFragmentDoc,
    "\n  query MyPlan($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      name\n      status\n      suspendedReason\n      overdueSince\n      periodMonths\n      nextBillingAt\n      plan {\n        ...PlanOfferFields\n      }\n      limits {\n        kind\n        limit\n        used\n      }\n    }\n    billingProfile(accountId: $accountId) {\n      ...MyBillingProfileFields\n    }\n  }\n": typeof types.MyPlanDocument,
    "\n  query MyPlanChoices {\n    plans {\n      ...PlanOfferFields\n    }\n  }\n": typeof types.MyPlanChoicesDocument,
    "\n  fragment PlanChangeQuoteFields on PlanChangeQuoteView {\n    periodMonths\n    periodStart\n    periodEnd\n    plan {\n      id\n      name\n    }\n    lines {\n      ...PricedLineFields\n    }\n    subtotal {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n    taxName\n    taxPercent\n    total {\n      ...MoneyFields\n    }\n  }\n": typeof types.PlanChangeQuoteFieldsFragmentDoc,
    "\n  query MyPlanChangeQuote($input: ChangePlanInput!) {\n    planChangeQuote(input: $input) {\n      ...PlanChangeQuoteFields\n    }\n  }\n": typeof types.MyPlanChangeQuoteDocument,
    "\n  mutation ChangeMyPlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      ...PlanChangeQuoteFields\n    }\n  }\n": typeof types.ChangeMyPlanDocument,
    "\n  mutation OpenAnotherAccount($input: AddAccountInput!) {\n    addAccount(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.OpenAnotherAccountDocument,
    "\n  mutation UpdateMyBillingProfile($accountId: ID, $input: BillingProfileInput!) {\n    updateBillingProfile(accountId: $accountId, input: $input) {\n      ...MyBillingProfileFields\n    }\n  }\n": typeof types.UpdateMyBillingProfileDocument,
    "\n  fragment AdminPlanFields on Plan {\n    ...PlanOfferFields\n    platform\n    forResellers\n    oversellPercent\n    setupFee {\n      ...MoneyFields\n    }\n    recurringFee {\n      ...MoneyFields\n    }\n    resources {\n      setupFee {\n        ...MoneyFields\n      }\n      recurringFee {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminPlanFieldsFragmentDoc,
    "\n  query AdminPlans {\n    plans {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.AdminPlansDocument,
    "\n  query AdminPlan($id: ID!) {\n    plan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.AdminPlanDocument,
    "\n  query PlanCurrency($resellerId: ID!) {\n    reseller(id: $resellerId) {\n      id\n      currency\n    }\n  }\n": typeof types.PlanCurrencyDocument,
    "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  mutation DeletePlan($id: ID!) {\n    deletePlan(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.DeletePlanDocument,
    "\n  query Resellers($search: String, $after: String, $first: Int!) {\n    resellers(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        cpHost\n        isRoot\n        status\n        defaultSkin\n        defaultLanguage\n        createdAt\n      }\n    }\n  }\n": typeof types.ResellersDocument,
    "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateResellerDocument,
    "\n  fragment ResellerFields on Reseller {\n    id\n    name\n    cpHost\n    cpHostAliases\n    isRoot\n    status\n    suspendedReason\n    suspendedAt\n    createdAt\n    ...CompanyDetailsFields\n    admins {\n      id\n      login\n      email\n      role\n    }\n  }\n": typeof types.ResellerFieldsFragmentDoc,
    "\n  query Reseller($id: ID!) {\n    reseller(id: $id) {\n      ...ResellerFields\n    }\n  }\n": typeof types.ResellerDocument,
    "\n  mutation UpdateReseller($id: ID!, $input: UpdateResellerInput!) {\n    updateReseller(id: $id, input: $input) {\n      ...ResellerFields\n    }\n  }\n": typeof types.UpdateResellerDocument,
    "\n  mutation SuspendReseller($id: ID!, $reason: String!) {\n    suspendReseller(id: $id, reason: $reason) {\n      ...ResellerFields\n    }\n  }\n": typeof types.SuspendResellerDocument,
    "\n  mutation ResumeReseller($id: ID!) {\n    resumeReseller(id: $id) {\n      ...ResellerFields\n    }\n  }\n": typeof types.ResumeResellerDocument,
    "\n  mutation DeleteReseller($id: ID!) {\n    deleteReseller(id: $id)\n  }\n": typeof types.DeleteResellerDocument,
    "\n  fragment ResellerQuotaFields on ResellerQuota {\n    kind\n    limit\n    used\n    promised\n    promiseLimit\n  }\n": typeof types.ResellerQuotaFieldsFragmentDoc,
    "\n  query ResellerPlan($id: ID!) {\n    reseller(id: $id) {\n      id\n      subscription {\n        id\n        name\n        status\n        periodMonths\n        nextBillingAt\n        plan {\n          id\n          name\n        }\n      }\n      quotas {\n        ...ResellerQuotaFields\n      }\n    }\n    plans {\n      id\n      name\n      forResellers\n      periods {\n        months\n      }\n    }\n  }\n": typeof types.ResellerPlanDocument,
    "\n  mutation SetResellerPlan($input: SetResellerPlanInput!) {\n    setResellerPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.SetResellerPlanDocument,
    "\n  query OwnQuotas {\n    viewer {\n      reseller {\n        id\n        quotas {\n          ...ResellerQuotaFields\n        }\n      }\n    }\n  }\n": typeof types.OwnQuotasDocument,
    "\n  fragment TwoFactorStateFields on TwoFactorState {\n    totpEnabled\n    recoveryCodesLeft\n    methods\n    enrolmentRequired\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.TwoFactorStateFieldsFragmentDoc,
    "\n  query TwoFactor {\n    viewer {\n      twoFactor {\n        ...TwoFactorStateFields\n      }\n    }\n  }\n": typeof types.TwoFactorDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {\n    confirmTotpEnrolment(input: $input) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: TwoFactorProofInput!) {\n    disableTotp(input: $input)\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RegenerateRecoveryCodes($input: TwoFactorProofInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": typeof types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      id\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  query AdminsTwoFactor {\n    viewer {\n      reseller {\n        id\n        adminsNeedTwoFactor\n      }\n      twoFactor {\n        methods\n      }\n    }\n  }\n": typeof types.AdminsTwoFactorDocument,
    "\n  mutation SetAdminsNeedTwoFactor($required: Boolean!) {\n    setAdminsNeedTwoFactor(required: $required) {\n      id\n      adminsNeedTwoFactor\n    }\n  }\n": typeof types.SetAdminsNeedTwoFactorDocument,
    "\n  mutation SecondFactorPasskeyOptions {\n    secondFactorPasskeyOptions\n  }\n": typeof types.SecondFactorPasskeyOptionsDocument,
    "\n  mutation VerifySecondFactor($input: SecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      role\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  query UserTwoFactor($id: ID!) {\n    user(id: $id) {\n      id\n      twoFactorEnabled\n    }\n  }\n": typeof types.UserTwoFactorDocument,
    "\n  mutation ResetUserTwoFactor($id: ID!) {\n    resetUserTwoFactor(id: $id) {\n      id\n      twoFactorEnabled\n    }\n  }\n": typeof types.ResetUserTwoFactorDocument,
    "\n  fragment LogicalServerFields on LogicalServer {\n    id\n    name\n    kind\n    driver\n    host\n    port\n    user\n    userHost\n    hasPassword\n    configDir\n    controlCommand\n    webRoot\n    nameServer\n    dnsRole\n    maxAccounts\n    maxDiskMb\n    maxTasks\n    enabled\n    createdAt\n    physical {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    load {\n      accounts\n      databases\n      diskBytes\n      runningTasks\n    }\n  }\n": typeof types.LogicalServerFieldsFragmentDoc,
    "\n  query PhysicalServers {\n    physicalServers {\n      id\n      name\n      os\n      address\n      status\n      transport\n      health\n      healthCheckedAt\n      createdAt\n      logicalServers {\n        id\n      }\n    }\n  }\n": typeof types.PhysicalServersDocument,
    "\n  fragment PhysicalServerFields on PhysicalServer {\n    id\n    name\n    os\n    address\n    status\n    notes\n    createdAt\n    transport\n    sshPort\n    sshUser\n    hostKey\n    accessPublicKey\n    accessIssuedAt\n    accessConfirmedAt\n    accessRevokedAt\n    firstAnsweredAt\n    setupCommand\n    health\n    healthCheckedAt\n    healthProblems\n  }\n": typeof types.PhysicalServerFieldsFragmentDoc,
    "\n  query PhysicalServer($id: ID!) {\n    physicalServer(id: $id) {\n      ...PhysicalServerFields\n      logicalServers {\n        ...LogicalServerFields\n      }\n    }\n  }\n": typeof types.PhysicalServerDocument,
    "\n  mutation CreatePhysicalServer($input: PhysicalServerInput!) {\n    createPhysicalServer(input: $input) {\n      id\n      name\n      transport\n    }\n  }\n": typeof types.CreatePhysicalServerDocument,
    "\n  mutation UpdatePhysicalServer($id: ID!, $input: PhysicalServerInput!) {\n    updatePhysicalServer(id: $id, input: $input) {\n      ...PhysicalServerFields\n    }\n  }\n": typeof types.UpdatePhysicalServerDocument,
    "\n  mutation CheckPhysicalServer($id: ID!) {\n    checkPhysicalServer(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": typeof types.CheckPhysicalServerDocument,
    "\n  mutation RotatePhysicalServerKey($id: ID!) {\n    rotatePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": typeof types.RotatePhysicalServerKeyDocument,
    "\n  mutation RevokePhysicalServerKey($id: ID!) {\n    revokePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": typeof types.RevokePhysicalServerKeyDocument,
    "\n  mutation IssuePhysicalServerKey($id: ID!) {\n    issuePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": typeof types.IssuePhysicalServerKeyDocument,
    "\n  mutation ForgetPhysicalServerHostKey($id: ID!) {\n    forgetPhysicalServerHostKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": typeof types.ForgetPhysicalServerHostKeyDocument,
    "\n  mutation DeletePhysicalServer($id: ID!) {\n    deletePhysicalServer(id: $id)\n  }\n": typeof types.DeletePhysicalServerDocument,
    "\n  query LogicalServers($kind: ServerKind) {\n    logicalServers(kind: $kind) {\n      ...LogicalServerFields\n    }\n  }\n": typeof types.LogicalServersDocument,
    "\n  query LogicalServer($id: ID!) {\n    logicalServer(id: $id) {\n      ...LogicalServerFields\n    }\n  }\n": typeof types.LogicalServerDocument,
    "\n  query LogicalServerChoices {\n    physicalServers {\n      id\n      name\n    }\n    serverGroups {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.LogicalServerChoicesDocument,
    "\n  query ServerChoices($kind: ServerKind) {\n    logicalServers(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ServerChoicesDocument,
    "\n  mutation CreateLogicalServer($input: CreateLogicalServerInput!) {\n    createLogicalServer(input: $input) {\n      ...LogicalServerFields\n    }\n  }\n": typeof types.CreateLogicalServerDocument,
    "\n  mutation UpdateLogicalServer($id: ID!, $input: UpdateLogicalServerInput!) {\n    updateLogicalServer(id: $id, input: $input) {\n      ...LogicalServerFields\n    }\n  }\n": typeof types.UpdateLogicalServerDocument,
    "\n  mutation SetLogicalServerEnabled($id: ID!, $enabled: Boolean!) {\n    setLogicalServerEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n": typeof types.SetLogicalServerEnabledDocument,
    "\n  mutation DeleteLogicalServer($id: ID!) {\n    deleteLogicalServer(id: $id)\n  }\n": typeof types.DeleteLogicalServerDocument,
    "\n  mutation ResyncLogicalServer($id: ID!) {\n    resyncLogicalServer(id: $id) {\n      checkedAt\n      missing\n      different\n      unknown\n      queued\n    }\n  }\n": typeof types.ResyncLogicalServerDocument,
    "\n  query ServerGroups($kind: ServerKind) {\n    serverGroups(kind: $kind) {\n      id\n      name\n      kind\n      policy\n      isDefault\n      createdAt\n      members {\n        id\n        name\n        enabled\n      }\n    }\n  }\n": typeof types.ServerGroupsDocument,
    "\n  mutation CreateServerGroup($input: ServerGroupInput!) {\n    createServerGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateServerGroupDocument,
    "\n  mutation UpdateServerGroup($id: ID!, $input: UpdateServerGroupInput!) {\n    updateServerGroup(id: $id, input: $input) {\n      id\n      name\n      policy\n      isDefault\n    }\n  }\n": typeof types.UpdateServerGroupDocument,
    "\n  mutation DeleteServerGroup($id: ID!) {\n    deleteServerGroup(id: $id)\n  }\n": typeof types.DeleteServerGroupDocument,
    "\n  query IpAddresses($first: Int!, $after: String, $search: String, $serverId: ID, $kind: IpKind, $free: Boolean) {\n    ipAddresses(first: $first, after: $after, search: $search, serverId: $serverId, kind: $kind, free: $free) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        address\n        kind\n        allocatedAt\n        createdAt\n        server {\n          id\n          name\n        }\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.IpAddressesDocument,
    "\n  mutation AddIpAddresses($input: AddIpAddressesInput!) {\n    addIpAddresses(input: $input) {\n      id\n    }\n  }\n": typeof types.AddIpAddressesDocument,
    "\n  mutation AllocateIp($accountId: ID!, $serverId: ID!) {\n    allocateIp(accountId: $accountId, serverId: $serverId) {\n      id\n      address\n    }\n  }\n": typeof types.AllocateIpDocument,
    "\n  mutation ReleaseIp($id: ID!) {\n    releaseIp(id: $id) {\n      id\n      address\n    }\n  }\n": typeof types.ReleaseIpDocument,
    "\n  mutation DeleteIpAddress($id: ID!) {\n    deleteIpAddress(id: $id)\n  }\n": typeof types.DeleteIpAddressDocument,
    "\n  query BillingSettings($resellerId: ID!) {\n    reseller(id: $resellerId) {\n      id\n      currency\n      paymentTermDays\n      reminderDays\n      suspendAfterDays\n      autoChargeDaysBefore\n      autoChargeAttempts\n    }\n  }\n": typeof types.BillingSettingsDocument,
    "\n  mutation UpdateBillingSettings($input: BillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      id\n      paymentTermDays\n      reminderDays\n      suspendAfterDays\n      autoChargeDaysBefore\n      autoChargeAttempts\n    }\n  }\n": typeof types.UpdateBillingSettingsDocument,
    "\n  query TaxRates {\n    taxRates {\n      id\n      name\n      ratePercent\n      validFrom\n    }\n  }\n": typeof types.TaxRatesDocument,
    "\n  mutation AddTaxRate($input: TaxRateInput!) {\n    addTaxRate(input: $input) {\n      id\n      name\n      validFrom\n    }\n  }\n": typeof types.AddTaxRateDocument,
    "\n  query MailTemplates {\n    mailTemplates {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n": typeof types.MailTemplatesDocument,
    "\n  query PreviewMailTemplate($input: MailTemplateInput!) {\n    previewMailTemplate(input: $input) {\n      subject\n      body\n      from\n      replyTo\n    }\n  }\n": typeof types.PreviewMailTemplateDocument,
    "\n  mutation SaveMailTemplate($input: MailTemplateInput!) {\n    saveMailTemplate(input: $input) {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n": typeof types.SaveMailTemplateDocument,
    "\n  mutation ResetMailTemplate($event: MailEvent!, $language: Language!) {\n    resetMailTemplate(event: $event, language: $language) {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n": typeof types.ResetMailTemplateDocument,
    "\n  query MailSender {\n    mailSender {\n      senderName\n      senderAddress\n      effectiveName\n      effectiveAddress\n      replyTo\n    }\n  }\n": typeof types.MailSenderDocument,
    "\n  mutation UpdateMailSender($input: MailSenderInput!) {\n    updateMailSender(input: $input) {\n      senderName\n      senderAddress\n      effectiveName\n      effectiveAddress\n      replyTo\n    }\n  }\n": typeof types.UpdateMailSenderDocument,
    "\n  fragment PaymentGatewayFields on PaymentGateway {\n    id\n    kind\n    name\n    currencies\n    enabled\n    testMode\n    baseUrl\n    merchantAccount\n    credentialsSet\n    methods\n    notifyPath\n    createdAt\n    updatedAt\n  }\n": typeof types.PaymentGatewayFieldsFragmentDoc,
    "\n  query PaymentGateways {\n    paymentGateways {\n      ...PaymentGatewayFields\n    }\n  }\n": typeof types.PaymentGatewaysDocument,
    "\n  mutation CreatePaymentGateway($input: PaymentGatewayInput!) {\n    createPaymentGateway(input: $input) {\n      ...PaymentGatewayFields\n    }\n  }\n": typeof types.CreatePaymentGatewayDocument,
    "\n  mutation UpdatePaymentGateway($id: ID!, $input: PaymentGatewayInput!) {\n    updatePaymentGateway(id: $id, input: $input) {\n      ...PaymentGatewayFields\n    }\n  }\n": typeof types.UpdatePaymentGatewayDocument,
    "\n  mutation DeletePaymentGateway($id: ID!) {\n    deletePaymentGateway(id: $id) {\n      id\n    }\n  }\n": typeof types.DeletePaymentGatewayDocument,
    "\n  fragment CompanyDetailsFields on Reseller {\n    legalName\n    address\n    taxId\n    supportEmail\n    supportPhone\n  }\n": typeof types.CompanyDetailsFieldsFragmentDoc,
    "\n  query CompanyDetails($id: ID!) {\n    reseller(id: $id) {\n      id\n      productCredit\n      ...CompanyDetailsFields\n    }\n  }\n": typeof types.CompanyDetailsDocument,
    "\n  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {\n    updateResellerSettings(input: $input) {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      productCredit\n      ...CompanyDetailsFields\n    }\n  }\n": typeof types.UpdateResellerSettingsDocument,
    "\n  query DnsSettings {\n    dnsSettings {\n      serviceDomain\n      nameServers\n    }\n  }\n": typeof types.DnsSettingsDocument,
    "\n  mutation SetServiceDomain($serviceDomain: String!) {\n    setServiceDomain(serviceDomain: $serviceDomain) {\n      serviceDomain\n      nameServers\n    }\n  }\n": typeof types.SetServiceDomainDocument,
    "\n  fragment PlanOfferFields on Plan {\n    id\n    name\n    description\n    signupEnabled\n    moderated\n    setupFee {\n      ...MoneyFields\n    }\n    periods {\n      months\n      discountPercent\n      price {\n        ...MoneyFields\n      }\n    }\n    resources {\n      kind\n      maxUnits\n      freeUnits\n      setupFee {\n        ...MoneyFields\n      }\n      usagePrice {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.PlanOfferFieldsFragmentDoc,
    "\n  fragment SignupQuoteFields on PlanPeriodView {\n    months\n      setupFees {\n        ...MoneyFields\n      }\n      firstInvoice {\n        ...MoneyFields\n      }\n      firstInvoiceTax {\n        name\n        percent\n        amount {\n          ...MoneyFields\n        }\n      }\n      firstInvoiceTotal {\n        ...MoneyFields\n      }\n  }\n": typeof types.SignupQuoteFieldsFragmentDoc,
    "\n  query SignupPlans {\n    signupPlans {\n      ...PlanOfferFields\n      periods {\n        ...SignupQuoteFields\n      }\n    }\n  }\n": typeof types.SignupPlansDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.SignupDocument,
    "\n  fragment TicketListFields on Ticket {\n    id\n    number\n    subject\n    category\n    priority\n    state\n    dueAt\n    overdue\n    lastMessageAt\n    createdAt\n  }\n": typeof types.TicketListFieldsFragmentDoc,
    "\n  fragment TicketMessageFields on TicketMessage {\n    id\n    body\n    internal\n    fromStaff\n    viaMail\n    authorName\n    createdAt\n    attachments {\n      id\n      fileName\n      contentType\n      size\n    }\n  }\n": typeof types.TicketMessageFieldsFragmentDoc,
    "\n  query MyTickets($state: TicketState, $after: String, $first: Int!) {\n    tickets(state: $state, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TicketListFields\n      }\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketListFields\n      accountId\n      domainId\n      databaseId\n      invoiceId\n      mergedIntoId\n      firstResponseDueAt\n      resolutionDueAt\n      closedAt\n      assignee {\n        id\n        login\n      }\n      messages {\n        ...TicketMessageFields\n      }\n    }\n  }\n": typeof types.TicketDocument,
    "\n  query TicketRelated {\n    domains {\n      id\n      name\n    }\n    mysqlDatabases {\n      id\n      name\n    }\n    invoices(first: 50) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": typeof types.TicketRelatedDocument,
    "\n  mutation OpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketListFields\n    }\n  }\n": typeof types.OpenTicketDocument,
    "\n  mutation ReplyToTicket($id: ID!, $input: TicketReplyInput!) {\n    replyToTicket(id: $id, input: $input) {\n      ...TicketMessageFields\n    }\n  }\n": typeof types.ReplyToTicketDocument,
    "\n  mutation CloseTicket($id: ID!) {\n    closeTicket(id: $id) {\n      id\n      state\n      closedAt\n      dueAt\n    }\n  }\n": typeof types.CloseTicketDocument,
    "\n  query TicketAttachment($id: ID!) {\n    ticketAttachment(id: $id) {\n      fileName\n      contentType\n      data\n    }\n  }\n": typeof types.TicketAttachmentDocument,
    "\n  query SupportQueue(\n    $state: TicketState\n    $priority: TicketPriority\n    $assigneeId: ID\n    $unassigned: Boolean\n    $first: Int!\n    $offset: Int!\n  ) {\n    supportQueue(\n      state: $state\n      priority: $priority\n      assigneeId: $assigneeId\n      unassigned: $unassigned\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        ...TicketListFields\n        accountId\n        assignee {\n          id\n          login\n        }\n      }\n    }\n    supportStaff {\n      id\n      login\n    }\n  }\n": typeof types.SupportQueueDocument,
    "\n  query StaffTools {\n    supportStaff {\n      id\n      login\n    }\n    cannedReplies {\n      id\n      title\n      body\n    }\n  }\n": typeof types.StaffToolsDocument,
    "\n  mutation SetTicketState($id: ID!, $state: TicketState!) {\n    setTicketState(id: $id, state: $state) {\n      id\n      state\n      closedAt\n      dueAt\n      overdue\n    }\n  }\n": typeof types.SetTicketStateDocument,
    "\n  mutation AssignTicket($id: ID!, $assigneeId: ID) {\n    assignTicket(id: $id, assigneeId: $assigneeId) {\n      id\n      assignee {\n        id\n        login\n      }\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation MergeTickets($fromId: ID!, $intoId: ID!) {\n    mergeTickets(fromId: $fromId, intoId: $intoId) {\n      id\n    }\n  }\n": typeof types.MergeTicketsDocument,
    "\n  query CannedReplies {\n    cannedReplies {\n      id\n      title\n      body\n    }\n    supportTargets {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n": typeof types.CannedRepliesDocument,
    "\n  mutation CreateCannedReply($input: CannedReplyInput!) {\n    createCannedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n": typeof types.CreateCannedReplyDocument,
    "\n  mutation UpdateCannedReply($id: ID!, $input: CannedReplyInput!) {\n    updateCannedReply(id: $id, input: $input) {\n      id\n      title\n      body\n    }\n  }\n": typeof types.UpdateCannedReplyDocument,
    "\n  mutation DeleteCannedReply($id: ID!) {\n    deleteCannedReply(id: $id)\n  }\n": typeof types.DeleteCannedReplyDocument,
    "\n  mutation SetSupportTargets($targets: [SupportTargetInput!]!) {\n    setSupportTargets(targets: $targets) {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n": typeof types.SetSupportTargetsDocument,
    "\n  fragment TaskFields on Task {\n    id\n    kind\n    state\n    subject\n    attempts\n    maxAttempts\n    runAfter\n    lastError\n    createdAt\n    startedAt\n    finishedAt\n    server {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query Tasks($first: Int!, $after: String, $search: String, $state: TaskState, $serverId: ID, $accountId: ID) {\n    tasks(first: $first, after: $after, search: $search, state: $state, serverId: $serverId, accountId: $accountId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.TasksDocument,
    "\n  mutation RetryTask($id: ID!) {\n    retryTask(id: $id) {\n      ...TaskFields\n    }\n  }\n": typeof types.RetryTaskDocument,
    "\n  mutation CancelTask($id: ID!) {\n    cancelTask(id: $id) {\n      ...TaskFields\n    }\n  }\n": typeof types.CancelTaskDocument,
    "\n  query Users($search: String, $after: String, $first: Int!) {\n    users(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        login\n        email\n        role\n        createdAt\n        reseller {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      login\n      email\n      role\n      createdAt\n      reseller {\n        id\n        name\n      }\n      accounts {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n      }\n    }\n  }\n": typeof types.UserDocument,
    "\n  query ResellerChoices {\n    resellers(first: 100) {\n      nodes {\n        id\n        name\n        isRoot\n      }\n    }\n  }\n": typeof types.ResellerChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query StaffLogins {\n    staffLogins {\n      id\n      login\n      email\n      disabledAt\n      createdAt\n    }\n  }\n": typeof types.StaffLoginsDocument,
    "\n  mutation CreateStaffLogin($input: CreateStaffLoginInput!) {\n    createStaffLogin(input: $input) {\n      id\n      login\n    }\n  }\n": typeof types.CreateStaffLoginDocument,
    "\n  mutation SetStaffLoginDisabled($id: ID!, $disabled: Boolean!) {\n    setStaffLoginDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.SetStaffLoginDisabledDocument,
    "\n  query UserAccountHosting($accountId: ID!) {\n    domains(accountId: $accountId) {\n      id\n      name\n      unicodeName\n      kind\n      state\n      site {\n        id\n        state\n        serverNames\n      }\n    }\n    mysqlDatabases(accountId: $accountId) {\n      id\n      name\n      state\n    }\n  }\n": typeof types.UserAccountHostingDocument,
    "\n  fragment WebhookFields on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    createdAt\n  }\n": typeof types.WebhookFieldsFragmentDoc,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    attempt\n    ok\n    statusCode\n    durationMs\n    error\n    response\n    createdAt\n  }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n  }\n": typeof types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      ...WebhookFields\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      eventId\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  query WebhookPolicy {\n    webhookPolicy {\n      allowPrivateTargets\n    }\n  }\n": typeof types.WebhookPolicyDocument,
    "\n  mutation SetWebhookPolicy($allowPrivateTargets: Boolean!) {\n    setWebhookPolicy(allowPrivateTargets: $allowPrivateTargets) {\n      allowPrivateTargets\n    }\n  }\n": typeof types.SetWebhookPolicyDocument,
    "\n  mutation ImpersonateUser($userId: ID!) {\n    impersonateUser(userId: $userId)\n  }\n": typeof types.ImpersonateUserDocument,
    "\n  mutation RedeemImpersonation($token: String!) {\n    redeemImpersonation(token: $token) {\n      role\n    }\n  }\n": typeof types.RedeemImpersonationDocument,
    "\n  mutation EndImpersonation {\n    endImpersonation\n  }\n": typeof types.EndImpersonationDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      login\n      email\n      emailVerifiedAt\n    }\n    reseller {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      isRoot\n    }\n    preferences {\n      skin\n      textOnly\n      language\n      skinChosen\n      canChooseSkin\n      canChooseLanguage\n    }\n    activeAccount {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n    accounts {\n      id\n      name\n      status\n    }\n    impersonator {\n      login\n      returnUrl\n    }\n    twoFactor {\n      enrolmentRequired\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment ThemeFields on Theme {\n    name\n    version\n    draft\n    logoUrl\n    faviconUrl\n    cssVariables {\n      name\n      value\n    }\n    settings {\n      texts {\n        language\n        key\n        text\n      }\n    }\n  }\n": typeof types.ThemeFieldsFragmentDoc,
    "\n  query Session($preview: Boolean! = false) {\n    branding {\n      companyName\n      defaultSkin\n      defaultLanguage\n      needsSetup\n      suspended\n      productCredit\n      usersChooseSkin\n      usersChooseLanguage\n      theme(preview: $preview) {\n        ...ThemeFields\n      }\n    }\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchAccountDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation PublishPreviewedDraft {\n    publishBrandDraft {\n      published {\n        name\n        version\n      }\n    }\n  }\n": types.PublishPreviewedDraftDocument,
    "\n  fragment MoneyFields on Money {\n    amount\n    minorUnits\n    currency\n  }\n": types.MoneyFieldsFragmentDoc,
    "\n  query Accounts($search: String, $status: AccountStatus, $overdue: Boolean, $after: String, $first: Int!) {\n    accounts(search: $search, status: $status, overdue: $overdue, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n        owner {\n          id\n          login\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation SuspendAccount($id: ID!, $reason: String) {\n    suspendAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.SuspendAccountDocument,
    "\n  mutation ResumeAccount($id: ID!) {\n    resumeAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.ResumeAccountDocument,
    "\n  fragment MovePlacementFields on LogicalServer {\n    id\n    name\n    kind\n    driver\n    group {\n      id\n      name\n    }\n  }\n": types.MovePlacementFieldsFragmentDoc,
    "\n  query AccountMove($id: ID!) {\n    account(id: $id) {\n      id\n      servers {\n        ...MovePlacementFields\n      }\n      zoneServers {\n        ...MovePlacementFields\n      }\n    }\n    logicalServers {\n      ...MovePlacementFields\n      enabled\n      physical {\n        name\n        health\n      }\n    }\n  }\n": types.AccountMoveDocument,
    "\n  mutation MoveAccountSites($accountId: ID!, $toServerId: ID!) {\n    moveAccountSites(accountId: $accountId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      sites\n    }\n  }\n": types.MoveAccountSitesDocument,
    "\n  mutation MoveAccountZones($accountId: ID!, $fromServerId: ID!, $toServerId: ID!) {\n    moveAccountZones(accountId: $accountId, fromServerId: $fromServerId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      zones\n      nameServer\n      was\n      until\n    }\n  }\n": types.MoveAccountZonesDocument,
    "\n  mutation MoveAccountDatabases($accountId: ID!, $toServerId: ID!) {\n    moveAccountDatabases(accountId: $accountId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      databases\n      users\n    }\n  }\n": types.MoveAccountDatabasesDocument,
    "\n  mutation Setup($input: SetupInput!) {\n    setup(input: $input) {\n      role\n    }\n  }\n": types.SetupDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordWithLinkInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  fragment LedgerEntryFields on LedgerEntry {\n    id\n    accountId\n    kind\n    description\n    reference\n    currency\n    createdAt\n    amount {\n      ...MoneyFields\n    }\n  }\n": types.LedgerEntryFieldsFragmentDoc,
    "\n  query AccountBalance($accountId: ID) {\n    accountBalance(accountId: $accountId) {\n      accountId\n      version\n      balance {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AccountBalanceDocument,
    "\n  query LedgerEntries(\n    $accountId: ID\n    $kind: LedgerKind\n    $since: DateTimeISO\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    ledgerEntries(accountId: $accountId, kind: $kind, since: $since, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LedgerEntryFields\n      }\n    }\n  }\n": types.LedgerEntriesDocument,
    "\n  query LedgerCsv($kind: LedgerKind, $since: DateTimeISO, $search: String) {\n    ledgerCsv(kind: $kind, since: $since, search: $search)\n  }\n": types.LedgerCsvDocument,
    "\n  query BillingAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      status\n      owner {\n        id\n        login\n      }\n    }\n  }\n": types.BillingAccountDocument,
    "\n  mutation RecordPayment($input: MoneyActionInput!) {\n    recordPayment(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation AddCredit($input: MoneyActionInput!) {\n    addCredit(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n": types.AddCreditDocument,
    "\n  mutation RefundPayment($input: MoneyActionInput!) {\n    refundPayment(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n": types.RefundPaymentDocument,
    "\n  mutation RefundCardPayment($input: RefundCardPaymentInput!) {\n    refundCardPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n": types.RefundCardPaymentDocument,
    "\n  mutation ResolveHeldPayment($input: ResolveHeldPaymentInput!) {\n    resolveHeldPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n": types.ResolveHeldPaymentDocument,
    "\n  mutation SaveCard($input: SaveCardInput!) {\n    saveCard(input: $input) {\n      ...SavedCardFields\n    }\n  }\n": types.SaveCardDocument,
    "\n  mutation RemoveSavedCard($accountId: ID) {\n    removeSavedCard(accountId: $accountId) {\n      id\n    }\n  }\n": types.RemoveSavedCardDocument,
    "\n  fragment BrandSettingsFields on BrandSettings {\n    palette {\n      primary\n      accent\n      neutral\n      success\n      warning\n      danger\n    }\n    radius\n    density\n    defaultSkin\n    defaultTextOnly\n    usersChooseSkin\n    usersChooseLanguage\n    defaultLanguage\n    logo\n    favicon\n    texts {\n      language\n      key\n      text\n    }\n  }\n": types.BrandSettingsFieldsFragmentDoc,
    "\n  fragment BrandEditorFields on BrandEditor {\n    published {\n      name\n      version\n      logoUrl\n      faviconUrl\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n    draft {\n      name\n      logoUrl\n      faviconUrl\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n    draftUpdatedAt\n    versions {\n      number\n      name\n      publishedAt\n      publishedBy\n      current\n    }\n  }\n": types.BrandEditorFieldsFragmentDoc,
    "\n  query BrandEditor {\n    brandEditor {\n      ...BrandEditorFields\n    }\n    brandGallery {\n      name\n      description\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n  }\n": types.BrandEditorDocument,
    "\n  mutation SaveBrandDraft($input: BrandDraftInput!) {\n    saveBrandDraft(input: $input) {\n      ...BrandEditorFields\n    }\n  }\n": types.SaveBrandDraftDocument,
    "\n  mutation DiscardBrandDraft {\n    discardBrandDraft {\n      ...BrandEditorFields\n    }\n  }\n": types.DiscardBrandDraftDocument,
    "\n  mutation PublishBrandDraft {\n    publishBrandDraft {\n      ...BrandEditorFields\n    }\n  }\n": types.PublishBrandDraftDocument,
    "\n  mutation RollbackBrand($version: Int!) {\n    rollbackBrand(version: $version) {\n      ...BrandEditorFields\n    }\n  }\n": types.RollbackBrandDocument,
    "\n  mutation ImportBrand($file: String!) {\n    importBrand(file: $file) {\n      ...BrandEditorFields\n    }\n  }\n": types.ImportBrandDocument,
    "\n  query BrandExport($version: Int) {\n    brandExport(version: $version)\n  }\n": types.BrandExportDocument,
    "\n  mutation UploadBrandImage($input: BrandImageInput!) {\n    uploadBrandImage(input: $input) {\n      hash\n      url\n      width\n      height\n    }\n  }\n": types.UploadBrandImageDocument,
    "\n  query AdminCertificates($accountId: ID, $after: String, $first: Int!) {\n    certificates(accountId: $accountId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        source\n        state\n        lastError\n        names\n        issuer\n        notAfter\n        siteId\n        accountId\n        domainId\n      }\n    }\n  }\n": types.AdminCertificatesDocument,
    "\n  query CompanyCertificates {\n    companyCertificates {\n      ...SiteCertificateFields\n    }\n  }\n": types.CompanyCertificatesDocument,
    "\n  mutation UploadCompanyCertificate($kind: CertificateKind!, $input: CertificateUploadInput!) {\n    uploadCompanyCertificate(kind: $kind, input: $input) {\n      ...SiteCertificateFields\n    }\n  }\n": types.UploadCompanyCertificateDocument,
    "\n  query AcmeSettings {\n    acmeSettings {\n      directoryUrl\n      email\n      accountUrl\n      letsEncrypt\n      letsEncryptStaging\n    }\n  }\n": types.AcmeSettingsDocument,
    "\n  mutation SetAcmeSettings($input: AcmeSettingsInput!) {\n    setAcmeSettings(input: $input) {\n      directoryUrl\n      email\n      accountUrl\n      letsEncrypt\n      letsEncryptStaging\n    }\n  }\n": types.SetAcmeSettingsDocument,
    "\n  mutation IssueCompanyCertificate($kind: CertificateKind!) {\n    issueCompanyCertificate(kind: $kind) {\n      ...SiteCertificateFields\n    }\n  }\n": types.IssueCompanyCertificateDocument,
    "\n  query SslPolicy {\n    sslPolicy {\n      requireDedicatedIp\n    }\n  }\n": types.SslPolicyDocument,
    "\n  mutation SetSslPolicy($requireDedicatedIp: Boolean!) {\n    setSslPolicy(requireDedicatedIp: $requireDedicatedIp) {\n      requireDedicatedIp\n    }\n  }\n": types.SetSslPolicyDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    hint\n    status\n    expiresAt\n    createdAt\n    lastUsedAt\n    lastUsedIp\n    revokedAt\n    allowedIps\n    scopes {\n      group\n      access\n    }\n    owner {\n      id\n      login\n    }\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  query CompanyApiTokens {\n    companyApiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.CompanyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment DomainListFields on Domain {\n    id\n    name\n    unicodeName\n    kind\n    state\n    instantAlias\n    nameServers\n    createdAt\n    site {\n      id\n      state\n    }\n  }\n": types.DomainListFieldsFragmentDoc,
    "\n  fragment ResourceRecordFields on ResourceRecord {\n    id\n    name\n    fqdn\n    type\n    ttl\n    value\n    target\n    priority\n    weight\n    port\n    flags\n    tag\n    managed\n  }\n": types.ResourceRecordFieldsFragmentDoc,
    "\n  query Domains($accountId: ID) {\n    viewer {\n      reseller {\n        id\n        serviceDomain\n      }\n    }\n    domains(accountId: $accountId) {\n      ...DomainListFields\n    }\n  }\n": types.DomainsDocument,
    "\n  query Domain($id: ID!) {\n    domain(id: $id) {\n      ...DomainListFields\n      zone {\n        id\n        name\n        serial\n        state\n      }\n      site {\n        id\n        serverNames\n        documentRoot\n        directory\n        state\n        httpsRedirect\n        hsts\n        certificate {\n          ...SiteCertificateFields\n        }\n        certificateRequest {\n          ...SiteCertificateFields\n        }\n      }\n      records {\n        ...ResourceRecordFields\n      }\n    }\n  }\n": types.DomainDocument,
    "\n  mutation AddDomain($input: AddDomainInput!) {\n    addDomain(input: $input) {\n      ...DomainListFields\n    }\n  }\n": types.AddDomainDocument,
    "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id) {\n      id\n      state\n    }\n  }\n": types.DeleteDomainDocument,
    "\n  mutation AddDnsRecord($domainId: ID!, $input: DnsRecordInput!) {\n    addDnsRecord(domainId: $domainId, input: $input) {\n      ...ResourceRecordFields\n    }\n  }\n": types.AddDnsRecordDocument,
    "\n  mutation UpdateDnsRecord($id: ID!, $input: DnsRecordInput!) {\n    updateDnsRecord(id: $id, input: $input) {\n      ...ResourceRecordFields\n    }\n  }\n": types.UpdateDnsRecordDocument,
    "\n  mutation DeleteDnsRecord($id: ID!) {\n    deleteDnsRecord(id: $id)\n  }\n": types.DeleteDnsRecordDocument,
    "\n  mutation ImportZoneFile($domainId: ID!, $text: String!) {\n    importZoneFile(domainId: $domainId, text: $text) {\n      added {\n        id\n      }\n      skipped {\n        line\n        text\n        reason\n      }\n      rejected {\n        line\n        text\n        reason\n      }\n    }\n  }\n": types.ImportZoneFileDocument,
    "\n  fragment SiteCertificateFields on Certificate {\n    id\n    kind\n    source\n    state\n    names\n    keyType\n    issuer\n    serial\n    fingerprint\n    notBefore\n    notAfter\n    certificatePem\n    chainPem\n    csrPem\n    keyUploaded\n    siteId\n    lastError\n    createdAt\n  }\n": types.SiteCertificateFieldsFragmentDoc,
    "\n  mutation UploadSiteCertificate($siteId: ID!, $input: CertificateUploadInput!) {\n    uploadSiteCertificate(siteId: $siteId, input: $input) {\n      ...SiteCertificateFields\n    }\n  }\n": types.UploadSiteCertificateDocument,
    "\n  mutation RequestSiteCertificate($siteId: ID!, $keyType: KeyType!) {\n    requestSiteCertificate(siteId: $siteId, keyType: $keyType) {\n      ...SiteCertificateFields\n    }\n  }\n": types.RequestSiteCertificateDocument,
    "\n  mutation DeleteCertificate($id: ID!) {\n    deleteCertificate(id: $id)\n  }\n": types.DeleteCertificateDocument,
    "\n  mutation IssueSiteCertificate($siteId: ID!) {\n    issueSiteCertificate(siteId: $siteId) {\n      ...SiteCertificateFields\n    }\n  }\n": types.IssueSiteCertificateDocument,
    "\n  mutation ReissueCertificate($id: ID!) {\n    reissueCertificate(id: $id) {\n      ...SiteCertificateFields\n    }\n  }\n": types.ReissueCertificateDocument,
    "\n  mutation SetSiteHttps($siteId: ID!, $input: SiteHttpsInput!) {\n    setSiteHttps(siteId: $siteId, input: $input) {\n      id\n      httpsRedirect\n      hsts\n      state\n    }\n  }\n": types.SetSiteHttpsDocument,
    "\n  mutation CertificatePrivateKey($id: ID!, $password: String!) {\n    certificatePrivateKey(id: $id, password: $password)\n  }\n": types.CertificatePrivateKeyDocument,
    "\n  query CertificateWarnings($first: Int!) {\n    certificates(first: $first) {\n      nodes {\n        id\n        kind\n        source\n        state\n        names\n        notAfter\n        lastError\n        accountId\n        domainId\n      }\n    }\n  }\n": types.CertificateWarningsDocument,
    "\n  query FirstRunChecklist {\n    firstRunChecklist {\n      complete\n      empty\n      suggestedAddress\n      steps {\n        id\n        done\n        have\n        need\n        missing\n        fixPath\n      }\n    }\n  }\n": types.FirstRunChecklistDocument,
    "\n  mutation SetUpSingleMachine($input: SingleMachineInput!) {\n    setUpSingleMachine(input: $input) {\n      complete\n    }\n  }\n": types.SetUpSingleMachineDocument,
    "\n  query OperatorAlerts {\n    operatorAlerts {\n      id\n      problem\n      message\n      fixPath\n      occurrences\n      lastSeenAt\n    }\n  }\n": types.OperatorAlertsDocument,
    "\n  mutation DismissOperatorAlert($id: ID!) {\n    dismissOperatorAlert(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n": types.DismissOperatorAlertDocument,
    "\n  query CustomerHome($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      limits {\n        kind\n        limit\n        used\n      }\n    }\n    accountBalance(accountId: $accountId) {\n      accountId\n      balance {\n        amount\n        minorUnits\n        currency\n      }\n    }\n    invoices(accountId: $accountId, state: OPEN, first: 5) {\n      totalCount\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n    domains(accountId: $accountId) {\n      id\n      name\n      unicodeName\n      kind\n      state\n      nameServers\n    }\n    recentTasks(accountId: $accountId, first: 5) {\n      id\n      kind\n      subject\n      state\n      createdAt\n      finishedAt\n    }\n  }\n": types.CustomerHomeDocument,
    "\n  query AdminOverview {\n    adminOverview {\n      awaitingModeration\n      overdueAccounts\n      failedTasks\n      serversInTrouble\n      paymentsLast30Days\n    }\n  }\n": types.AdminOverviewDocument,
    "\n  query UsageHistory($accountId: ID, $months: Int!) {\n    usageHistory(accountId: $accountId, months: $months) {\n      month\n      diskMb\n      trafficGb\n      accountsOpened\n      revenue {\n        amount\n        minorUnits\n        currency\n      }\n    }\n  }\n": types.UsageHistoryDocument,
    "\n  fragment PricedLineFields on InvoiceLineView {\n    position\n    description\n    quantity\n    periodStart\n    periodEnd\n    unitPrice {\n      ...MoneyFields\n    }\n    amount {\n      ...MoneyFields\n    }\n  }\n": types.PricedLineFieldsFragmentDoc,
    "\n  fragment InvoiceDetailFields on Invoice {\n    id\n    number\n    state\n    accountId\n    currency\n    issuedAt\n    dueAt\n    paidAt\n    periodStart\n    periodEnd\n    subtotal {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n    taxName\n    taxPercent\n    total {\n      ...MoneyFields\n    }\n    amountDue {\n      ...MoneyFields\n    }\n    payments {\n      ...PaymentFields\n    }\n    lines {\n      ...PricedLineFields\n    }\n    html\n  }\n": types.InvoiceDetailFieldsFragmentDoc,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  mutation VoidInvoice($id: ID!, $reason: String!) {\n    voidInvoice(id: $id, reason: $reason) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.VoidInvoiceDocument,
    "\n  fragment InvoiceListFields on Invoice {\n    id\n    number\n    accountId\n    issuedAt\n    dueAt\n    state\n    total {\n      ...MoneyFields\n    }\n  }\n": types.InvoiceListFieldsFragmentDoc,
    "\n  query AdminInvoices($state: InvoiceState, $search: String, $after: String, $first: Int!) {\n    invoices(state: $state, search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n  }\n": types.AdminInvoicesDocument,
    "\n  query AccountInvoices($accountId: ID!, $state: InvoiceState, $after: String, $first: Int!) {\n    invoices(accountId: $accountId, state: $state, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n  }\n": types.AccountInvoicesDocument,
    "\n  query AccountPlan($id: ID!) {\n    account(id: $id) {\n      id\n      periodMonths\n      nextBillingAt\n      plan {\n        id\n        name\n      }\n    }\n  }\n": types.AccountPlanDocument,
    "\n  mutation PayInvoice($input: PayInvoiceInput!) {\n    payInvoice(input: $input) {\n      ...PaymentFields\n    }\n  }\n": types.PayInvoiceDocument,
    "\n  mutation StartRedirectPayment($invoiceId: ID!, $gatewayId: ID!) {\n    startRedirectPayment(invoiceId: $invoiceId, gatewayId: $gatewayId) {\n      url\n      payment {\n        ...PaymentFields\n      }\n    }\n  }\n": types.StartRedirectPaymentDocument,
    "\n  fragment JobTypeFields on JobType {\n    id\n    name\n    description\n    active\n    position\n    price {\n      ...MoneyFields\n    }\n  }\n": types.JobTypeFieldsFragmentDoc,
    "\n  fragment CustomJobListFields on CustomJob {\n    id\n    title\n    state\n    accountId\n    orderedBy\n    createdAt\n    updatedAt\n    price {\n      ...MoneyFields\n    }\n  }\n": types.CustomJobListFieldsFragmentDoc,
    "\n  query JobTypes {\n    jobTypes {\n      ...JobTypeFields\n    }\n  }\n": types.JobTypesDocument,
    "\n  query CustomJobs($state: CustomJobState, $accountId: ID, $after: String, $first: Int!) {\n    customJobs(state: $state, accountId: $accountId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomJobListFields\n      }\n    }\n  }\n": types.CustomJobsDocument,
    "\n  query CustomJob($id: ID!) {\n    customJob(id: $id) {\n      ...CustomJobListFields\n      brief\n      closedAt\n      jobTypeId\n      invoice {\n        id\n        number\n        state\n        dueAt\n        total {\n          ...MoneyFields\n        }\n      }\n      messages {\n        id\n        body\n        internal\n        fromStaff\n        authorName\n        createdAt\n      }\n    }\n  }\n": types.CustomJobDocument,
    "\n  mutation OrderCustomJob($input: OrderCustomJobInput!) {\n    orderCustomJob(input: $input) {\n      ...CustomJobListFields\n    }\n  }\n": types.OrderCustomJobDocument,
    "\n  mutation CreateCustomJob($input: CreateCustomJobInput!) {\n    createCustomJob(input: $input) {\n      ...CustomJobListFields\n    }\n  }\n": types.CreateCustomJobDocument,
    "\n  mutation SetCustomJobState($id: ID!, $state: CustomJobState!) {\n    setCustomJobState(id: $id, state: $state) {\n      ...CustomJobListFields\n      closedAt\n      invoice {\n        id\n        state\n      }\n    }\n  }\n": types.SetCustomJobStateDocument,
    "\n  mutation CancelCustomJob($id: ID!) {\n    cancelCustomJob(id: $id) {\n      ...CustomJobListFields\n      closedAt\n      invoice {\n        id\n        state\n      }\n    }\n  }\n": types.CancelCustomJobDocument,
    "\n  mutation PostCustomJobMessage($jobId: ID!, $input: CustomJobMessageInput!) {\n    postCustomJobMessage(jobId: $jobId, input: $input) {\n      id\n    }\n  }\n": types.PostCustomJobMessageDocument,
    "\n  mutation CreateJobType($input: JobTypeInput!) {\n    createJobType(input: $input) {\n      ...JobTypeFields\n    }\n  }\n": types.CreateJobTypeDocument,
    "\n  mutation UpdateJobType($id: ID!, $input: JobTypeInput!) {\n    updateJobType(id: $id, input: $input) {\n      ...JobTypeFields\n    }\n  }\n": types.UpdateJobTypeDocument,
    "\n  mutation DeleteJobType($id: ID!) {\n    deleteJobType(id: $id)\n  }\n": types.DeleteJobTypeDocument,
    "\n  fragment KbArticleListFields on KbArticle {\n    id\n    title\n    slug\n    excerpt\n    language\n  }\n": types.KbArticleListFieldsFragmentDoc,
    "\n  query KbBrowse($categoryId: ID, $language: Language) {\n    kbCategories(language: $language) {\n      id\n      name\n      slug\n    }\n    kbArticles(first: 100, categoryId: $categoryId, language: $language) {\n      totalCount\n      nodes {\n        ...KbArticleListFields\n      }\n    }\n  }\n": types.KbBrowseDocument,
    "\n  query KbSearch($query: String!, $language: Language) {\n    kbSearch(query: $query, language: $language, first: 20) {\n      ...KbArticleListFields\n    }\n  }\n": types.KbSearchDocument,
    "\n  query KbArticle($slug: String!) {\n    kbArticle(slug: $slug) {\n      id\n      title\n      html\n      updatedAt\n      helpfulCount\n      notHelpfulCount\n      category {\n        id\n        name\n      }\n    }\n  }\n": types.KbArticleDocument,
    "\n  query KbIsPublic {\n    kbIsPublic\n  }\n": types.KbIsPublicDocument,
    "\n  mutation MarkArticleHelpful($id: ID!, $helpful: Boolean!) {\n    markArticleHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      notHelpfulCount\n    }\n  }\n": types.MarkArticleHelpfulDocument,
    "\n  query KbSuggestions($subject: String!, $body: String!, $language: Language) {\n    kbSuggestions(subject: $subject, body: $body, language: $language) {\n      ...KbArticleListFields\n    }\n  }\n": types.KbSuggestionsDocument,
    "\n  mutation RecordDeflection($articleId: ID!) {\n    recordDeflection(articleId: $articleId)\n  }\n": types.RecordDeflectionDocument,
    "\n  query KbAdmin($after: String, $first: Int!, $search: String, $state: KbArticleState) {\n    kbAdminCategories {\n      id\n      name\n      slug\n      language\n      position\n    }\n    kbAdminArticles(after: $after, first: $first, search: $search, state: $state) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        slug\n        state\n        language\n        sharedWithResellers\n        updatedAt\n        views\n        helpfulCount\n        notHelpfulCount\n        category {\n          id\n          name\n        }\n      }\n    }\n    kbSettings {\n      publicKnowledgeBase\n    }\n  }\n": types.KbAdminDocument,
    "\n  query KbAdminArticle($id: ID!) {\n    kbAdminArticle(id: $id) {\n      id\n      title\n      slug\n      body\n      state\n      sharedWithResellers\n      category {\n        id\n      }\n    }\n  }\n": types.KbAdminArticleDocument,
    "\n  query KbPreview($body: String!) {\n    kbPreview(body: $body)\n  }\n": types.KbPreviewDocument,
    "\n  query KbStats {\n    kbStats {\n      publishedArticles\n      draftArticles\n      views\n      helpful\n      notHelpful\n      helpfulRatio\n      periodDays\n      deflections\n      ticketsOpened\n      deflectionRate\n    }\n  }\n": types.KbStatsDocument,
    "\n  mutation CreateKbCategory($input: KbCategoryInput!) {\n    createKbCategory(input: $input) {\n      id\n    }\n  }\n": types.CreateKbCategoryDocument,
    "\n  mutation DeleteKbCategory($id: ID!) {\n    deleteKbCategory(id: $id)\n  }\n": types.DeleteKbCategoryDocument,
    "\n  mutation CreateKbArticle($input: KbArticleInput!) {\n    createKbArticle(input: $input) {\n      id\n    }\n  }\n": types.CreateKbArticleDocument,
    "\n  mutation UpdateKbArticle($id: ID!, $input: KbArticleInput!) {\n    updateKbArticle(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateKbArticleDocument,
    "\n  mutation PublishKbArticle($id: ID!) {\n    publishKbArticle(id: $id) {\n      id\n      state\n    }\n  }\n": types.PublishKbArticleDocument,
    "\n  mutation UnpublishKbArticle($id: ID!) {\n    unpublishKbArticle(id: $id) {\n      id\n      state\n    }\n  }\n": types.UnpublishKbArticleDocument,
    "\n  mutation DeleteKbArticle($id: ID!) {\n    deleteKbArticle(id: $id)\n  }\n": types.DeleteKbArticleDocument,
    "\n  mutation SetKbSettings($publicKnowledgeBase: Boolean!) {\n    setKbSettings(publicKnowledgeBase: $publicKnowledgeBase) {\n      publicKnowledgeBase\n    }\n  }\n": types.SetKbSettingsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      skin\n      textOnly\n      language\n      skinChosen\n      canChooseSkin\n      canChooseLanguage\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerifiedAt\n    }\n  }\n": types.ChangeEmailDocument,
    "\n  fragment MysqlDatabaseFields on MysqlDatabase {\n    id\n    name\n    charset\n    host\n    port\n    state\n    sizeBytes\n    sizeCheckedAt\n    createdAt\n    users {\n      id\n      name\n    }\n  }\n": types.MysqlDatabaseFieldsFragmentDoc,
    "\n  fragment MysqlUserFields on MysqlUser {\n    id\n    name\n    state\n    passwordChangedAt\n    createdAt\n    databases {\n      id\n      name\n    }\n  }\n": types.MysqlUserFieldsFragmentDoc,
    "\n  query Mysql($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      name\n      limits {\n        kind\n        limit\n      }\n    }\n    mysqlDatabases(accountId: $accountId) {\n      ...MysqlDatabaseFields\n    }\n    mysqlUsers(accountId: $accountId) {\n      ...MysqlUserFields\n    }\n  }\n": types.MysqlDocument,
    "\n  mutation CreateMysqlDatabase($input: CreateMysqlDatabaseInput!) {\n    createMysqlDatabase(input: $input) {\n      ...MysqlDatabaseFields\n    }\n  }\n": types.CreateMysqlDatabaseDocument,
    "\n  mutation DeleteMysqlDatabase($id: ID!) {\n    deleteMysqlDatabase(id: $id) {\n      id\n      state\n    }\n  }\n": types.DeleteMysqlDatabaseDocument,
    "\n  mutation CreateMysqlUser($input: CreateMysqlUserInput!) {\n    createMysqlUser(input: $input) {\n      ...MysqlUserFields\n    }\n  }\n": types.CreateMysqlUserDocument,
    "\n  mutation SetMysqlUserPassword($id: ID!, $password: String!) {\n    setMysqlUserPassword(id: $id, password: $password) {\n      id\n      state\n      passwordChangedAt\n    }\n  }\n": types.SetMysqlUserPasswordDocument,
    "\n  mutation DeleteMysqlUser($id: ID!) {\n    deleteMysqlUser(id: $id) {\n      id\n      state\n    }\n  }\n": types.DeleteMysqlUserDocument,
    "\n  mutation GrantMysqlDatabase($userId: ID!, $databaseId: ID!) {\n    grantMysqlDatabase(userId: $userId, databaseId: $databaseId) {\n      id\n      state\n    }\n  }\n": types.GrantMysqlDatabaseDocument,
    "\n  mutation RevokeMysqlDatabase($userId: ID!, $databaseId: ID!) {\n    revokeMysqlDatabase(userId: $userId, databaseId: $databaseId)\n  }\n": types.RevokeMysqlDatabaseDocument,
    "\n  mutation RefreshMysqlSizes($accountId: ID!) {\n    refreshMysqlSizes(accountId: $accountId)\n  }\n": types.RefreshMysqlSizesDocument,
    "\n  fragment PaymentFields on Payment {\n    id\n    kind\n    method\n    source\n    state\n    currency\n    card\n    transactionId\n    declineCode\n    reason\n    attempts\n    accountId\n    invoiceId\n    refundOfId\n    gatewayName\n    gatewayKind\n    testMode\n    createdAt\n    updatedAt\n    amount {\n      ...MoneyFields\n    }\n    received {\n      ...MoneyFields\n    }\n    refundable {\n      ...MoneyFields\n    }\n  }\n": types.PaymentFieldsFragmentDoc,
    "\n  fragment SavedCardFields on SavedCard {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n    gatewayId\n    createdAt\n  }\n": types.SavedCardFieldsFragmentDoc,
    "\n  query PaymentSetup($accountId: ID) {\n    paymentSetup(accountId: $accountId) {\n      options {\n        gatewayId\n        name\n        kind\n        method\n        testMode\n      }\n      savedCard {\n        ...SavedCardFields\n      }\n    }\n  }\n": types.PaymentSetupDocument,
    "\n  query Payments($accountId: ID, $state: PaymentState, $since: DateTimeISO, $first: Int!, $after: String) {\n    payments(accountId: $accountId, state: $state, since: $since, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PaymentFields\n      }\n    }\n  }\n": types.PaymentsDocument,
    "\n  query Payment($id: ID!) {\n    payment(id: $id) {\n      ...PaymentFields\n    }\n  }\n": types.PaymentDocument,
    "\n  mutation CancelRedirectPayment($id: ID!) {\n    cancelRedirectPayment(id: $id) {\n      ...PaymentFields\n    }\n  }\n": types.CancelRedirectPaymentDocument,
    "\n  query ModerationAccounts($after: String, $first: Int!) {\n    accounts(status: MODERATION, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        createdAt\n        periodMonths\n        owner {\n          id\n          login\n          email\n        }\n        plan {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ModerationAccountsDocument,
    "\n  mutation ApproveAccount($id: ID!) {\n    approveAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.ApproveAccountDocument,
    "\n  mutation RejectAccount($id: ID!, $reason: String!) {\n    rejectAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": types.RejectAccountDocument,
    "\n  fragment MyBillingProfileFields on BillingProfile {\n    id\n    name\n    company\n    address\n    city\n    postalCode\n    country\n    email\n    phone\n  }\n": types.MyBillingProfileFieldsFragmentDoc,
    "\n  query MyPlan($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      name\n      status\n      suspendedReason\n      overdueSince\n      periodMonths\n      nextBillingAt\n      plan {\n        ...PlanOfferFields\n      }\n      limits {\n        kind\n        limit\n        used\n      }\n    }\n    billingProfile(accountId: $accountId) {\n      ...MyBillingProfileFields\n    }\n  }\n": types.MyPlanDocument,
    "\n  query MyPlanChoices {\n    plans {\n      ...PlanOfferFields\n    }\n  }\n": types.MyPlanChoicesDocument,
    "\n  fragment PlanChangeQuoteFields on PlanChangeQuoteView {\n    periodMonths\n    periodStart\n    periodEnd\n    plan {\n      id\n      name\n    }\n    lines {\n      ...PricedLineFields\n    }\n    subtotal {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n    taxName\n    taxPercent\n    total {\n      ...MoneyFields\n    }\n  }\n": types.PlanChangeQuoteFieldsFragmentDoc,
    "\n  query MyPlanChangeQuote($input: ChangePlanInput!) {\n    planChangeQuote(input: $input) {\n      ...PlanChangeQuoteFields\n    }\n  }\n": types.MyPlanChangeQuoteDocument,
    "\n  mutation ChangeMyPlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      ...PlanChangeQuoteFields\n    }\n  }\n": types.ChangeMyPlanDocument,
    "\n  mutation OpenAnotherAccount($input: AddAccountInput!) {\n    addAccount(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.OpenAnotherAccountDocument,
    "\n  mutation UpdateMyBillingProfile($accountId: ID, $input: BillingProfileInput!) {\n    updateBillingProfile(accountId: $accountId, input: $input) {\n      ...MyBillingProfileFields\n    }\n  }\n": types.UpdateMyBillingProfileDocument,
    "\n  fragment AdminPlanFields on Plan {\n    ...PlanOfferFields\n    platform\n    forResellers\n    oversellPercent\n    setupFee {\n      ...MoneyFields\n    }\n    recurringFee {\n      ...MoneyFields\n    }\n    resources {\n      setupFee {\n        ...MoneyFields\n      }\n      recurringFee {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminPlanFieldsFragmentDoc,
    "\n  query AdminPlans {\n    plans {\n      ...AdminPlanFields\n    }\n  }\n": types.AdminPlansDocument,
    "\n  query AdminPlan($id: ID!) {\n    plan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n": types.AdminPlanDocument,
    "\n  query PlanCurrency($resellerId: ID!) {\n    reseller(id: $resellerId) {\n      id\n      currency\n    }\n  }\n": types.PlanCurrencyDocument,
    "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...AdminPlanFields\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...AdminPlanFields\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  mutation DeletePlan($id: ID!) {\n    deletePlan(id: $id) {\n      id\n      name\n    }\n  }\n": types.DeletePlanDocument,
    "\n  query Resellers($search: String, $after: String, $first: Int!) {\n    resellers(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        cpHost\n        isRoot\n        status\n        defaultSkin\n        defaultLanguage\n        createdAt\n      }\n    }\n  }\n": types.ResellersDocument,
    "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateResellerDocument,
    "\n  fragment ResellerFields on Reseller {\n    id\n    name\n    cpHost\n    cpHostAliases\n    isRoot\n    status\n    suspendedReason\n    suspendedAt\n    createdAt\n    ...CompanyDetailsFields\n    admins {\n      id\n      login\n      email\n      role\n    }\n  }\n": types.ResellerFieldsFragmentDoc,
    "\n  query Reseller($id: ID!) {\n    reseller(id: $id) {\n      ...ResellerFields\n    }\n  }\n": types.ResellerDocument,
    "\n  mutation UpdateReseller($id: ID!, $input: UpdateResellerInput!) {\n    updateReseller(id: $id, input: $input) {\n      ...ResellerFields\n    }\n  }\n": types.UpdateResellerDocument,
    "\n  mutation SuspendReseller($id: ID!, $reason: String!) {\n    suspendReseller(id: $id, reason: $reason) {\n      ...ResellerFields\n    }\n  }\n": types.SuspendResellerDocument,
    "\n  mutation ResumeReseller($id: ID!) {\n    resumeReseller(id: $id) {\n      ...ResellerFields\n    }\n  }\n": types.ResumeResellerDocument,
    "\n  mutation DeleteReseller($id: ID!) {\n    deleteReseller(id: $id)\n  }\n": types.DeleteResellerDocument,
    "\n  fragment ResellerQuotaFields on ResellerQuota {\n    kind\n    limit\n    used\n    promised\n    promiseLimit\n  }\n": types.ResellerQuotaFieldsFragmentDoc,
    "\n  query ResellerPlan($id: ID!) {\n    reseller(id: $id) {\n      id\n      subscription {\n        id\n        name\n        status\n        periodMonths\n        nextBillingAt\n        plan {\n          id\n          name\n        }\n      }\n      quotas {\n        ...ResellerQuotaFields\n      }\n    }\n    plans {\n      id\n      name\n      forResellers\n      periods {\n        months\n      }\n    }\n  }\n": types.ResellerPlanDocument,
    "\n  mutation SetResellerPlan($input: SetResellerPlanInput!) {\n    setResellerPlan(input: $input) {\n      id\n    }\n  }\n": types.SetResellerPlanDocument,
    "\n  query OwnQuotas {\n    viewer {\n      reseller {\n        id\n        quotas {\n          ...ResellerQuotaFields\n        }\n      }\n    }\n  }\n": types.OwnQuotasDocument,
    "\n  fragment TwoFactorStateFields on TwoFactorState {\n    totpEnabled\n    recoveryCodesLeft\n    methods\n    enrolmentRequired\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.TwoFactorStateFieldsFragmentDoc,
    "\n  query TwoFactor {\n    viewer {\n      twoFactor {\n        ...TwoFactorStateFields\n      }\n    }\n  }\n": types.TwoFactorDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {\n    confirmTotpEnrolment(input: $input) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: TwoFactorProofInput!) {\n    disableTotp(input: $input)\n  }\n": types.DisableTotpDocument,
    "\n  mutation RegenerateRecoveryCodes($input: TwoFactorProofInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n": types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      id\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.RemovePasskeyDocument,
    "\n  query AdminsTwoFactor {\n    viewer {\n      reseller {\n        id\n        adminsNeedTwoFactor\n      }\n      twoFactor {\n        methods\n      }\n    }\n  }\n": types.AdminsTwoFactorDocument,
    "\n  mutation SetAdminsNeedTwoFactor($required: Boolean!) {\n    setAdminsNeedTwoFactor(required: $required) {\n      id\n      adminsNeedTwoFactor\n    }\n  }\n": types.SetAdminsNeedTwoFactorDocument,
    "\n  mutation SecondFactorPasskeyOptions {\n    secondFactorPasskeyOptions\n  }\n": types.SecondFactorPasskeyOptionsDocument,
    "\n  mutation VerifySecondFactor($input: SecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      role\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  query UserTwoFactor($id: ID!) {\n    user(id: $id) {\n      id\n      twoFactorEnabled\n    }\n  }\n": types.UserTwoFactorDocument,
    "\n  mutation ResetUserTwoFactor($id: ID!) {\n    resetUserTwoFactor(id: $id) {\n      id\n      twoFactorEnabled\n    }\n  }\n": types.ResetUserTwoFactorDocument,
    "\n  fragment LogicalServerFields on LogicalServer {\n    id\n    name\n    kind\n    driver\n    host\n    port\n    user\n    userHost\n    hasPassword\n    configDir\n    controlCommand\n    webRoot\n    nameServer\n    dnsRole\n    maxAccounts\n    maxDiskMb\n    maxTasks\n    enabled\n    createdAt\n    physical {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    load {\n      accounts\n      databases\n      diskBytes\n      runningTasks\n    }\n  }\n": types.LogicalServerFieldsFragmentDoc,
    "\n  query PhysicalServers {\n    physicalServers {\n      id\n      name\n      os\n      address\n      status\n      transport\n      health\n      healthCheckedAt\n      createdAt\n      logicalServers {\n        id\n      }\n    }\n  }\n": types.PhysicalServersDocument,
    "\n  fragment PhysicalServerFields on PhysicalServer {\n    id\n    name\n    os\n    address\n    status\n    notes\n    createdAt\n    transport\n    sshPort\n    sshUser\n    hostKey\n    accessPublicKey\n    accessIssuedAt\n    accessConfirmedAt\n    accessRevokedAt\n    firstAnsweredAt\n    setupCommand\n    health\n    healthCheckedAt\n    healthProblems\n  }\n": types.PhysicalServerFieldsFragmentDoc,
    "\n  query PhysicalServer($id: ID!) {\n    physicalServer(id: $id) {\n      ...PhysicalServerFields\n      logicalServers {\n        ...LogicalServerFields\n      }\n    }\n  }\n": types.PhysicalServerDocument,
    "\n  mutation CreatePhysicalServer($input: PhysicalServerInput!) {\n    createPhysicalServer(input: $input) {\n      id\n      name\n      transport\n    }\n  }\n": types.CreatePhysicalServerDocument,
    "\n  mutation UpdatePhysicalServer($id: ID!, $input: PhysicalServerInput!) {\n    updatePhysicalServer(id: $id, input: $input) {\n      ...PhysicalServerFields\n    }\n  }\n": types.UpdatePhysicalServerDocument,
    "\n  mutation CheckPhysicalServer($id: ID!) {\n    checkPhysicalServer(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": types.CheckPhysicalServerDocument,
    "\n  mutation RotatePhysicalServerKey($id: ID!) {\n    rotatePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": types.RotatePhysicalServerKeyDocument,
    "\n  mutation RevokePhysicalServerKey($id: ID!) {\n    revokePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": types.RevokePhysicalServerKeyDocument,
    "\n  mutation IssuePhysicalServerKey($id: ID!) {\n    issuePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": types.IssuePhysicalServerKeyDocument,
    "\n  mutation ForgetPhysicalServerHostKey($id: ID!) {\n    forgetPhysicalServerHostKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n": types.ForgetPhysicalServerHostKeyDocument,
    "\n  mutation DeletePhysicalServer($id: ID!) {\n    deletePhysicalServer(id: $id)\n  }\n": types.DeletePhysicalServerDocument,
    "\n  query LogicalServers($kind: ServerKind) {\n    logicalServers(kind: $kind) {\n      ...LogicalServerFields\n    }\n  }\n": types.LogicalServersDocument,
    "\n  query LogicalServer($id: ID!) {\n    logicalServer(id: $id) {\n      ...LogicalServerFields\n    }\n  }\n": types.LogicalServerDocument,
    "\n  query LogicalServerChoices {\n    physicalServers {\n      id\n      name\n    }\n    serverGroups {\n      id\n      name\n      kind\n    }\n  }\n": types.LogicalServerChoicesDocument,
    "\n  query ServerChoices($kind: ServerKind) {\n    logicalServers(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n": types.ServerChoicesDocument,
    "\n  mutation CreateLogicalServer($input: CreateLogicalServerInput!) {\n    createLogicalServer(input: $input) {\n      ...LogicalServerFields\n    }\n  }\n": types.CreateLogicalServerDocument,
    "\n  mutation UpdateLogicalServer($id: ID!, $input: UpdateLogicalServerInput!) {\n    updateLogicalServer(id: $id, input: $input) {\n      ...LogicalServerFields\n    }\n  }\n": types.UpdateLogicalServerDocument,
    "\n  mutation SetLogicalServerEnabled($id: ID!, $enabled: Boolean!) {\n    setLogicalServerEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n": types.SetLogicalServerEnabledDocument,
    "\n  mutation DeleteLogicalServer($id: ID!) {\n    deleteLogicalServer(id: $id)\n  }\n": types.DeleteLogicalServerDocument,
    "\n  mutation ResyncLogicalServer($id: ID!) {\n    resyncLogicalServer(id: $id) {\n      checkedAt\n      missing\n      different\n      unknown\n      queued\n    }\n  }\n": types.ResyncLogicalServerDocument,
    "\n  query ServerGroups($kind: ServerKind) {\n    serverGroups(kind: $kind) {\n      id\n      name\n      kind\n      policy\n      isDefault\n      createdAt\n      members {\n        id\n        name\n        enabled\n      }\n    }\n  }\n": types.ServerGroupsDocument,
    "\n  mutation CreateServerGroup($input: ServerGroupInput!) {\n    createServerGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateServerGroupDocument,
    "\n  mutation UpdateServerGroup($id: ID!, $input: UpdateServerGroupInput!) {\n    updateServerGroup(id: $id, input: $input) {\n      id\n      name\n      policy\n      isDefault\n    }\n  }\n": types.UpdateServerGroupDocument,
    "\n  mutation DeleteServerGroup($id: ID!) {\n    deleteServerGroup(id: $id)\n  }\n": types.DeleteServerGroupDocument,
    "\n  query IpAddresses($first: Int!, $after: String, $search: String, $serverId: ID, $kind: IpKind, $free: Boolean) {\n    ipAddresses(first: $first, after: $after, search: $search, serverId: $serverId, kind: $kind, free: $free) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        address\n        kind\n        allocatedAt\n        createdAt\n        server {\n          id\n          name\n        }\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.IpAddressesDocument,
    "\n  mutation AddIpAddresses($input: AddIpAddressesInput!) {\n    addIpAddresses(input: $input) {\n      id\n    }\n  }\n": types.AddIpAddressesDocument,
    "\n  mutation AllocateIp($accountId: ID!, $serverId: ID!) {\n    allocateIp(accountId: $accountId, serverId: $serverId) {\n      id\n      address\n    }\n  }\n": types.AllocateIpDocument,
    "\n  mutation ReleaseIp($id: ID!) {\n    releaseIp(id: $id) {\n      id\n      address\n    }\n  }\n": types.ReleaseIpDocument,
    "\n  mutation DeleteIpAddress($id: ID!) {\n    deleteIpAddress(id: $id)\n  }\n": types.DeleteIpAddressDocument,
    "\n  query BillingSettings($resellerId: ID!) {\n    reseller(id: $resellerId) {\n      id\n      currency\n      paymentTermDays\n      reminderDays\n      suspendAfterDays\n      autoChargeDaysBefore\n      autoChargeAttempts\n    }\n  }\n": types.BillingSettingsDocument,
    "\n  mutation UpdateBillingSettings($input: BillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      id\n      paymentTermDays\n      reminderDays\n      suspendAfterDays\n      autoChargeDaysBefore\n      autoChargeAttempts\n    }\n  }\n": types.UpdateBillingSettingsDocument,
    "\n  query TaxRates {\n    taxRates {\n      id\n      name\n      ratePercent\n      validFrom\n    }\n  }\n": types.TaxRatesDocument,
    "\n  mutation AddTaxRate($input: TaxRateInput!) {\n    addTaxRate(input: $input) {\n      id\n      name\n      validFrom\n    }\n  }\n": types.AddTaxRateDocument,
    "\n  query MailTemplates {\n    mailTemplates {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n": types.MailTemplatesDocument,
    "\n  query PreviewMailTemplate($input: MailTemplateInput!) {\n    previewMailTemplate(input: $input) {\n      subject\n      body\n      from\n      replyTo\n    }\n  }\n": types.PreviewMailTemplateDocument,
    "\n  mutation SaveMailTemplate($input: MailTemplateInput!) {\n    saveMailTemplate(input: $input) {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n": types.SaveMailTemplateDocument,
    "\n  mutation ResetMailTemplate($event: MailEvent!, $language: Language!) {\n    resetMailTemplate(event: $event, language: $language) {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n": types.ResetMailTemplateDocument,
    "\n  query MailSender {\n    mailSender {\n      senderName\n      senderAddress\n      effectiveName\n      effectiveAddress\n      replyTo\n    }\n  }\n": types.MailSenderDocument,
    "\n  mutation UpdateMailSender($input: MailSenderInput!) {\n    updateMailSender(input: $input) {\n      senderName\n      senderAddress\n      effectiveName\n      effectiveAddress\n      replyTo\n    }\n  }\n": types.UpdateMailSenderDocument,
    "\n  fragment PaymentGatewayFields on PaymentGateway {\n    id\n    kind\n    name\n    currencies\n    enabled\n    testMode\n    baseUrl\n    merchantAccount\n    credentialsSet\n    methods\n    notifyPath\n    createdAt\n    updatedAt\n  }\n": types.PaymentGatewayFieldsFragmentDoc,
    "\n  query PaymentGateways {\n    paymentGateways {\n      ...PaymentGatewayFields\n    }\n  }\n": types.PaymentGatewaysDocument,
    "\n  mutation CreatePaymentGateway($input: PaymentGatewayInput!) {\n    createPaymentGateway(input: $input) {\n      ...PaymentGatewayFields\n    }\n  }\n": types.CreatePaymentGatewayDocument,
    "\n  mutation UpdatePaymentGateway($id: ID!, $input: PaymentGatewayInput!) {\n    updatePaymentGateway(id: $id, input: $input) {\n      ...PaymentGatewayFields\n    }\n  }\n": types.UpdatePaymentGatewayDocument,
    "\n  mutation DeletePaymentGateway($id: ID!) {\n    deletePaymentGateway(id: $id) {\n      id\n    }\n  }\n": types.DeletePaymentGatewayDocument,
    "\n  fragment CompanyDetailsFields on Reseller {\n    legalName\n    address\n    taxId\n    supportEmail\n    supportPhone\n  }\n": types.CompanyDetailsFieldsFragmentDoc,
    "\n  query CompanyDetails($id: ID!) {\n    reseller(id: $id) {\n      id\n      productCredit\n      ...CompanyDetailsFields\n    }\n  }\n": types.CompanyDetailsDocument,
    "\n  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {\n    updateResellerSettings(input: $input) {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      productCredit\n      ...CompanyDetailsFields\n    }\n  }\n": types.UpdateResellerSettingsDocument,
    "\n  query DnsSettings {\n    dnsSettings {\n      serviceDomain\n      nameServers\n    }\n  }\n": types.DnsSettingsDocument,
    "\n  mutation SetServiceDomain($serviceDomain: String!) {\n    setServiceDomain(serviceDomain: $serviceDomain) {\n      serviceDomain\n      nameServers\n    }\n  }\n": types.SetServiceDomainDocument,
    "\n  fragment PlanOfferFields on Plan {\n    id\n    name\n    description\n    signupEnabled\n    moderated\n    setupFee {\n      ...MoneyFields\n    }\n    periods {\n      months\n      discountPercent\n      price {\n        ...MoneyFields\n      }\n    }\n    resources {\n      kind\n      maxUnits\n      freeUnits\n      setupFee {\n        ...MoneyFields\n      }\n      usagePrice {\n        ...MoneyFields\n      }\n    }\n  }\n": types.PlanOfferFieldsFragmentDoc,
    "\n  fragment SignupQuoteFields on PlanPeriodView {\n    months\n      setupFees {\n        ...MoneyFields\n      }\n      firstInvoice {\n        ...MoneyFields\n      }\n      firstInvoiceTax {\n        name\n        percent\n        amount {\n          ...MoneyFields\n        }\n      }\n      firstInvoiceTotal {\n        ...MoneyFields\n      }\n  }\n": types.SignupQuoteFieldsFragmentDoc,
    "\n  query SignupPlans {\n    signupPlans {\n      ...PlanOfferFields\n      periods {\n        ...SignupQuoteFields\n      }\n    }\n  }\n": types.SignupPlansDocument,
    "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.SignupDocument,
    "\n  fragment TicketListFields on Ticket {\n    id\n    number\n    subject\n    category\n    priority\n    state\n    dueAt\n    overdue\n    lastMessageAt\n    createdAt\n  }\n": types.TicketListFieldsFragmentDoc,
    "\n  fragment TicketMessageFields on TicketMessage {\n    id\n    body\n    internal\n    fromStaff\n    viaMail\n    authorName\n    createdAt\n    attachments {\n      id\n      fileName\n      contentType\n      size\n    }\n  }\n": types.TicketMessageFieldsFragmentDoc,
    "\n  query MyTickets($state: TicketState, $after: String, $first: Int!) {\n    tickets(state: $state, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TicketListFields\n      }\n    }\n  }\n": types.MyTicketsDocument,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketListFields\n      accountId\n      domainId\n      databaseId\n      invoiceId\n      mergedIntoId\n      firstResponseDueAt\n      resolutionDueAt\n      closedAt\n      assignee {\n        id\n        login\n      }\n      messages {\n        ...TicketMessageFields\n      }\n    }\n  }\n": types.TicketDocument,
    "\n  query TicketRelated {\n    domains {\n      id\n      name\n    }\n    mysqlDatabases {\n      id\n      name\n    }\n    invoices(first: 50) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": types.TicketRelatedDocument,
    "\n  mutation OpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketListFields\n    }\n  }\n": types.OpenTicketDocument,
    "\n  mutation ReplyToTicket($id: ID!, $input: TicketReplyInput!) {\n    replyToTicket(id: $id, input: $input) {\n      ...TicketMessageFields\n    }\n  }\n": types.ReplyToTicketDocument,
    "\n  mutation CloseTicket($id: ID!) {\n    closeTicket(id: $id) {\n      id\n      state\n      closedAt\n      dueAt\n    }\n  }\n": types.CloseTicketDocument,
    "\n  query TicketAttachment($id: ID!) {\n    ticketAttachment(id: $id) {\n      fileName\n      contentType\n      data\n    }\n  }\n": types.TicketAttachmentDocument,
    "\n  query SupportQueue(\n    $state: TicketState\n    $priority: TicketPriority\n    $assigneeId: ID\n    $unassigned: Boolean\n    $first: Int!\n    $offset: Int!\n  ) {\n    supportQueue(\n      state: $state\n      priority: $priority\n      assigneeId: $assigneeId\n      unassigned: $unassigned\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        ...TicketListFields\n        accountId\n        assignee {\n          id\n          login\n        }\n      }\n    }\n    supportStaff {\n      id\n      login\n    }\n  }\n": types.SupportQueueDocument,
    "\n  query StaffTools {\n    supportStaff {\n      id\n      login\n    }\n    cannedReplies {\n      id\n      title\n      body\n    }\n  }\n": types.StaffToolsDocument,
    "\n  mutation SetTicketState($id: ID!, $state: TicketState!) {\n    setTicketState(id: $id, state: $state) {\n      id\n      state\n      closedAt\n      dueAt\n      overdue\n    }\n  }\n": types.SetTicketStateDocument,
    "\n  mutation AssignTicket($id: ID!, $assigneeId: ID) {\n    assignTicket(id: $id, assigneeId: $assigneeId) {\n      id\n      assignee {\n        id\n        login\n      }\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation MergeTickets($fromId: ID!, $intoId: ID!) {\n    mergeTickets(fromId: $fromId, intoId: $intoId) {\n      id\n    }\n  }\n": types.MergeTicketsDocument,
    "\n  query CannedReplies {\n    cannedReplies {\n      id\n      title\n      body\n    }\n    supportTargets {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n": types.CannedRepliesDocument,
    "\n  mutation CreateCannedReply($input: CannedReplyInput!) {\n    createCannedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n": types.CreateCannedReplyDocument,
    "\n  mutation UpdateCannedReply($id: ID!, $input: CannedReplyInput!) {\n    updateCannedReply(id: $id, input: $input) {\n      id\n      title\n      body\n    }\n  }\n": types.UpdateCannedReplyDocument,
    "\n  mutation DeleteCannedReply($id: ID!) {\n    deleteCannedReply(id: $id)\n  }\n": types.DeleteCannedReplyDocument,
    "\n  mutation SetSupportTargets($targets: [SupportTargetInput!]!) {\n    setSupportTargets(targets: $targets) {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n": types.SetSupportTargetsDocument,
    "\n  fragment TaskFields on Task {\n    id\n    kind\n    state\n    subject\n    attempts\n    maxAttempts\n    runAfter\n    lastError\n    createdAt\n    startedAt\n    finishedAt\n    server {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query Tasks($first: Int!, $after: String, $search: String, $state: TaskState, $serverId: ID, $accountId: ID) {\n    tasks(first: $first, after: $after, search: $search, state: $state, serverId: $serverId, accountId: $accountId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TaskFields\n      }\n    }\n  }\n": types.TasksDocument,
    "\n  mutation RetryTask($id: ID!) {\n    retryTask(id: $id) {\n      ...TaskFields\n    }\n  }\n": types.RetryTaskDocument,
    "\n  mutation CancelTask($id: ID!) {\n    cancelTask(id: $id) {\n      ...TaskFields\n    }\n  }\n": types.CancelTaskDocument,
    "\n  query Users($search: String, $after: String, $first: Int!) {\n    users(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        login\n        email\n        role\n        createdAt\n        reseller {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      id\n      login\n      email\n      role\n      createdAt\n      reseller {\n        id\n        name\n      }\n      accounts {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n      }\n    }\n  }\n": types.UserDocument,
    "\n  query ResellerChoices {\n    resellers(first: 100) {\n      nodes {\n        id\n        name\n        isRoot\n      }\n    }\n  }\n": types.ResellerChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query StaffLogins {\n    staffLogins {\n      id\n      login\n      email\n      disabledAt\n      createdAt\n    }\n  }\n": types.StaffLoginsDocument,
    "\n  mutation CreateStaffLogin($input: CreateStaffLoginInput!) {\n    createStaffLogin(input: $input) {\n      id\n      login\n    }\n  }\n": types.CreateStaffLoginDocument,
    "\n  mutation SetStaffLoginDisabled($id: ID!, $disabled: Boolean!) {\n    setStaffLoginDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n": types.SetStaffLoginDisabledDocument,
    "\n  query UserAccountHosting($accountId: ID!) {\n    domains(accountId: $accountId) {\n      id\n      name\n      unicodeName\n      kind\n      state\n      site {\n        id\n        state\n        serverNames\n      }\n    }\n    mysqlDatabases(accountId: $accountId) {\n      id\n      name\n      state\n    }\n  }\n": types.UserAccountHostingDocument,
    "\n  fragment WebhookFields on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    createdAt\n  }\n": types.WebhookFieldsFragmentDoc,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    attempt\n    ok\n    statusCode\n    durationMs\n    error\n    response\n    createdAt\n  }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n  }\n": types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      ...WebhookFields\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      eventId\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  query WebhookPolicy {\n    webhookPolicy {\n      allowPrivateTargets\n    }\n  }\n": types.WebhookPolicyDocument,
    "\n  mutation SetWebhookPolicy($allowPrivateTargets: Boolean!) {\n    setWebhookPolicy(allowPrivateTargets: $allowPrivateTargets) {\n      allowPrivateTargets\n    }\n  }\n": types.SetWebhookPolicyDocument,
    "\n  mutation ImpersonateUser($userId: ID!) {\n    impersonateUser(userId: $userId)\n  }\n": types.ImpersonateUserDocument,
    "\n  mutation RedeemImpersonation($token: String!) {\n    redeemImpersonation(token: $token) {\n      role\n    }\n  }\n": types.RedeemImpersonationDocument,
    "\n  mutation EndImpersonation {\n    endImpersonation\n  }\n": types.EndImpersonationDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      login\n      email\n      emailVerifiedAt\n    }\n    reseller {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      isRoot\n    }\n    preferences {\n      skin\n      textOnly\n      language\n      skinChosen\n      canChooseSkin\n      canChooseLanguage\n    }\n    activeAccount {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n    accounts {\n      id\n      name\n      status\n    }\n    impersonator {\n      login\n      returnUrl\n    }\n    twoFactor {\n      enrolmentRequired\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment ThemeFields on Theme {\n    name\n    version\n    draft\n    logoUrl\n    faviconUrl\n    cssVariables {\n      name\n      value\n    }\n    settings {\n      texts {\n        language\n        key\n        text\n      }\n    }\n  }\n": types.ThemeFieldsFragmentDoc,
    "\n  query Session($preview: Boolean! = false) {\n    branding {\n      companyName\n      defaultSkin\n      defaultLanguage\n      needsSetup\n      suspended\n      productCredit\n      usersChooseSkin\n      usersChooseLanguage\n      theme(preview: $preview) {\n        ...ThemeFields\n      }\n    }\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.SessionDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
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
export function graphql(source: "\n  mutation PublishPreviewedDraft {\n    publishBrandDraft {\n      published {\n        name\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPreviewedDraft {\n    publishBrandDraft {\n      published {\n        name\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyFields on Money {\n    amount\n    minorUnits\n    currency\n  }\n"): (typeof documents)["\n  fragment MoneyFields on Money {\n    amount\n    minorUnits\n    currency\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($search: String, $status: AccountStatus, $overdue: Boolean, $after: String, $first: Int!) {\n    accounts(search: $search, status: $status, overdue: $overdue, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n        owner {\n          id\n          login\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($search: String, $status: AccountStatus, $overdue: Boolean, $after: String, $first: Int!) {\n    accounts(search: $search, status: $status, overdue: $overdue, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        suspendedReason\n        createdAt\n        owner {\n          id\n          login\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment MovePlacementFields on LogicalServer {\n    id\n    name\n    kind\n    driver\n    group {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MovePlacementFields on LogicalServer {\n    id\n    name\n    kind\n    driver\n    group {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMove($id: ID!) {\n    account(id: $id) {\n      id\n      servers {\n        ...MovePlacementFields\n      }\n      zoneServers {\n        ...MovePlacementFields\n      }\n    }\n    logicalServers {\n      ...MovePlacementFields\n      enabled\n      physical {\n        name\n        health\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountMove($id: ID!) {\n    account(id: $id) {\n      id\n      servers {\n        ...MovePlacementFields\n      }\n      zoneServers {\n        ...MovePlacementFields\n      }\n    }\n    logicalServers {\n      ...MovePlacementFields\n      enabled\n      physical {\n        name\n        health\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAccountSites($accountId: ID!, $toServerId: ID!) {\n    moveAccountSites(accountId: $accountId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      sites\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAccountSites($accountId: ID!, $toServerId: ID!) {\n    moveAccountSites(accountId: $accountId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      sites\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAccountZones($accountId: ID!, $fromServerId: ID!, $toServerId: ID!) {\n    moveAccountZones(accountId: $accountId, fromServerId: $fromServerId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      zones\n      nameServer\n      was\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAccountZones($accountId: ID!, $fromServerId: ID!, $toServerId: ID!) {\n    moveAccountZones(accountId: $accountId, fromServerId: $fromServerId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      zones\n      nameServer\n      was\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAccountDatabases($accountId: ID!, $toServerId: ID!) {\n    moveAccountDatabases(accountId: $accountId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      databases\n      users\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAccountDatabases($accountId: ID!, $toServerId: ID!) {\n    moveAccountDatabases(accountId: $accountId, toServerId: $toServerId) {\n      accountId\n      from\n      to\n      databases\n      users\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordWithLinkInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordWithLinkInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerEntryFields on LedgerEntry {\n    id\n    accountId\n    kind\n    description\n    reference\n    currency\n    createdAt\n    amount {\n      ...MoneyFields\n    }\n  }\n"): (typeof documents)["\n  fragment LedgerEntryFields on LedgerEntry {\n    id\n    accountId\n    kind\n    description\n    reference\n    currency\n    createdAt\n    amount {\n      ...MoneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountBalance($accountId: ID) {\n    accountBalance(accountId: $accountId) {\n      accountId\n      version\n      balance {\n        ...MoneyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountBalance($accountId: ID) {\n    accountBalance(accountId: $accountId) {\n      accountId\n      version\n      balance {\n        ...MoneyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerEntries(\n    $accountId: ID\n    $kind: LedgerKind\n    $since: DateTimeISO\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    ledgerEntries(accountId: $accountId, kind: $kind, since: $since, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LedgerEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerEntries(\n    $accountId: ID\n    $kind: LedgerKind\n    $since: DateTimeISO\n    $search: String\n    $first: Int\n    $after: String\n  ) {\n    ledgerEntries(accountId: $accountId, kind: $kind, since: $since, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...LedgerEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerCsv($kind: LedgerKind, $since: DateTimeISO, $search: String) {\n    ledgerCsv(kind: $kind, since: $since, search: $search)\n  }\n"): (typeof documents)["\n  query LedgerCsv($kind: LedgerKind, $since: DateTimeISO, $search: String) {\n    ledgerCsv(kind: $kind, since: $since, search: $search)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      status\n      owner {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      status\n      owner {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: MoneyActionInput!) {\n    recordPayment(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: MoneyActionInput!) {\n    recordPayment(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCredit($input: MoneyActionInput!) {\n    addCredit(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCredit($input: MoneyActionInput!) {\n    addCredit(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPayment($input: MoneyActionInput!) {\n    refundPayment(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefundPayment($input: MoneyActionInput!) {\n    refundPayment(input: $input) {\n      ...LedgerEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundCardPayment($input: RefundCardPaymentInput!) {\n    refundCardPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefundCardPayment($input: RefundCardPaymentInput!) {\n    refundCardPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveHeldPayment($input: ResolveHeldPaymentInput!) {\n    resolveHeldPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveHeldPayment($input: ResolveHeldPaymentInput!) {\n    resolveHeldPayment(input: $input) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCard($input: SaveCardInput!) {\n    saveCard(input: $input) {\n      ...SavedCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCard($input: SaveCardInput!) {\n    saveCard(input: $input) {\n      ...SavedCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSavedCard($accountId: ID) {\n    removeSavedCard(accountId: $accountId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSavedCard($accountId: ID) {\n    removeSavedCard(accountId: $accountId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BrandSettingsFields on BrandSettings {\n    palette {\n      primary\n      accent\n      neutral\n      success\n      warning\n      danger\n    }\n    radius\n    density\n    defaultSkin\n    defaultTextOnly\n    usersChooseSkin\n    usersChooseLanguage\n    defaultLanguage\n    logo\n    favicon\n    texts {\n      language\n      key\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment BrandSettingsFields on BrandSettings {\n    palette {\n      primary\n      accent\n      neutral\n      success\n      warning\n      danger\n    }\n    radius\n    density\n    defaultSkin\n    defaultTextOnly\n    usersChooseSkin\n    usersChooseLanguage\n    defaultLanguage\n    logo\n    favicon\n    texts {\n      language\n      key\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BrandEditorFields on BrandEditor {\n    published {\n      name\n      version\n      logoUrl\n      faviconUrl\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n    draft {\n      name\n      logoUrl\n      faviconUrl\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n    draftUpdatedAt\n    versions {\n      number\n      name\n      publishedAt\n      publishedBy\n      current\n    }\n  }\n"): (typeof documents)["\n  fragment BrandEditorFields on BrandEditor {\n    published {\n      name\n      version\n      logoUrl\n      faviconUrl\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n    draft {\n      name\n      logoUrl\n      faviconUrl\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n    draftUpdatedAt\n    versions {\n      number\n      name\n      publishedAt\n      publishedBy\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandEditor {\n    brandEditor {\n      ...BrandEditorFields\n    }\n    brandGallery {\n      name\n      description\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrandEditor {\n    brandEditor {\n      ...BrandEditorFields\n    }\n    brandGallery {\n      name\n      description\n      settings {\n        ...BrandSettingsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBrandDraft($input: BrandDraftInput!) {\n    saveBrandDraft(input: $input) {\n      ...BrandEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBrandDraft($input: BrandDraftInput!) {\n    saveBrandDraft(input: $input) {\n      ...BrandEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardBrandDraft {\n    discardBrandDraft {\n      ...BrandEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardBrandDraft {\n    discardBrandDraft {\n      ...BrandEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishBrandDraft {\n    publishBrandDraft {\n      ...BrandEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishBrandDraft {\n    publishBrandDraft {\n      ...BrandEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollbackBrand($version: Int!) {\n    rollbackBrand(version: $version) {\n      ...BrandEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation RollbackBrand($version: Int!) {\n    rollbackBrand(version: $version) {\n      ...BrandEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBrand($file: String!) {\n    importBrand(file: $file) {\n      ...BrandEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportBrand($file: String!) {\n    importBrand(file: $file) {\n      ...BrandEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandExport($version: Int) {\n    brandExport(version: $version)\n  }\n"): (typeof documents)["\n  query BrandExport($version: Int) {\n    brandExport(version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadBrandImage($input: BrandImageInput!) {\n    uploadBrandImage(input: $input) {\n      hash\n      url\n      width\n      height\n    }\n  }\n"): (typeof documents)["\n  mutation UploadBrandImage($input: BrandImageInput!) {\n    uploadBrandImage(input: $input) {\n      hash\n      url\n      width\n      height\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCertificates($accountId: ID, $after: String, $first: Int!) {\n    certificates(accountId: $accountId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        source\n        state\n        lastError\n        names\n        issuer\n        notAfter\n        siteId\n        accountId\n        domainId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCertificates($accountId: ID, $after: String, $first: Int!) {\n    certificates(accountId: $accountId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        source\n        state\n        lastError\n        names\n        issuer\n        notAfter\n        siteId\n        accountId\n        domainId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyCertificates {\n    companyCertificates {\n      ...SiteCertificateFields\n    }\n  }\n"): (typeof documents)["\n  query CompanyCertificates {\n    companyCertificates {\n      ...SiteCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadCompanyCertificate($kind: CertificateKind!, $input: CertificateUploadInput!) {\n    uploadCompanyCertificate(kind: $kind, input: $input) {\n      ...SiteCertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UploadCompanyCertificate($kind: CertificateKind!, $input: CertificateUploadInput!) {\n    uploadCompanyCertificate(kind: $kind, input: $input) {\n      ...SiteCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcmeSettings {\n    acmeSettings {\n      directoryUrl\n      email\n      accountUrl\n      letsEncrypt\n      letsEncryptStaging\n    }\n  }\n"): (typeof documents)["\n  query AcmeSettings {\n    acmeSettings {\n      directoryUrl\n      email\n      accountUrl\n      letsEncrypt\n      letsEncryptStaging\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAcmeSettings($input: AcmeSettingsInput!) {\n    setAcmeSettings(input: $input) {\n      directoryUrl\n      email\n      accountUrl\n      letsEncrypt\n      letsEncryptStaging\n    }\n  }\n"): (typeof documents)["\n  mutation SetAcmeSettings($input: AcmeSettingsInput!) {\n    setAcmeSettings(input: $input) {\n      directoryUrl\n      email\n      accountUrl\n      letsEncrypt\n      letsEncryptStaging\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCompanyCertificate($kind: CertificateKind!) {\n    issueCompanyCertificate(kind: $kind) {\n      ...SiteCertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCompanyCertificate($kind: CertificateKind!) {\n    issueCompanyCertificate(kind: $kind) {\n      ...SiteCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SslPolicy {\n    sslPolicy {\n      requireDedicatedIp\n    }\n  }\n"): (typeof documents)["\n  query SslPolicy {\n    sslPolicy {\n      requireDedicatedIp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSslPolicy($requireDedicatedIp: Boolean!) {\n    setSslPolicy(requireDedicatedIp: $requireDedicatedIp) {\n      requireDedicatedIp\n    }\n  }\n"): (typeof documents)["\n  mutation SetSslPolicy($requireDedicatedIp: Boolean!) {\n    setSslPolicy(requireDedicatedIp: $requireDedicatedIp) {\n      requireDedicatedIp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    hint\n    status\n    expiresAt\n    createdAt\n    lastUsedAt\n    lastUsedIp\n    revokedAt\n    allowedIps\n    scopes {\n      group\n      access\n    }\n    owner {\n      id\n      login\n    }\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    hint\n    status\n    expiresAt\n    createdAt\n    lastUsedAt\n    lastUsedIp\n    revokedAt\n    allowedIps\n    scopes {\n      group\n      access\n    }\n    owner {\n      id\n      login\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyApiTokens {\n    companyApiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query CompanyApiTokens {\n    companyApiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainListFields on Domain {\n    id\n    name\n    unicodeName\n    kind\n    state\n    instantAlias\n    nameServers\n    createdAt\n    site {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment DomainListFields on Domain {\n    id\n    name\n    unicodeName\n    kind\n    state\n    instantAlias\n    nameServers\n    createdAt\n    site {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceRecordFields on ResourceRecord {\n    id\n    name\n    fqdn\n    type\n    ttl\n    value\n    target\n    priority\n    weight\n    port\n    flags\n    tag\n    managed\n  }\n"): (typeof documents)["\n  fragment ResourceRecordFields on ResourceRecord {\n    id\n    name\n    fqdn\n    type\n    ttl\n    value\n    target\n    priority\n    weight\n    port\n    flags\n    tag\n    managed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domains($accountId: ID) {\n    viewer {\n      reseller {\n        id\n        serviceDomain\n      }\n    }\n    domains(accountId: $accountId) {\n      ...DomainListFields\n    }\n  }\n"): (typeof documents)["\n  query Domains($accountId: ID) {\n    viewer {\n      reseller {\n        id\n        serviceDomain\n      }\n    }\n    domains(accountId: $accountId) {\n      ...DomainListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domain($id: ID!) {\n    domain(id: $id) {\n      ...DomainListFields\n      zone {\n        id\n        name\n        serial\n        state\n      }\n      site {\n        id\n        serverNames\n        documentRoot\n        directory\n        state\n        httpsRedirect\n        hsts\n        certificate {\n          ...SiteCertificateFields\n        }\n        certificateRequest {\n          ...SiteCertificateFields\n        }\n      }\n      records {\n        ...ResourceRecordFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Domain($id: ID!) {\n    domain(id: $id) {\n      ...DomainListFields\n      zone {\n        id\n        name\n        serial\n        state\n      }\n      site {\n        id\n        serverNames\n        documentRoot\n        directory\n        state\n        httpsRedirect\n        hsts\n        certificate {\n          ...SiteCertificateFields\n        }\n        certificateRequest {\n          ...SiteCertificateFields\n        }\n      }\n      records {\n        ...ResourceRecordFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDomain($input: AddDomainInput!) {\n    addDomain(input: $input) {\n      ...DomainListFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddDomain($input: AddDomainInput!) {\n    addDomain(input: $input) {\n      ...DomainListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDnsRecord($domainId: ID!, $input: DnsRecordInput!) {\n    addDnsRecord(domainId: $domainId, input: $input) {\n      ...ResourceRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddDnsRecord($domainId: ID!, $input: DnsRecordInput!) {\n    addDnsRecord(domainId: $domainId, input: $input) {\n      ...ResourceRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDnsRecord($id: ID!, $input: DnsRecordInput!) {\n    updateDnsRecord(id: $id, input: $input) {\n      ...ResourceRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDnsRecord($id: ID!, $input: DnsRecordInput!) {\n    updateDnsRecord(id: $id, input: $input) {\n      ...ResourceRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDnsRecord($id: ID!) {\n    deleteDnsRecord(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDnsRecord($id: ID!) {\n    deleteDnsRecord(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportZoneFile($domainId: ID!, $text: String!) {\n    importZoneFile(domainId: $domainId, text: $text) {\n      added {\n        id\n      }\n      skipped {\n        line\n        text\n        reason\n      }\n      rejected {\n        line\n        text\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportZoneFile($domainId: ID!, $text: String!) {\n    importZoneFile(domainId: $domainId, text: $text) {\n      added {\n        id\n      }\n      skipped {\n        line\n        text\n        reason\n      }\n      rejected {\n        line\n        text\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteCertificateFields on Certificate {\n    id\n    kind\n    source\n    state\n    names\n    keyType\n    issuer\n    serial\n    fingerprint\n    notBefore\n    notAfter\n    certificatePem\n    chainPem\n    csrPem\n    keyUploaded\n    siteId\n    lastError\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SiteCertificateFields on Certificate {\n    id\n    kind\n    source\n    state\n    names\n    keyType\n    issuer\n    serial\n    fingerprint\n    notBefore\n    notAfter\n    certificatePem\n    chainPem\n    csrPem\n    keyUploaded\n    siteId\n    lastError\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadSiteCertificate($siteId: ID!, $input: CertificateUploadInput!) {\n    uploadSiteCertificate(siteId: $siteId, input: $input) {\n      ...SiteCertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UploadSiteCertificate($siteId: ID!, $input: CertificateUploadInput!) {\n    uploadSiteCertificate(siteId: $siteId, input: $input) {\n      ...SiteCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSiteCertificate($siteId: ID!, $keyType: KeyType!) {\n    requestSiteCertificate(siteId: $siteId, keyType: $keyType) {\n      ...SiteCertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSiteCertificate($siteId: ID!, $keyType: KeyType!) {\n    requestSiteCertificate(siteId: $siteId, keyType: $keyType) {\n      ...SiteCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCertificate($id: ID!) {\n    deleteCertificate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCertificate($id: ID!) {\n    deleteCertificate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueSiteCertificate($siteId: ID!) {\n    issueSiteCertificate(siteId: $siteId) {\n      ...SiteCertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueSiteCertificate($siteId: ID!) {\n    issueSiteCertificate(siteId: $siteId) {\n      ...SiteCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueCertificate($id: ID!) {\n    reissueCertificate(id: $id) {\n      ...SiteCertificateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueCertificate($id: ID!) {\n    reissueCertificate(id: $id) {\n      ...SiteCertificateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSiteHttps($siteId: ID!, $input: SiteHttpsInput!) {\n    setSiteHttps(siteId: $siteId, input: $input) {\n      id\n      httpsRedirect\n      hsts\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SetSiteHttps($siteId: ID!, $input: SiteHttpsInput!) {\n    setSiteHttps(siteId: $siteId, input: $input) {\n      id\n      httpsRedirect\n      hsts\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertificatePrivateKey($id: ID!, $password: String!) {\n    certificatePrivateKey(id: $id, password: $password)\n  }\n"): (typeof documents)["\n  mutation CertificatePrivateKey($id: ID!, $password: String!) {\n    certificatePrivateKey(id: $id, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateWarnings($first: Int!) {\n    certificates(first: $first) {\n      nodes {\n        id\n        kind\n        source\n        state\n        names\n        notAfter\n        lastError\n        accountId\n        domainId\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificateWarnings($first: Int!) {\n    certificates(first: $first) {\n      nodes {\n        id\n        kind\n        source\n        state\n        names\n        notAfter\n        lastError\n        accountId\n        domainId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstRunChecklist {\n    firstRunChecklist {\n      complete\n      empty\n      suggestedAddress\n      steps {\n        id\n        done\n        have\n        need\n        missing\n        fixPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstRunChecklist {\n    firstRunChecklist {\n      complete\n      empty\n      suggestedAddress\n      steps {\n        id\n        done\n        have\n        need\n        missing\n        fixPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUpSingleMachine($input: SingleMachineInput!) {\n    setUpSingleMachine(input: $input) {\n      complete\n    }\n  }\n"): (typeof documents)["\n  mutation SetUpSingleMachine($input: SingleMachineInput!) {\n    setUpSingleMachine(input: $input) {\n      complete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorAlerts {\n    operatorAlerts {\n      id\n      problem\n      message\n      fixPath\n      occurrences\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query OperatorAlerts {\n    operatorAlerts {\n      id\n      problem\n      message\n      fixPath\n      occurrences\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissOperatorAlert($id: ID!) {\n    dismissOperatorAlert(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DismissOperatorAlert($id: ID!) {\n    dismissOperatorAlert(id: $id) {\n      id\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHome($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      limits {\n        kind\n        limit\n        used\n      }\n    }\n    accountBalance(accountId: $accountId) {\n      accountId\n      balance {\n        amount\n        minorUnits\n        currency\n      }\n    }\n    invoices(accountId: $accountId, state: OPEN, first: 5) {\n      totalCount\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n    domains(accountId: $accountId) {\n      id\n      name\n      unicodeName\n      kind\n      state\n      nameServers\n    }\n    recentTasks(accountId: $accountId, first: 5) {\n      id\n      kind\n      subject\n      state\n      createdAt\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  query CustomerHome($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      limits {\n        kind\n        limit\n        used\n      }\n    }\n    accountBalance(accountId: $accountId) {\n      accountId\n      balance {\n        amount\n        minorUnits\n        currency\n      }\n    }\n    invoices(accountId: $accountId, state: OPEN, first: 5) {\n      totalCount\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n    domains(accountId: $accountId) {\n      id\n      name\n      unicodeName\n      kind\n      state\n      nameServers\n    }\n    recentTasks(accountId: $accountId, first: 5) {\n      id\n      kind\n      subject\n      state\n      createdAt\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOverview {\n    adminOverview {\n      awaitingModeration\n      overdueAccounts\n      failedTasks\n      serversInTrouble\n      paymentsLast30Days\n    }\n  }\n"): (typeof documents)["\n  query AdminOverview {\n    adminOverview {\n      awaitingModeration\n      overdueAccounts\n      failedTasks\n      serversInTrouble\n      paymentsLast30Days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageHistory($accountId: ID, $months: Int!) {\n    usageHistory(accountId: $accountId, months: $months) {\n      month\n      diskMb\n      trafficGb\n      accountsOpened\n      revenue {\n        amount\n        minorUnits\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageHistory($accountId: ID, $months: Int!) {\n    usageHistory(accountId: $accountId, months: $months) {\n      month\n      diskMb\n      trafficGb\n      accountsOpened\n      revenue {\n        amount\n        minorUnits\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PricedLineFields on InvoiceLineView {\n    position\n    description\n    quantity\n    periodStart\n    periodEnd\n    unitPrice {\n      ...MoneyFields\n    }\n    amount {\n      ...MoneyFields\n    }\n  }\n"): (typeof documents)["\n  fragment PricedLineFields on InvoiceLineView {\n    position\n    description\n    quantity\n    periodStart\n    periodEnd\n    unitPrice {\n      ...MoneyFields\n    }\n    amount {\n      ...MoneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceDetailFields on Invoice {\n    id\n    number\n    state\n    accountId\n    currency\n    issuedAt\n    dueAt\n    paidAt\n    periodStart\n    periodEnd\n    subtotal {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n    taxName\n    taxPercent\n    total {\n      ...MoneyFields\n    }\n    amountDue {\n      ...MoneyFields\n    }\n    payments {\n      ...PaymentFields\n    }\n    lines {\n      ...PricedLineFields\n    }\n    html\n  }\n"): (typeof documents)["\n  fragment InvoiceDetailFields on Invoice {\n    id\n    number\n    state\n    accountId\n    currency\n    issuedAt\n    dueAt\n    paidAt\n    periodStart\n    periodEnd\n    subtotal {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n    taxName\n    taxPercent\n    total {\n      ...MoneyFields\n    }\n    amountDue {\n      ...MoneyFields\n    }\n    payments {\n      ...PaymentFields\n    }\n    lines {\n      ...PricedLineFields\n    }\n    html\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($id: ID!, $reason: String!) {\n    voidInvoice(id: $id, reason: $reason) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($id: ID!, $reason: String!) {\n    voidInvoice(id: $id, reason: $reason) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceListFields on Invoice {\n    id\n    number\n    accountId\n    issuedAt\n    dueAt\n    state\n    total {\n      ...MoneyFields\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceListFields on Invoice {\n    id\n    number\n    accountId\n    issuedAt\n    dueAt\n    state\n    total {\n      ...MoneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInvoices($state: InvoiceState, $search: String, $after: String, $first: Int!) {\n    invoices(state: $state, search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminInvoices($state: InvoiceState, $search: String, $after: String, $first: Int!) {\n    invoices(state: $state, search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountInvoices($accountId: ID!, $state: InvoiceState, $after: String, $first: Int!) {\n    invoices(accountId: $accountId, state: $state, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountInvoices($accountId: ID!, $state: InvoiceState, $after: String, $first: Int!) {\n    invoices(accountId: $accountId, state: $state, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...InvoiceListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPlan($id: ID!) {\n    account(id: $id) {\n      id\n      periodMonths\n      nextBillingAt\n      plan {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPlan($id: ID!) {\n    account(id: $id) {\n      id\n      periodMonths\n      nextBillingAt\n      plan {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayInvoice($input: PayInvoiceInput!) {\n    payInvoice(input: $input) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  mutation PayInvoice($input: PayInvoiceInput!) {\n    payInvoice(input: $input) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRedirectPayment($invoiceId: ID!, $gatewayId: ID!) {\n    startRedirectPayment(invoiceId: $invoiceId, gatewayId: $gatewayId) {\n      url\n      payment {\n        ...PaymentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartRedirectPayment($invoiceId: ID!, $gatewayId: ID!) {\n    startRedirectPayment(invoiceId: $invoiceId, gatewayId: $gatewayId) {\n      url\n      payment {\n        ...PaymentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobTypeFields on JobType {\n    id\n    name\n    description\n    active\n    position\n    price {\n      ...MoneyFields\n    }\n  }\n"): (typeof documents)["\n  fragment JobTypeFields on JobType {\n    id\n    name\n    description\n    active\n    position\n    price {\n      ...MoneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomJobListFields on CustomJob {\n    id\n    title\n    state\n    accountId\n    orderedBy\n    createdAt\n    updatedAt\n    price {\n      ...MoneyFields\n    }\n  }\n"): (typeof documents)["\n  fragment CustomJobListFields on CustomJob {\n    id\n    title\n    state\n    accountId\n    orderedBy\n    createdAt\n    updatedAt\n    price {\n      ...MoneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobTypes {\n    jobTypes {\n      ...JobTypeFields\n    }\n  }\n"): (typeof documents)["\n  query JobTypes {\n    jobTypes {\n      ...JobTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomJobs($state: CustomJobState, $accountId: ID, $after: String, $first: Int!) {\n    customJobs(state: $state, accountId: $accountId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomJobListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomJobs($state: CustomJobState, $accountId: ID, $after: String, $first: Int!) {\n    customJobs(state: $state, accountId: $accountId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomJobListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomJob($id: ID!) {\n    customJob(id: $id) {\n      ...CustomJobListFields\n      brief\n      closedAt\n      jobTypeId\n      invoice {\n        id\n        number\n        state\n        dueAt\n        total {\n          ...MoneyFields\n        }\n      }\n      messages {\n        id\n        body\n        internal\n        fromStaff\n        authorName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomJob($id: ID!) {\n    customJob(id: $id) {\n      ...CustomJobListFields\n      brief\n      closedAt\n      jobTypeId\n      invoice {\n        id\n        number\n        state\n        dueAt\n        total {\n          ...MoneyFields\n        }\n      }\n      messages {\n        id\n        body\n        internal\n        fromStaff\n        authorName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderCustomJob($input: OrderCustomJobInput!) {\n    orderCustomJob(input: $input) {\n      ...CustomJobListFields\n    }\n  }\n"): (typeof documents)["\n  mutation OrderCustomJob($input: OrderCustomJobInput!) {\n    orderCustomJob(input: $input) {\n      ...CustomJobListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomJob($input: CreateCustomJobInput!) {\n    createCustomJob(input: $input) {\n      ...CustomJobListFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomJob($input: CreateCustomJobInput!) {\n    createCustomJob(input: $input) {\n      ...CustomJobListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomJobState($id: ID!, $state: CustomJobState!) {\n    setCustomJobState(id: $id, state: $state) {\n      ...CustomJobListFields\n      closedAt\n      invoice {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCustomJobState($id: ID!, $state: CustomJobState!) {\n    setCustomJobState(id: $id, state: $state) {\n      ...CustomJobListFields\n      closedAt\n      invoice {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCustomJob($id: ID!) {\n    cancelCustomJob(id: $id) {\n      ...CustomJobListFields\n      closedAt\n      invoice {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCustomJob($id: ID!) {\n    cancelCustomJob(id: $id) {\n      ...CustomJobListFields\n      closedAt\n      invoice {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostCustomJobMessage($jobId: ID!, $input: CustomJobMessageInput!) {\n    postCustomJobMessage(jobId: $jobId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostCustomJobMessage($jobId: ID!, $input: CustomJobMessageInput!) {\n    postCustomJobMessage(jobId: $jobId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJobType($input: JobTypeInput!) {\n    createJobType(input: $input) {\n      ...JobTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJobType($input: JobTypeInput!) {\n    createJobType(input: $input) {\n      ...JobTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJobType($id: ID!, $input: JobTypeInput!) {\n    updateJobType(id: $id, input: $input) {\n      ...JobTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJobType($id: ID!, $input: JobTypeInput!) {\n    updateJobType(id: $id, input: $input) {\n      ...JobTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteJobType($id: ID!) {\n    deleteJobType(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteJobType($id: ID!) {\n    deleteJobType(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KbArticleListFields on KbArticle {\n    id\n    title\n    slug\n    excerpt\n    language\n  }\n"): (typeof documents)["\n  fragment KbArticleListFields on KbArticle {\n    id\n    title\n    slug\n    excerpt\n    language\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbBrowse($categoryId: ID, $language: Language) {\n    kbCategories(language: $language) {\n      id\n      name\n      slug\n    }\n    kbArticles(first: 100, categoryId: $categoryId, language: $language) {\n      totalCount\n      nodes {\n        ...KbArticleListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbBrowse($categoryId: ID, $language: Language) {\n    kbCategories(language: $language) {\n      id\n      name\n      slug\n    }\n    kbArticles(first: 100, categoryId: $categoryId, language: $language) {\n      totalCount\n      nodes {\n        ...KbArticleListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSearch($query: String!, $language: Language) {\n    kbSearch(query: $query, language: $language, first: 20) {\n      ...KbArticleListFields\n    }\n  }\n"): (typeof documents)["\n  query KbSearch($query: String!, $language: Language) {\n    kbSearch(query: $query, language: $language, first: 20) {\n      ...KbArticleListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticle($slug: String!) {\n    kbArticle(slug: $slug) {\n      id\n      title\n      html\n      updatedAt\n      helpfulCount\n      notHelpfulCount\n      category {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbArticle($slug: String!) {\n    kbArticle(slug: $slug) {\n      id\n      title\n      html\n      updatedAt\n      helpfulCount\n      notHelpfulCount\n      category {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbIsPublic {\n    kbIsPublic\n  }\n"): (typeof documents)["\n  query KbIsPublic {\n    kbIsPublic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkArticleHelpful($id: ID!, $helpful: Boolean!) {\n    markArticleHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      notHelpfulCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkArticleHelpful($id: ID!, $helpful: Boolean!) {\n    markArticleHelpful(id: $id, helpful: $helpful) {\n      id\n      helpfulCount\n      notHelpfulCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSuggestions($subject: String!, $body: String!, $language: Language) {\n    kbSuggestions(subject: $subject, body: $body, language: $language) {\n      ...KbArticleListFields\n    }\n  }\n"): (typeof documents)["\n  query KbSuggestions($subject: String!, $body: String!, $language: Language) {\n    kbSuggestions(subject: $subject, body: $body, language: $language) {\n      ...KbArticleListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDeflection($articleId: ID!) {\n    recordDeflection(articleId: $articleId)\n  }\n"): (typeof documents)["\n  mutation RecordDeflection($articleId: ID!) {\n    recordDeflection(articleId: $articleId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAdmin($after: String, $first: Int!, $search: String, $state: KbArticleState) {\n    kbAdminCategories {\n      id\n      name\n      slug\n      language\n      position\n    }\n    kbAdminArticles(after: $after, first: $first, search: $search, state: $state) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        slug\n        state\n        language\n        sharedWithResellers\n        updatedAt\n        views\n        helpfulCount\n        notHelpfulCount\n        category {\n          id\n          name\n        }\n      }\n    }\n    kbSettings {\n      publicKnowledgeBase\n    }\n  }\n"): (typeof documents)["\n  query KbAdmin($after: String, $first: Int!, $search: String, $state: KbArticleState) {\n    kbAdminCategories {\n      id\n      name\n      slug\n      language\n      position\n    }\n    kbAdminArticles(after: $after, first: $first, search: $search, state: $state) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        slug\n        state\n        language\n        sharedWithResellers\n        updatedAt\n        views\n        helpfulCount\n        notHelpfulCount\n        category {\n          id\n          name\n        }\n      }\n    }\n    kbSettings {\n      publicKnowledgeBase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAdminArticle($id: ID!) {\n    kbAdminArticle(id: $id) {\n      id\n      title\n      slug\n      body\n      state\n      sharedWithResellers\n      category {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbAdminArticle($id: ID!) {\n    kbAdminArticle(id: $id) {\n      id\n      title\n      slug\n      body\n      state\n      sharedWithResellers\n      category {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbPreview($body: String!) {\n    kbPreview(body: $body)\n  }\n"): (typeof documents)["\n  query KbPreview($body: String!) {\n    kbPreview(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbStats {\n    kbStats {\n      publishedArticles\n      draftArticles\n      views\n      helpful\n      notHelpful\n      helpfulRatio\n      periodDays\n      deflections\n      ticketsOpened\n      deflectionRate\n    }\n  }\n"): (typeof documents)["\n  query KbStats {\n    kbStats {\n      publishedArticles\n      draftArticles\n      views\n      helpful\n      notHelpful\n      helpfulRatio\n      periodDays\n      deflections\n      ticketsOpened\n      deflectionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKbCategory($input: KbCategoryInput!) {\n    createKbCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKbCategory($input: KbCategoryInput!) {\n    createKbCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteKbCategory($id: ID!) {\n    deleteKbCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteKbCategory($id: ID!) {\n    deleteKbCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKbArticle($input: KbArticleInput!) {\n    createKbArticle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKbArticle($input: KbArticleInput!) {\n    createKbArticle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKbArticle($id: ID!, $input: KbArticleInput!) {\n    updateKbArticle(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKbArticle($id: ID!, $input: KbArticleInput!) {\n    updateKbArticle(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishKbArticle($id: ID!) {\n    publishKbArticle(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation PublishKbArticle($id: ID!) {\n    publishKbArticle(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishKbArticle($id: ID!) {\n    unpublishKbArticle(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishKbArticle($id: ID!) {\n    unpublishKbArticle(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteKbArticle($id: ID!) {\n    deleteKbArticle(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteKbArticle($id: ID!) {\n    deleteKbArticle(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKbSettings($publicKnowledgeBase: Boolean!) {\n    setKbSettings(publicKnowledgeBase: $publicKnowledgeBase) {\n      publicKnowledgeBase\n    }\n  }\n"): (typeof documents)["\n  mutation SetKbSettings($publicKnowledgeBase: Boolean!) {\n    setKbSettings(publicKnowledgeBase: $publicKnowledgeBase) {\n      publicKnowledgeBase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      skin\n      textOnly\n      language\n      skinChosen\n      canChooseSkin\n      canChooseLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) {\n      skin\n      textOnly\n      language\n      skinChosen\n      canChooseSkin\n      canChooseLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n      emailVerifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MysqlDatabaseFields on MysqlDatabase {\n    id\n    name\n    charset\n    host\n    port\n    state\n    sizeBytes\n    sizeCheckedAt\n    createdAt\n    users {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MysqlDatabaseFields on MysqlDatabase {\n    id\n    name\n    charset\n    host\n    port\n    state\n    sizeBytes\n    sizeCheckedAt\n    createdAt\n    users {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MysqlUserFields on MysqlUser {\n    id\n    name\n    state\n    passwordChangedAt\n    createdAt\n    databases {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MysqlUserFields on MysqlUser {\n    id\n    name\n    state\n    passwordChangedAt\n    createdAt\n    databases {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mysql($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      name\n      limits {\n        kind\n        limit\n      }\n    }\n    mysqlDatabases(accountId: $accountId) {\n      ...MysqlDatabaseFields\n    }\n    mysqlUsers(accountId: $accountId) {\n      ...MysqlUserFields\n    }\n  }\n"): (typeof documents)["\n  query Mysql($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      name\n      limits {\n        kind\n        limit\n      }\n    }\n    mysqlDatabases(accountId: $accountId) {\n      ...MysqlDatabaseFields\n    }\n    mysqlUsers(accountId: $accountId) {\n      ...MysqlUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMysqlDatabase($input: CreateMysqlDatabaseInput!) {\n    createMysqlDatabase(input: $input) {\n      ...MysqlDatabaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMysqlDatabase($input: CreateMysqlDatabaseInput!) {\n    createMysqlDatabase(input: $input) {\n      ...MysqlDatabaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMysqlDatabase($id: ID!) {\n    deleteMysqlDatabase(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMysqlDatabase($id: ID!) {\n    deleteMysqlDatabase(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMysqlUser($input: CreateMysqlUserInput!) {\n    createMysqlUser(input: $input) {\n      ...MysqlUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMysqlUser($input: CreateMysqlUserInput!) {\n    createMysqlUser(input: $input) {\n      ...MysqlUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMysqlUserPassword($id: ID!, $password: String!) {\n    setMysqlUserPassword(id: $id, password: $password) {\n      id\n      state\n      passwordChangedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetMysqlUserPassword($id: ID!, $password: String!) {\n    setMysqlUserPassword(id: $id, password: $password) {\n      id\n      state\n      passwordChangedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMysqlUser($id: ID!) {\n    deleteMysqlUser(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMysqlUser($id: ID!) {\n    deleteMysqlUser(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantMysqlDatabase($userId: ID!, $databaseId: ID!) {\n    grantMysqlDatabase(userId: $userId, databaseId: $databaseId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation GrantMysqlDatabase($userId: ID!, $databaseId: ID!) {\n    grantMysqlDatabase(userId: $userId, databaseId: $databaseId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMysqlDatabase($userId: ID!, $databaseId: ID!) {\n    revokeMysqlDatabase(userId: $userId, databaseId: $databaseId)\n  }\n"): (typeof documents)["\n  mutation RevokeMysqlDatabase($userId: ID!, $databaseId: ID!) {\n    revokeMysqlDatabase(userId: $userId, databaseId: $databaseId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshMysqlSizes($accountId: ID!) {\n    refreshMysqlSizes(accountId: $accountId)\n  }\n"): (typeof documents)["\n  mutation RefreshMysqlSizes($accountId: ID!) {\n    refreshMysqlSizes(accountId: $accountId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentFields on Payment {\n    id\n    kind\n    method\n    source\n    state\n    currency\n    card\n    transactionId\n    declineCode\n    reason\n    attempts\n    accountId\n    invoiceId\n    refundOfId\n    gatewayName\n    gatewayKind\n    testMode\n    createdAt\n    updatedAt\n    amount {\n      ...MoneyFields\n    }\n    received {\n      ...MoneyFields\n    }\n    refundable {\n      ...MoneyFields\n    }\n  }\n"): (typeof documents)["\n  fragment PaymentFields on Payment {\n    id\n    kind\n    method\n    source\n    state\n    currency\n    card\n    transactionId\n    declineCode\n    reason\n    attempts\n    accountId\n    invoiceId\n    refundOfId\n    gatewayName\n    gatewayKind\n    testMode\n    createdAt\n    updatedAt\n    amount {\n      ...MoneyFields\n    }\n    received {\n      ...MoneyFields\n    }\n    refundable {\n      ...MoneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedCardFields on SavedCard {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n    gatewayId\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SavedCardFields on SavedCard {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n    gatewayId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentSetup($accountId: ID) {\n    paymentSetup(accountId: $accountId) {\n      options {\n        gatewayId\n        name\n        kind\n        method\n        testMode\n      }\n      savedCard {\n        ...SavedCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentSetup($accountId: ID) {\n    paymentSetup(accountId: $accountId) {\n      options {\n        gatewayId\n        name\n        kind\n        method\n        testMode\n      }\n      savedCard {\n        ...SavedCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Payments($accountId: ID, $state: PaymentState, $since: DateTimeISO, $first: Int!, $after: String) {\n    payments(accountId: $accountId, state: $state, since: $since, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PaymentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Payments($accountId: ID, $state: PaymentState, $since: DateTimeISO, $first: Int!, $after: String) {\n    payments(accountId: $accountId, state: $state, since: $since, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PaymentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Payment($id: ID!) {\n    payment(id: $id) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  query Payment($id: ID!) {\n    payment(id: $id) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRedirectPayment($id: ID!) {\n    cancelRedirectPayment(id: $id) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRedirectPayment($id: ID!) {\n    cancelRedirectPayment(id: $id) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationAccounts($after: String, $first: Int!) {\n    accounts(status: MODERATION, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        createdAt\n        periodMonths\n        owner {\n          id\n          login\n          email\n        }\n        plan {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationAccounts($after: String, $first: Int!) {\n    accounts(status: MODERATION, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        status\n        createdAt\n        periodMonths\n        owner {\n          id\n          login\n          email\n        }\n        plan {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAccount($id: ID!) {\n    approveAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAccount($id: ID!) {\n    approveAccount(id: $id) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAccount($id: ID!, $reason: String!) {\n    rejectAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectAccount($id: ID!, $reason: String!) {\n    rejectAccount(id: $id, reason: $reason) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyBillingProfileFields on BillingProfile {\n    id\n    name\n    company\n    address\n    city\n    postalCode\n    country\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment MyBillingProfileFields on BillingProfile {\n    id\n    name\n    company\n    address\n    city\n    postalCode\n    country\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlan($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      name\n      status\n      suspendedReason\n      overdueSince\n      periodMonths\n      nextBillingAt\n      plan {\n        ...PlanOfferFields\n      }\n      limits {\n        kind\n        limit\n        used\n      }\n    }\n    billingProfile(accountId: $accountId) {\n      ...MyBillingProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyPlan($accountId: ID!) {\n    account(id: $accountId) {\n      id\n      name\n      status\n      suspendedReason\n      overdueSince\n      periodMonths\n      nextBillingAt\n      plan {\n        ...PlanOfferFields\n      }\n      limits {\n        kind\n        limit\n        used\n      }\n    }\n    billingProfile(accountId: $accountId) {\n      ...MyBillingProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlanChoices {\n    plans {\n      ...PlanOfferFields\n    }\n  }\n"): (typeof documents)["\n  query MyPlanChoices {\n    plans {\n      ...PlanOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanChangeQuoteFields on PlanChangeQuoteView {\n    periodMonths\n    periodStart\n    periodEnd\n    plan {\n      id\n      name\n    }\n    lines {\n      ...PricedLineFields\n    }\n    subtotal {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n    taxName\n    taxPercent\n    total {\n      ...MoneyFields\n    }\n  }\n"): (typeof documents)["\n  fragment PlanChangeQuoteFields on PlanChangeQuoteView {\n    periodMonths\n    periodStart\n    periodEnd\n    plan {\n      id\n      name\n    }\n    lines {\n      ...PricedLineFields\n    }\n    subtotal {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n    taxName\n    taxPercent\n    total {\n      ...MoneyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlanChangeQuote($input: ChangePlanInput!) {\n    planChangeQuote(input: $input) {\n      ...PlanChangeQuoteFields\n    }\n  }\n"): (typeof documents)["\n  query MyPlanChangeQuote($input: ChangePlanInput!) {\n    planChangeQuote(input: $input) {\n      ...PlanChangeQuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      ...PlanChangeQuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPlan($input: ChangePlanInput!) {\n    changePlan(input: $input) {\n      ...PlanChangeQuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAnotherAccount($input: AddAccountInput!) {\n    addAccount(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenAnotherAccount($input: AddAccountInput!) {\n    addAccount(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyBillingProfile($accountId: ID, $input: BillingProfileInput!) {\n    updateBillingProfile(accountId: $accountId, input: $input) {\n      ...MyBillingProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyBillingProfile($accountId: ID, $input: BillingProfileInput!) {\n    updateBillingProfile(accountId: $accountId, input: $input) {\n      ...MyBillingProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPlanFields on Plan {\n    ...PlanOfferFields\n    platform\n    forResellers\n    oversellPercent\n    setupFee {\n      ...MoneyFields\n    }\n    recurringFee {\n      ...MoneyFields\n    }\n    resources {\n      setupFee {\n        ...MoneyFields\n      }\n      recurringFee {\n        ...MoneyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminPlanFields on Plan {\n    ...PlanOfferFields\n    platform\n    forResellers\n    oversellPercent\n    setupFee {\n      ...MoneyFields\n    }\n    recurringFee {\n      ...MoneyFields\n    }\n    resources {\n      setupFee {\n        ...MoneyFields\n      }\n      recurringFee {\n        ...MoneyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlans {\n    plans {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  query AdminPlans {\n    plans {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlan($id: ID!) {\n    plan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  query AdminPlan($id: ID!) {\n    plan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCurrency($resellerId: ID!) {\n    reseller(id: $resellerId) {\n      id\n      currency\n    }\n  }\n"): (typeof documents)["\n  query PlanCurrency($resellerId: ID!) {\n    reseller(id: $resellerId) {\n      id\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlan($id: ID!) {\n    deletePlan(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePlan($id: ID!) {\n    deletePlan(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resellers($search: String, $after: String, $first: Int!) {\n    resellers(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        cpHost\n        isRoot\n        status\n        defaultSkin\n        defaultLanguage\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Resellers($search: String, $after: String, $first: Int!) {\n    resellers(search: $search, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        cpHost\n        isRoot\n        status\n        defaultSkin\n        defaultLanguage\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResellerFields on Reseller {\n    id\n    name\n    cpHost\n    cpHostAliases\n    isRoot\n    status\n    suspendedReason\n    suspendedAt\n    createdAt\n    ...CompanyDetailsFields\n    admins {\n      id\n      login\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment ResellerFields on Reseller {\n    id\n    name\n    cpHost\n    cpHostAliases\n    isRoot\n    status\n    suspendedReason\n    suspendedAt\n    createdAt\n    ...CompanyDetailsFields\n    admins {\n      id\n      login\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reseller($id: ID!) {\n    reseller(id: $id) {\n      ...ResellerFields\n    }\n  }\n"): (typeof documents)["\n  query Reseller($id: ID!) {\n    reseller(id: $id) {\n      ...ResellerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReseller($id: ID!, $input: UpdateResellerInput!) {\n    updateReseller(id: $id, input: $input) {\n      ...ResellerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReseller($id: ID!, $input: UpdateResellerInput!) {\n    updateReseller(id: $id, input: $input) {\n      ...ResellerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendReseller($id: ID!, $reason: String!) {\n    suspendReseller(id: $id, reason: $reason) {\n      ...ResellerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendReseller($id: ID!, $reason: String!) {\n    suspendReseller(id: $id, reason: $reason) {\n      ...ResellerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeReseller($id: ID!) {\n    resumeReseller(id: $id) {\n      ...ResellerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeReseller($id: ID!) {\n    resumeReseller(id: $id) {\n      ...ResellerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReseller($id: ID!) {\n    deleteReseller(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteReseller($id: ID!) {\n    deleteReseller(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResellerQuotaFields on ResellerQuota {\n    kind\n    limit\n    used\n    promised\n    promiseLimit\n  }\n"): (typeof documents)["\n  fragment ResellerQuotaFields on ResellerQuota {\n    kind\n    limit\n    used\n    promised\n    promiseLimit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResellerPlan($id: ID!) {\n    reseller(id: $id) {\n      id\n      subscription {\n        id\n        name\n        status\n        periodMonths\n        nextBillingAt\n        plan {\n          id\n          name\n        }\n      }\n      quotas {\n        ...ResellerQuotaFields\n      }\n    }\n    plans {\n      id\n      name\n      forResellers\n      periods {\n        months\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResellerPlan($id: ID!) {\n    reseller(id: $id) {\n      id\n      subscription {\n        id\n        name\n        status\n        periodMonths\n        nextBillingAt\n        plan {\n          id\n          name\n        }\n      }\n      quotas {\n        ...ResellerQuotaFields\n      }\n    }\n    plans {\n      id\n      name\n      forResellers\n      periods {\n        months\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResellerPlan($input: SetResellerPlanInput!) {\n    setResellerPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetResellerPlan($input: SetResellerPlanInput!) {\n    setResellerPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnQuotas {\n    viewer {\n      reseller {\n        id\n        quotas {\n          ...ResellerQuotaFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnQuotas {\n    viewer {\n      reseller {\n        id\n        quotas {\n          ...ResellerQuotaFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TwoFactorStateFields on TwoFactorState {\n    totpEnabled\n    recoveryCodesLeft\n    methods\n    enrolmentRequired\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  fragment TwoFactorStateFields on TwoFactorState {\n    totpEnabled\n    recoveryCodesLeft\n    methods\n    enrolmentRequired\n    passkeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactor {\n    viewer {\n      twoFactor {\n        ...TwoFactorStateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TwoFactor {\n    viewer {\n      twoFactor {\n        ...TwoFactorStateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {\n    confirmTotpEnrolment(input: $input) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpInput!) {\n    confirmTotpEnrolment(input: $input) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($input: TwoFactorProofInput!) {\n    disableTotp(input: $input)\n  }\n"): (typeof documents)["\n  mutation DisableTotp($input: TwoFactorProofInput!) {\n    disableTotp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($input: TwoFactorProofInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($input: TwoFactorProofInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n"): (typeof documents)["\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminsTwoFactor {\n    viewer {\n      reseller {\n        id\n        adminsNeedTwoFactor\n      }\n      twoFactor {\n        methods\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminsTwoFactor {\n    viewer {\n      reseller {\n        id\n        adminsNeedTwoFactor\n      }\n      twoFactor {\n        methods\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAdminsNeedTwoFactor($required: Boolean!) {\n    setAdminsNeedTwoFactor(required: $required) {\n      id\n      adminsNeedTwoFactor\n    }\n  }\n"): (typeof documents)["\n  mutation SetAdminsNeedTwoFactor($required: Boolean!) {\n    setAdminsNeedTwoFactor(required: $required) {\n      id\n      adminsNeedTwoFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecondFactorPasskeyOptions {\n    secondFactorPasskeyOptions\n  }\n"): (typeof documents)["\n  mutation SecondFactorPasskeyOptions {\n    secondFactorPasskeyOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($input: SecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($input: SecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserTwoFactor($id: ID!) {\n    user(id: $id) {\n      id\n      twoFactorEnabled\n    }\n  }\n"): (typeof documents)["\n  query UserTwoFactor($id: ID!) {\n    user(id: $id) {\n      id\n      twoFactorEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserTwoFactor($id: ID!) {\n    resetUserTwoFactor(id: $id) {\n      id\n      twoFactorEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserTwoFactor($id: ID!) {\n    resetUserTwoFactor(id: $id) {\n      id\n      twoFactorEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LogicalServerFields on LogicalServer {\n    id\n    name\n    kind\n    driver\n    host\n    port\n    user\n    userHost\n    hasPassword\n    configDir\n    controlCommand\n    webRoot\n    nameServer\n    dnsRole\n    maxAccounts\n    maxDiskMb\n    maxTasks\n    enabled\n    createdAt\n    physical {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    load {\n      accounts\n      databases\n      diskBytes\n      runningTasks\n    }\n  }\n"): (typeof documents)["\n  fragment LogicalServerFields on LogicalServer {\n    id\n    name\n    kind\n    driver\n    host\n    port\n    user\n    userHost\n    hasPassword\n    configDir\n    controlCommand\n    webRoot\n    nameServer\n    dnsRole\n    maxAccounts\n    maxDiskMb\n    maxTasks\n    enabled\n    createdAt\n    physical {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    load {\n      accounts\n      databases\n      diskBytes\n      runningTasks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhysicalServers {\n    physicalServers {\n      id\n      name\n      os\n      address\n      status\n      transport\n      health\n      healthCheckedAt\n      createdAt\n      logicalServers {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhysicalServers {\n    physicalServers {\n      id\n      name\n      os\n      address\n      status\n      transport\n      health\n      healthCheckedAt\n      createdAt\n      logicalServers {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhysicalServerFields on PhysicalServer {\n    id\n    name\n    os\n    address\n    status\n    notes\n    createdAt\n    transport\n    sshPort\n    sshUser\n    hostKey\n    accessPublicKey\n    accessIssuedAt\n    accessConfirmedAt\n    accessRevokedAt\n    firstAnsweredAt\n    setupCommand\n    health\n    healthCheckedAt\n    healthProblems\n  }\n"): (typeof documents)["\n  fragment PhysicalServerFields on PhysicalServer {\n    id\n    name\n    os\n    address\n    status\n    notes\n    createdAt\n    transport\n    sshPort\n    sshUser\n    hostKey\n    accessPublicKey\n    accessIssuedAt\n    accessConfirmedAt\n    accessRevokedAt\n    firstAnsweredAt\n    setupCommand\n    health\n    healthCheckedAt\n    healthProblems\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhysicalServer($id: ID!) {\n    physicalServer(id: $id) {\n      ...PhysicalServerFields\n      logicalServers {\n        ...LogicalServerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhysicalServer($id: ID!) {\n    physicalServer(id: $id) {\n      ...PhysicalServerFields\n      logicalServers {\n        ...LogicalServerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePhysicalServer($input: PhysicalServerInput!) {\n    createPhysicalServer(input: $input) {\n      id\n      name\n      transport\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePhysicalServer($input: PhysicalServerInput!) {\n    createPhysicalServer(input: $input) {\n      id\n      name\n      transport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePhysicalServer($id: ID!, $input: PhysicalServerInput!) {\n    updatePhysicalServer(id: $id, input: $input) {\n      ...PhysicalServerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePhysicalServer($id: ID!, $input: PhysicalServerInput!) {\n    updatePhysicalServer(id: $id, input: $input) {\n      ...PhysicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckPhysicalServer($id: ID!) {\n    checkPhysicalServer(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckPhysicalServer($id: ID!) {\n    checkPhysicalServer(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotatePhysicalServerKey($id: ID!) {\n    rotatePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RotatePhysicalServerKey($id: ID!) {\n    rotatePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePhysicalServerKey($id: ID!) {\n    revokePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePhysicalServerKey($id: ID!) {\n    revokePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePhysicalServerKey($id: ID!) {\n    issuePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssuePhysicalServerKey($id: ID!) {\n    issuePhysicalServerKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgetPhysicalServerHostKey($id: ID!) {\n    forgetPhysicalServerHostKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForgetPhysicalServerHostKey($id: ID!) {\n    forgetPhysicalServerHostKey(id: $id) {\n      ...PhysicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePhysicalServer($id: ID!) {\n    deletePhysicalServer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePhysicalServer($id: ID!) {\n    deletePhysicalServer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogicalServers($kind: ServerKind) {\n    logicalServers(kind: $kind) {\n      ...LogicalServerFields\n    }\n  }\n"): (typeof documents)["\n  query LogicalServers($kind: ServerKind) {\n    logicalServers(kind: $kind) {\n      ...LogicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogicalServer($id: ID!) {\n    logicalServer(id: $id) {\n      ...LogicalServerFields\n    }\n  }\n"): (typeof documents)["\n  query LogicalServer($id: ID!) {\n    logicalServer(id: $id) {\n      ...LogicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogicalServerChoices {\n    physicalServers {\n      id\n      name\n    }\n    serverGroups {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query LogicalServerChoices {\n    physicalServers {\n      id\n      name\n    }\n    serverGroups {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerChoices($kind: ServerKind) {\n    logicalServers(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ServerChoices($kind: ServerKind) {\n    logicalServers(kind: $kind) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLogicalServer($input: CreateLogicalServerInput!) {\n    createLogicalServer(input: $input) {\n      ...LogicalServerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLogicalServer($input: CreateLogicalServerInput!) {\n    createLogicalServer(input: $input) {\n      ...LogicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLogicalServer($id: ID!, $input: UpdateLogicalServerInput!) {\n    updateLogicalServer(id: $id, input: $input) {\n      ...LogicalServerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLogicalServer($id: ID!, $input: UpdateLogicalServerInput!) {\n    updateLogicalServer(id: $id, input: $input) {\n      ...LogicalServerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLogicalServerEnabled($id: ID!, $enabled: Boolean!) {\n    setLogicalServerEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetLogicalServerEnabled($id: ID!, $enabled: Boolean!) {\n    setLogicalServerEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLogicalServer($id: ID!) {\n    deleteLogicalServer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteLogicalServer($id: ID!) {\n    deleteLogicalServer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResyncLogicalServer($id: ID!) {\n    resyncLogicalServer(id: $id) {\n      checkedAt\n      missing\n      different\n      unknown\n      queued\n    }\n  }\n"): (typeof documents)["\n  mutation ResyncLogicalServer($id: ID!) {\n    resyncLogicalServer(id: $id) {\n      checkedAt\n      missing\n      different\n      unknown\n      queued\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerGroups($kind: ServerKind) {\n    serverGroups(kind: $kind) {\n      id\n      name\n      kind\n      policy\n      isDefault\n      createdAt\n      members {\n        id\n        name\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServerGroups($kind: ServerKind) {\n    serverGroups(kind: $kind) {\n      id\n      name\n      kind\n      policy\n      isDefault\n      createdAt\n      members {\n        id\n        name\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServerGroup($input: ServerGroupInput!) {\n    createServerGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServerGroup($input: ServerGroupInput!) {\n    createServerGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServerGroup($id: ID!, $input: UpdateServerGroupInput!) {\n    updateServerGroup(id: $id, input: $input) {\n      id\n      name\n      policy\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServerGroup($id: ID!, $input: UpdateServerGroupInput!) {\n    updateServerGroup(id: $id, input: $input) {\n      id\n      name\n      policy\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteServerGroup($id: ID!) {\n    deleteServerGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteServerGroup($id: ID!) {\n    deleteServerGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IpAddresses($first: Int!, $after: String, $search: String, $serverId: ID, $kind: IpKind, $free: Boolean) {\n    ipAddresses(first: $first, after: $after, search: $search, serverId: $serverId, kind: $kind, free: $free) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        address\n        kind\n        allocatedAt\n        createdAt\n        server {\n          id\n          name\n        }\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IpAddresses($first: Int!, $after: String, $search: String, $serverId: ID, $kind: IpKind, $free: Boolean) {\n    ipAddresses(first: $first, after: $after, search: $search, serverId: $serverId, kind: $kind, free: $free) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        address\n        kind\n        allocatedAt\n        createdAt\n        server {\n          id\n          name\n        }\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIpAddresses($input: AddIpAddressesInput!) {\n    addIpAddresses(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddIpAddresses($input: AddIpAddressesInput!) {\n    addIpAddresses(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateIp($accountId: ID!, $serverId: ID!) {\n    allocateIp(accountId: $accountId, serverId: $serverId) {\n      id\n      address\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateIp($accountId: ID!, $serverId: ID!) {\n    allocateIp(accountId: $accountId, serverId: $serverId) {\n      id\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseIp($id: ID!) {\n    releaseIp(id: $id) {\n      id\n      address\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseIp($id: ID!) {\n    releaseIp(id: $id) {\n      id\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIpAddress($id: ID!) {\n    deleteIpAddress(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteIpAddress($id: ID!) {\n    deleteIpAddress(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSettings($resellerId: ID!) {\n    reseller(id: $resellerId) {\n      id\n      currency\n      paymentTermDays\n      reminderDays\n      suspendAfterDays\n      autoChargeDaysBefore\n      autoChargeAttempts\n    }\n  }\n"): (typeof documents)["\n  query BillingSettings($resellerId: ID!) {\n    reseller(id: $resellerId) {\n      id\n      currency\n      paymentTermDays\n      reminderDays\n      suspendAfterDays\n      autoChargeDaysBefore\n      autoChargeAttempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBillingSettings($input: BillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      id\n      paymentTermDays\n      reminderDays\n      suspendAfterDays\n      autoChargeDaysBefore\n      autoChargeAttempts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBillingSettings($input: BillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      id\n      paymentTermDays\n      reminderDays\n      suspendAfterDays\n      autoChargeDaysBefore\n      autoChargeAttempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxRates {\n    taxRates {\n      id\n      name\n      ratePercent\n      validFrom\n    }\n  }\n"): (typeof documents)["\n  query TaxRates {\n    taxRates {\n      id\n      name\n      ratePercent\n      validFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaxRate($input: TaxRateInput!) {\n    addTaxRate(input: $input) {\n      id\n      name\n      validFrom\n    }\n  }\n"): (typeof documents)["\n  mutation AddTaxRate($input: TaxRateInput!) {\n    addTaxRate(input: $input) {\n      id\n      name\n      validFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailTemplates {\n    mailTemplates {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query MailTemplates {\n    mailTemplates {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMailTemplate($input: MailTemplateInput!) {\n    previewMailTemplate(input: $input) {\n      subject\n      body\n      from\n      replyTo\n    }\n  }\n"): (typeof documents)["\n  query PreviewMailTemplate($input: MailTemplateInput!) {\n    previewMailTemplate(input: $input) {\n      subject\n      body\n      from\n      replyTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMailTemplate($input: MailTemplateInput!) {\n    saveMailTemplate(input: $input) {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMailTemplate($input: MailTemplateInput!) {\n    saveMailTemplate(input: $input) {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetMailTemplate($event: MailEvent!, $language: Language!) {\n    resetMailTemplate(event: $event, language: $language) {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResetMailTemplate($event: MailEvent!, $language: Language!) {\n    resetMailTemplate(event: $event, language: $language) {\n      event\n      language\n      subject\n      body\n      overridden\n      placeholders\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailSender {\n    mailSender {\n      senderName\n      senderAddress\n      effectiveName\n      effectiveAddress\n      replyTo\n    }\n  }\n"): (typeof documents)["\n  query MailSender {\n    mailSender {\n      senderName\n      senderAddress\n      effectiveName\n      effectiveAddress\n      replyTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailSender($input: MailSenderInput!) {\n    updateMailSender(input: $input) {\n      senderName\n      senderAddress\n      effectiveName\n      effectiveAddress\n      replyTo\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMailSender($input: MailSenderInput!) {\n    updateMailSender(input: $input) {\n      senderName\n      senderAddress\n      effectiveName\n      effectiveAddress\n      replyTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentGatewayFields on PaymentGateway {\n    id\n    kind\n    name\n    currencies\n    enabled\n    testMode\n    baseUrl\n    merchantAccount\n    credentialsSet\n    methods\n    notifyPath\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PaymentGatewayFields on PaymentGateway {\n    id\n    kind\n    name\n    currencies\n    enabled\n    testMode\n    baseUrl\n    merchantAccount\n    credentialsSet\n    methods\n    notifyPath\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentGateways {\n    paymentGateways {\n      ...PaymentGatewayFields\n    }\n  }\n"): (typeof documents)["\n  query PaymentGateways {\n    paymentGateways {\n      ...PaymentGatewayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePaymentGateway($input: PaymentGatewayInput!) {\n    createPaymentGateway(input: $input) {\n      ...PaymentGatewayFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePaymentGateway($input: PaymentGatewayInput!) {\n    createPaymentGateway(input: $input) {\n      ...PaymentGatewayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePaymentGateway($id: ID!, $input: PaymentGatewayInput!) {\n    updatePaymentGateway(id: $id, input: $input) {\n      ...PaymentGatewayFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePaymentGateway($id: ID!, $input: PaymentGatewayInput!) {\n    updatePaymentGateway(id: $id, input: $input) {\n      ...PaymentGatewayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePaymentGateway($id: ID!) {\n    deletePaymentGateway(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePaymentGateway($id: ID!) {\n    deletePaymentGateway(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyDetailsFields on Reseller {\n    legalName\n    address\n    taxId\n    supportEmail\n    supportPhone\n  }\n"): (typeof documents)["\n  fragment CompanyDetailsFields on Reseller {\n    legalName\n    address\n    taxId\n    supportEmail\n    supportPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDetails($id: ID!) {\n    reseller(id: $id) {\n      id\n      productCredit\n      ...CompanyDetailsFields\n    }\n  }\n"): (typeof documents)["\n  query CompanyDetails($id: ID!) {\n    reseller(id: $id) {\n      id\n      productCredit\n      ...CompanyDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {\n    updateResellerSettings(input: $input) {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      productCredit\n      ...CompanyDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResellerSettings($input: ResellerSettingsInput!) {\n    updateResellerSettings(input: $input) {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      productCredit\n      ...CompanyDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DnsSettings {\n    dnsSettings {\n      serviceDomain\n      nameServers\n    }\n  }\n"): (typeof documents)["\n  query DnsSettings {\n    dnsSettings {\n      serviceDomain\n      nameServers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceDomain($serviceDomain: String!) {\n    setServiceDomain(serviceDomain: $serviceDomain) {\n      serviceDomain\n      nameServers\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceDomain($serviceDomain: String!) {\n    setServiceDomain(serviceDomain: $serviceDomain) {\n      serviceDomain\n      nameServers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanOfferFields on Plan {\n    id\n    name\n    description\n    signupEnabled\n    moderated\n    setupFee {\n      ...MoneyFields\n    }\n    periods {\n      months\n      discountPercent\n      price {\n        ...MoneyFields\n      }\n    }\n    resources {\n      kind\n      maxUnits\n      freeUnits\n      setupFee {\n        ...MoneyFields\n      }\n      usagePrice {\n        ...MoneyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanOfferFields on Plan {\n    id\n    name\n    description\n    signupEnabled\n    moderated\n    setupFee {\n      ...MoneyFields\n    }\n    periods {\n      months\n      discountPercent\n      price {\n        ...MoneyFields\n      }\n    }\n    resources {\n      kind\n      maxUnits\n      freeUnits\n      setupFee {\n        ...MoneyFields\n      }\n      usagePrice {\n        ...MoneyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignupQuoteFields on PlanPeriodView {\n    months\n      setupFees {\n        ...MoneyFields\n      }\n      firstInvoice {\n        ...MoneyFields\n      }\n      firstInvoiceTax {\n        name\n        percent\n        amount {\n          ...MoneyFields\n        }\n      }\n      firstInvoiceTotal {\n        ...MoneyFields\n      }\n  }\n"): (typeof documents)["\n  fragment SignupQuoteFields on PlanPeriodView {\n    months\n      setupFees {\n        ...MoneyFields\n      }\n      firstInvoice {\n        ...MoneyFields\n      }\n      firstInvoiceTax {\n        name\n        percent\n        amount {\n          ...MoneyFields\n        }\n      }\n      firstInvoiceTotal {\n        ...MoneyFields\n      }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignupPlans {\n    signupPlans {\n      ...PlanOfferFields\n      periods {\n        ...SignupQuoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignupPlans {\n    signupPlans {\n      ...PlanOfferFields\n      periods {\n        ...SignupQuoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Signup($input: SignupInput!) {\n    signup(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketListFields on Ticket {\n    id\n    number\n    subject\n    category\n    priority\n    state\n    dueAt\n    overdue\n    lastMessageAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TicketListFields on Ticket {\n    id\n    number\n    subject\n    category\n    priority\n    state\n    dueAt\n    overdue\n    lastMessageAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketMessageFields on TicketMessage {\n    id\n    body\n    internal\n    fromStaff\n    viaMail\n    authorName\n    createdAt\n    attachments {\n      id\n      fileName\n      contentType\n      size\n    }\n  }\n"): (typeof documents)["\n  fragment TicketMessageFields on TicketMessage {\n    id\n    body\n    internal\n    fromStaff\n    viaMail\n    authorName\n    createdAt\n    attachments {\n      id\n      fileName\n      contentType\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets($state: TicketState, $after: String, $first: Int!) {\n    tickets(state: $state, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TicketListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTickets($state: TicketState, $after: String, $first: Int!) {\n    tickets(state: $state, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TicketListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketListFields\n      accountId\n      domainId\n      databaseId\n      invoiceId\n      mergedIntoId\n      firstResponseDueAt\n      resolutionDueAt\n      closedAt\n      assignee {\n        id\n        login\n      }\n      messages {\n        ...TicketMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketListFields\n      accountId\n      domainId\n      databaseId\n      invoiceId\n      mergedIntoId\n      firstResponseDueAt\n      resolutionDueAt\n      closedAt\n      assignee {\n        id\n        login\n      }\n      messages {\n        ...TicketMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketRelated {\n    domains {\n      id\n      name\n    }\n    mysqlDatabases {\n      id\n      name\n    }\n    invoices(first: 50) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketRelated {\n    domains {\n      id\n      name\n    }\n    mysqlDatabases {\n      id\n      name\n    }\n    invoices(first: 50) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketListFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenTicket($input: OpenTicketInput!) {\n    openTicket(input: $input) {\n      ...TicketListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToTicket($id: ID!, $input: TicketReplyInput!) {\n    replyToTicket(id: $id, input: $input) {\n      ...TicketMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToTicket($id: ID!, $input: TicketReplyInput!) {\n    replyToTicket(id: $id, input: $input) {\n      ...TicketMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTicket($id: ID!) {\n    closeTicket(id: $id) {\n      id\n      state\n      closedAt\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseTicket($id: ID!) {\n    closeTicket(id: $id) {\n      id\n      state\n      closedAt\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketAttachment($id: ID!) {\n    ticketAttachment(id: $id) {\n      fileName\n      contentType\n      data\n    }\n  }\n"): (typeof documents)["\n  query TicketAttachment($id: ID!) {\n    ticketAttachment(id: $id) {\n      fileName\n      contentType\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportQueue(\n    $state: TicketState\n    $priority: TicketPriority\n    $assigneeId: ID\n    $unassigned: Boolean\n    $first: Int!\n    $offset: Int!\n  ) {\n    supportQueue(\n      state: $state\n      priority: $priority\n      assigneeId: $assigneeId\n      unassigned: $unassigned\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        ...TicketListFields\n        accountId\n        assignee {\n          id\n          login\n        }\n      }\n    }\n    supportStaff {\n      id\n      login\n    }\n  }\n"): (typeof documents)["\n  query SupportQueue(\n    $state: TicketState\n    $priority: TicketPriority\n    $assigneeId: ID\n    $unassigned: Boolean\n    $first: Int!\n    $offset: Int!\n  ) {\n    supportQueue(\n      state: $state\n      priority: $priority\n      assigneeId: $assigneeId\n      unassigned: $unassigned\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      nodes {\n        ...TicketListFields\n        accountId\n        assignee {\n          id\n          login\n        }\n      }\n    }\n    supportStaff {\n      id\n      login\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTools {\n    supportStaff {\n      id\n      login\n    }\n    cannedReplies {\n      id\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  query StaffTools {\n    supportStaff {\n      id\n      login\n    }\n    cannedReplies {\n      id\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTicketState($id: ID!, $state: TicketState!) {\n    setTicketState(id: $id, state: $state) {\n      id\n      state\n      closedAt\n      dueAt\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation SetTicketState($id: ID!, $state: TicketState!) {\n    setTicketState(id: $id, state: $state) {\n      id\n      state\n      closedAt\n      dueAt\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($id: ID!, $assigneeId: ID) {\n    assignTicket(id: $id, assigneeId: $assigneeId) {\n      id\n      assignee {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($id: ID!, $assigneeId: ID) {\n    assignTicket(id: $id, assigneeId: $assigneeId) {\n      id\n      assignee {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTickets($fromId: ID!, $intoId: ID!) {\n    mergeTickets(fromId: $fromId, intoId: $intoId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTickets($fromId: ID!, $intoId: ID!) {\n    mergeTickets(fromId: $fromId, intoId: $intoId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedReplies {\n    cannedReplies {\n      id\n      title\n      body\n    }\n    supportTargets {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n"): (typeof documents)["\n  query CannedReplies {\n    cannedReplies {\n      id\n      title\n      body\n    }\n    supportTargets {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCannedReply($input: CannedReplyInput!) {\n    createCannedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCannedReply($input: CannedReplyInput!) {\n    createCannedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCannedReply($id: ID!, $input: CannedReplyInput!) {\n    updateCannedReply(id: $id, input: $input) {\n      id\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCannedReply($id: ID!, $input: CannedReplyInput!) {\n    updateCannedReply(id: $id, input: $input) {\n      id\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCannedReply($id: ID!) {\n    deleteCannedReply(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCannedReply($id: ID!) {\n    deleteCannedReply(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupportTargets($targets: [SupportTargetInput!]!) {\n    setSupportTargets(targets: $targets) {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation SetSupportTargets($targets: [SupportTargetInput!]!) {\n    setSupportTargets(targets: $targets) {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    kind\n    state\n    subject\n    attempts\n    maxAttempts\n    runAfter\n    lastError\n    createdAt\n    startedAt\n    finishedAt\n    server {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TaskFields on Task {\n    id\n    kind\n    state\n    subject\n    attempts\n    maxAttempts\n    runAfter\n    lastError\n    createdAt\n    startedAt\n    finishedAt\n    server {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tasks($first: Int!, $after: String, $search: String, $state: TaskState, $serverId: ID, $accountId: ID) {\n    tasks(first: $first, after: $after, search: $search, state: $state, serverId: $serverId, accountId: $accountId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tasks($first: Int!, $after: String, $search: String, $state: TaskState, $serverId: ID, $accountId: ID) {\n    tasks(first: $first, after: $after, search: $search, state: $state, serverId: $serverId, accountId: $accountId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...TaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryTask($id: ID!) {\n    retryTask(id: $id) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryTask($id: ID!) {\n    retryTask(id: $id) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTask($id: ID!) {\n    cancelTask(id: $id) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTask($id: ID!) {\n    cancelTask(id: $id) {\n      ...TaskFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query StaffLogins {\n    staffLogins {\n      id\n      login\n      email\n      disabledAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query StaffLogins {\n    staffLogins {\n      id\n      login\n      email\n      disabledAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffLogin($input: CreateStaffLoginInput!) {\n    createStaffLogin(input: $input) {\n      id\n      login\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffLogin($input: CreateStaffLoginInput!) {\n    createStaffLogin(input: $input) {\n      id\n      login\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffLoginDisabled($id: ID!, $disabled: Boolean!) {\n    setStaffLoginDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffLoginDisabled($id: ID!, $disabled: Boolean!) {\n    setStaffLoginDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserAccountHosting($accountId: ID!) {\n    domains(accountId: $accountId) {\n      id\n      name\n      unicodeName\n      kind\n      state\n      site {\n        id\n        state\n        serverNames\n      }\n    }\n    mysqlDatabases(accountId: $accountId) {\n      id\n      name\n      state\n    }\n  }\n"): (typeof documents)["\n  query UserAccountHosting($accountId: ID!) {\n    domains(accountId: $accountId) {\n      id\n      name\n      unicodeName\n      kind\n      state\n      site {\n        id\n        state\n        serverNames\n      }\n    }\n    mysqlDatabases(accountId: $accountId) {\n      id\n      name\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookFields on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookFields on Webhook {\n    id\n    url\n    events\n    enabled\n    description\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    attempt\n    ok\n    statusCode\n    durationMs\n    error\n    response\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    attempt\n    ok\n    statusCode\n    durationMs\n    error\n    response\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($webhookId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      ...WebhookFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      ...WebhookFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      eventId\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      eventId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookPolicy {\n    webhookPolicy {\n      allowPrivateTargets\n    }\n  }\n"): (typeof documents)["\n  query WebhookPolicy {\n    webhookPolicy {\n      allowPrivateTargets\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWebhookPolicy($allowPrivateTargets: Boolean!) {\n    setWebhookPolicy(allowPrivateTargets: $allowPrivateTargets) {\n      allowPrivateTargets\n    }\n  }\n"): (typeof documents)["\n  mutation SetWebhookPolicy($allowPrivateTargets: Boolean!) {\n    setWebhookPolicy(allowPrivateTargets: $allowPrivateTargets) {\n      allowPrivateTargets\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpersonateUser($userId: ID!) {\n    impersonateUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ImpersonateUser($userId: ID!) {\n    impersonateUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemImpersonation($token: String!) {\n    redeemImpersonation(token: $token) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemImpersonation($token: String!) {\n    redeemImpersonation(token: $token) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndImpersonation {\n    endImpersonation\n  }\n"): (typeof documents)["\n  mutation EndImpersonation {\n    endImpersonation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      login\n      email\n      emailVerifiedAt\n    }\n    reseller {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      isRoot\n    }\n    preferences {\n      skin\n      textOnly\n      language\n      skinChosen\n      canChooseSkin\n      canChooseLanguage\n    }\n    activeAccount {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n    accounts {\n      id\n      name\n      status\n    }\n    impersonator {\n      login\n      returnUrl\n    }\n    twoFactor {\n      enrolmentRequired\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      login\n      email\n      emailVerifiedAt\n    }\n    reseller {\n      id\n      name\n      defaultSkin\n      defaultLanguage\n      isRoot\n    }\n    preferences {\n      skin\n      textOnly\n      language\n      skinChosen\n      canChooseSkin\n      canChooseLanguage\n    }\n    activeAccount {\n      id\n      name\n      status\n      suspendedReason\n      createdAt\n    }\n    accounts {\n      id\n      name\n      status\n    }\n    impersonator {\n      login\n      returnUrl\n    }\n    twoFactor {\n      enrolmentRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeFields on Theme {\n    name\n    version\n    draft\n    logoUrl\n    faviconUrl\n    cssVariables {\n      name\n      value\n    }\n    settings {\n      texts {\n        language\n        key\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThemeFields on Theme {\n    name\n    version\n    draft\n    logoUrl\n    faviconUrl\n    cssVariables {\n      name\n      value\n    }\n    settings {\n      texts {\n        language\n        key\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session($preview: Boolean! = false) {\n    branding {\n      companyName\n      defaultSkin\n      defaultLanguage\n      needsSetup\n      suspended\n      productCredit\n      usersChooseSkin\n      usersChooseLanguage\n      theme(preview: $preview) {\n        ...ThemeFields\n      }\n    }\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Session($preview: Boolean! = false) {\n    branding {\n      companyName\n      defaultSkin\n      defaultLanguage\n      needsSetup\n      suspended\n      productCredit\n      usersChooseSkin\n      usersChooseLanguage\n      theme(preview: $preview) {\n        ...ThemeFields\n      }\n    }\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
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