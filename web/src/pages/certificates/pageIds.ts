export const CERTIFICATES_PATH = '/admin/certificates';
/** The company's own certificates (panel, wildcard, mail) and, for the master admin, the ACME authority. */
export const COMPANY_CERTIFICATES_PATH = `${CERTIFICATES_PATH}/company`;
