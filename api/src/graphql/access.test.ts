import { isNonNullType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import type { GqlClient } from '../test/client';
import { createEndUser, createReseller, createStaff, setupMaster } from '../test/factories';
import { callOf, operations, type Op } from '../test/schema-calls';

describe('deny by default: every operation declares who may call it', () => {
  it('every Query and Mutation field has an access level', () => {
    const undeclared = operations().filter(
      (op) => !['public', 'signedIn', 'user', 'staff', 'admin', 'master'].includes(op.access as string),
    );
    expect(undeclared.map((op) => `${op.kind} ${op.field.name}`)).toEqual([]);
  });

  it('exactly branding, viewer, setup, login, the signup page, the use of a “log in as” link, the mailed links (password reset, e-mail verification) and the knowledge base’s reading are public', () => {
    const pub = operations()
      .filter((op) => op.access === 'public')
      .map((op) => op.field.name)
      .sort();
    // redeemImpersonation: the admin's browser has no session yet on the customer's panel; the one-time token is the credential.
    // requestPasswordReset, resetPassword, verifyEmail: whoever forgot their password has no session; the mailed token is the credential.
    // kb*: a company's public knowledge base is read without signing in; the service refuses when the company did not make it public.
    // secondFactorPasskeyOptions, verifySecondFactor: the second step of signing in, before any session; the pending sign-in's HttpOnly cookie is the credential.
    expect(pub).toEqual([
      'branding',
      'kbArticle',
      'kbArticles',
      'kbCategories',
      'kbIsPublic',
      'kbSearch',
      'login',
      'redeemImpersonation',
      'requestPasswordReset',
      'resetPassword',
      'secondFactorPasskeyOptions',
      'setup',
      'signup',
      'signupPlans',
      'verifyEmail',
      'verifySecondFactor',
      'viewer',
    ]);
  });

  it('the access table is as reviewed (update it deliberately when adding an operation)', () => {
    const table = Object.fromEntries(operations().map((op) => [`${op.kind} ${op.field.name}`, op.access]));
    expect(table).toEqual({
      'query account': 'user',
      'query acmeSettings': 'master',
      'query certificate': 'user',
      'query certificates': 'user',
      'mutation certificatePrivateKey': 'user',
      'mutation deleteCertificate': 'user',
      'mutation issueCompanyCertificate': 'admin',
      'mutation issueSiteCertificate': 'user',
      'mutation reissueCertificate': 'user',
      'mutation requestSiteCertificate': 'user',
      'mutation setAcmeSettings': 'master',
      'mutation setSiteHttps': 'user',
      'mutation setSslPolicy': 'admin',
      'query tickets': 'signedIn',
      'query ticket': 'signedIn',
      'query searchTickets': 'signedIn',
      'query ticketAttachment': 'signedIn',
      'query supportQueue': 'staff',
      'query supportStaff': 'staff',
      'query cannedReplies': 'staff',
      'query supportTargets': 'staff',
      'mutation openTicket': 'user',
      'mutation replyToTicket': 'signedIn',
      'mutation closeTicket': 'signedIn',
      'mutation setTicketState': 'staff',
      'mutation assignTicket': 'staff',
      'mutation mergeTickets': 'staff',
      'mutation createCannedReply': 'staff',
      'mutation updateCannedReply': 'staff',
      'mutation deleteCannedReply': 'staff',
      'mutation setSupportTargets': 'admin',
      'mutation uploadCompanyCertificate': 'admin',
      'mutation uploadSiteCertificate': 'user',
      'query brandEditor': 'admin',
      'query brandExport': 'admin',
      'query brandGallery': 'admin',
      'mutation discardBrandDraft': 'admin',
      'mutation importBrand': 'admin',
      'mutation publishBrandDraft': 'admin',
      'mutation rollbackBrand': 'admin',
      'mutation saveBrandDraft': 'admin',
      'mutation uploadBrandImage': 'admin',
      'query accounts': 'admin',
      'query companyCertificates': 'admin',
      'query ipAddresses': 'master',
      'query logicalServer': 'master',
      'query logicalServers': 'master',
      'query physicalServer': 'master',
      'query physicalServers': 'master',
      'query serverGroups': 'master',
      'query branding': 'public',
      'query mysqlDatabases': 'user',
      'query domains': 'user',
      'query domain': 'user',
      'query dnsSettings': 'admin',
      'mutation addDomain': 'user',
      'mutation deleteDomain': 'user',
      'mutation addDnsRecord': 'user',
      'mutation updateDnsRecord': 'user',
      'mutation deleteDnsRecord': 'user',
      'mutation importZoneFile': 'user',
      'mutation setServiceDomain': 'admin',
      'query operatorAlerts': 'admin',
      'query firstRunChecklist': 'master',
      'mutation setUpSingleMachine': 'master',
      'query adminOverview': 'admin',
      'query recentTasks': 'user',
      'query usageHistory': 'user',
      'mutation dismissOperatorAlert': 'admin',
      'query mailTemplates': 'admin',
      'query previewMailTemplate': 'admin',
      'query mailSender': 'admin',
      'mutation saveMailTemplate': 'admin',
      'mutation resetMailTemplate': 'admin',
      'mutation updateMailSender': 'admin',
      'query jobTypes': 'signedIn',
      'mutation createJobType': 'admin',
      'mutation updateJobType': 'admin',
      'mutation deleteJobType': 'admin',
      'query customJobs': 'signedIn',
      'query customJob': 'signedIn',
      'mutation orderCustomJob': 'user',
      'mutation createCustomJob': 'staff',
      'mutation setCustomJobState': 'staff',
      'mutation cancelCustomJob': 'user',
      'mutation postCustomJobMessage': 'signedIn',
      'query accountBalance': 'user',
      'query ledgerCsv': 'admin',
      'query ledgerEntries': 'user',
      'mutation recordPayment': 'admin',
      'mutation addCredit': 'admin',
      'mutation refundPayment': 'admin',
      'query paymentGateways': 'admin',
      'mutation createPaymentGateway': 'admin',
      'mutation updatePaymentGateway': 'admin',
      'mutation deletePaymentGateway': 'admin',
      'query paymentSetup': 'user',
      'query payments': 'user',
      'query payment': 'user',
      'mutation saveCard': 'user',
      'mutation removeSavedCard': 'user',
      'mutation payInvoice': 'user',
      'mutation startRedirectPayment': 'user',
      'mutation cancelRedirectPayment': 'user',
      'mutation refundCardPayment': 'admin',
      'mutation resolveHeldPayment': 'admin',
      'query mysqlUsers': 'user',
      'query reseller': 'admin',
      'query resellers': 'master',
      'query sslPolicy': 'admin',
      'query staffLogins': 'admin',
      'query task': 'master',
      'query tasks': 'master',
      'query user': 'admin',
      'query users': 'admin',
      'query viewer': 'public',
      'mutation cancelTask': 'master',
      'mutation changePassword': 'signedIn',
      'mutation changeEmail': 'signedIn',
      'mutation resendVerificationEmail': 'signedIn',
      'mutation requestPasswordReset': 'public',
      'mutation resetPassword': 'public',
      'mutation verifyEmail': 'public',
      'mutation createAccount': 'admin',
      'mutation createMysqlDatabase': 'user',
      'mutation createMysqlUser': 'user',
      'mutation createReseller': 'master',
      'mutation createStaffLogin': 'admin',
      'mutation updateReseller': 'master',
      'mutation suspendReseller': 'master',
      'mutation resumeReseller': 'master',
      'mutation deleteReseller': 'master',
      'mutation setResellerPlan': 'master',
      'mutation impersonateUser': 'admin',
      'mutation redeemImpersonation': 'public',
      'mutation endImpersonation': 'user',
      'mutation createUser': 'admin',
      'mutation deleteMysqlDatabase': 'user',
      'mutation deleteMysqlUser': 'user',
      'mutation grantMysqlDatabase': 'user',
      'mutation login': 'public',
      'mutation logout': 'signedIn',
      'mutation refreshMysqlSizes': 'user',
      'mutation resetUserPassword': 'admin',
      'mutation resumeAccount': 'admin',
      'mutation retryTask': 'master',
      'mutation revokeMysqlDatabase': 'user',
      'mutation setMysqlUserPassword': 'user',
      'mutation setStaffLoginDisabled': 'admin',
      'mutation setup': 'public',
      'mutation suspendAccount': 'admin',
      'mutation switchAccount': 'user',
      'mutation updatePreferences': 'signedIn',
      'mutation startTotpEnrolment': 'signedIn',
      'mutation confirmTotpEnrolment': 'signedIn',
      'mutation disableTotp': 'signedIn',
      'mutation regenerateRecoveryCodes': 'signedIn',
      'mutation startPasskeyRegistration': 'signedIn',
      'mutation finishPasskeyRegistration': 'signedIn',
      'mutation removePasskey': 'signedIn',
      'mutation secondFactorPasskeyOptions': 'public',
      'mutation verifySecondFactor': 'public',
      'mutation setAdminsNeedTwoFactor': 'admin',
      'mutation resetUserTwoFactor': 'admin',
      'mutation updateResellerSettings': 'admin',
      'mutation addIpAddresses': 'master',
      'mutation allocateIp': 'master',
      'mutation createLogicalServer': 'master',
      'mutation createPhysicalServer': 'master',
      'mutation createServerGroup': 'master',
      'mutation deleteIpAddress': 'master',
      'mutation deleteLogicalServer': 'master',
      'mutation deletePhysicalServer': 'master',
      'mutation checkPhysicalServer': 'master',
      'mutation issuePhysicalServerKey': 'master',
      'mutation rotatePhysicalServerKey': 'master',
      'mutation revokePhysicalServerKey': 'master',
      'mutation forgetPhysicalServerHostKey': 'master',
      'mutation resyncLogicalServer': 'master',
      'mutation moveAccountSites': 'master',
      'mutation moveAccountZones': 'master',
      'mutation moveAccountDatabases': 'master',
      'mutation deleteServerGroup': 'master',
      'mutation releaseIp': 'master',
      'mutation setLogicalServerEnabled': 'master',
      'mutation updateLogicalServer': 'master',
      'mutation updatePhysicalServer': 'master',
      'mutation updateServerGroup': 'master',
      'query plans': 'user',
      'query plan': 'user',
      'query signupPlans': 'public',
      'mutation createPlan': 'admin',
      'mutation updatePlan': 'admin',
      'mutation deletePlan': 'admin',
      'query invoices': 'user',
      'query invoice': 'user',
      'query planChangeQuote': 'user',
      'query taxRates': 'admin',
      'query auditEvents': 'admin',
      'query billingProfile': 'user',
      'mutation voidInvoice': 'admin',
      'mutation changePlan': 'user',
      'mutation signup': 'public',
      'mutation addAccount': 'user',
      'mutation approveAccount': 'admin',
      'mutation rejectAccount': 'admin',
      'mutation addTaxRate': 'admin',
      'mutation updateBillingSettings': 'admin',
      'mutation recordUsage': 'admin',
      'mutation runBilling': 'master',
      'mutation updateBillingProfile': 'user',
      'query kbAdminArticle': 'staff',
      'query kbAdminArticles': 'staff',
      'query kbAdminCategories': 'staff',
      'query kbArticle': 'public',
      'query kbArticles': 'public',
      'query kbCategories': 'public',
      'query kbIsPublic': 'public',
      'query kbPreview': 'staff',
      'query kbSearch': 'public',
      'query kbSettings': 'staff',
      'query kbStats': 'staff',
      'query kbSuggestions': 'user',
      'mutation createKbArticle': 'staff',
      'mutation createKbCategory': 'staff',
      'mutation deleteKbArticle': 'staff',
      'mutation deleteKbCategory': 'staff',
      'mutation markArticleHelpful': 'user',
      'mutation publishKbArticle': 'staff',
      'mutation recordDeflection': 'user',
      'mutation setKbSettings': 'admin',
      'mutation unpublishKbArticle': 'staff',
      'mutation updateKbArticle': 'staff',
      'mutation updateKbCategory': 'staff',
      'query webhooks': 'user',
      'query webhook': 'user',
      'query webhookDeliveries': 'user',
      'query webhookPolicy': 'master',
      'mutation createWebhook': 'user',
      'mutation updateWebhook': 'user',
      'mutation deleteWebhook': 'user',
      'mutation rotateWebhookSecret': 'user',
      'mutation revealWebhookSecret': 'user',
      'mutation sendTestWebhook': 'user',
      'mutation setWebhookPolicy': 'master',
      'query apiTokens': 'signedIn',
      'query companyApiTokens': 'admin',
      'mutation createApiToken': 'signedIn',
      'mutation revokeApiToken': 'signedIn',
    });
  });
});

describeApi('deny by default: calls generated from the schema', (api) => {
  const guarded = operations().filter((op) => op.access !== 'public');
  let endUser: GqlClient;
  let resellerAdmin: GqlClient;
  let staff: GqlClient;

  beforeAll(async () => {
    const master = await setupMaster(api);
    resellerAdmin = await createReseller(master, api);
    endUser = await createEndUser(master, api);
    staff = await createStaff(resellerAdmin, api);
  });

  async function expectRefused(client: GqlClient, ops: Op[], code: string): Promise<void> {
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops) {
      const res = await client.gql(callOf(op));
      // A refused non-null field nulls the whole answer; a refused nullable one (billingProfile) is null itself.
      const data = isNonNullType(op.field.type) ? null : { [op.field.name]: null };
      expect({
        op: op.field.name,
        code: res.errors?.[0]?.extensions?.code,
        errors: res.errors?.length,
        data: res.data,
      }).toEqual({ op: op.field.name, code, errors: 1, data });
    }
  }

  it('anonymous calls to every non-public operation are UNAUTHENTICATED', async () => {
    await expectRefused(api.client(), guarded, 'UNAUTHENTICATED');
  });

  it('an end user calling a staff, admin or master operation is FORBIDDEN', async () => {
    await expectRefused(
      endUser,
      guarded.filter((op) => op.access === 'staff' || op.access === 'admin' || op.access === 'master'),
      'FORBIDDEN',
    );
  });

  it('a support staff login calling anything but its own session’s and the support desk’s operations is FORBIDDEN', async () => {
    await expectRefused(
      staff,
      guarded.filter((op) => op.access !== 'signedIn' && op.access !== 'staff'),
      'FORBIDDEN',
    );
  });

  it('a reseller admin calling a master operation is FORBIDDEN', async () => {
    await expectRefused(
      resellerAdmin,
      guarded.filter((op) => op.access === 'master'),
      'FORBIDDEN',
    );
  });

  it('the refused calls changed nothing: all are still signed in and the reseller’s users are unchanged', async () => {
    expect((await endUser.ok(`{ viewer { role } }`)).viewer.role).toBe('END_USER');
    expect((await staff.ok(`{ viewer { role } }`)).viewer.role).toBe('SUPPORT_STAFF');
    expect((await resellerAdmin.ok(`{ viewer { role } users { totalCount } }`)).users.totalCount).toBe(2); // itself and its staff login
  });
});
