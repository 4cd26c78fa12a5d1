/** A company's details (RES-1), every one optional; the API names a bad one under its own field. */
export const COMPANY_DETAIL_KEYS = ['legalName', 'address', 'taxId', 'supportEmail', 'supportPhone'] as const;

export type CompanyDetailKey = (typeof COMPANY_DETAIL_KEYS)[number];

/** The details as a form holds them: text, empty for none. Sent as they are: an empty one clears the detail. */
export type CompanyDetails = Record<CompanyDetailKey, string>;

/** A company's details (null or missing: none) as form values. */
export function companyDetailsOf(
  company: { [K in CompanyDetailKey]?: string | null } | null | undefined,
): CompanyDetails {
  return Object.fromEntries(COMPANY_DETAIL_KEYS.map((k) => [k, company?.[k] ?? ''])) as CompanyDetails;
}
