/** The ways to give the second factor, when a login answered SECOND_FACTOR_REQUIRED; else null. */
export function secondFactorMethodsOf(error: unknown): string[] | null {
  const errors = (error as { graphQLErrors?: { extensions?: Record<string, unknown> | null }[] } | null)?.graphQLErrors;
  const ext = errors?.[0]?.extensions;
  if (ext?.code !== 'UNAUTHENTICATED' || ext.reason !== 'SECOND_FACTOR_REQUIRED') return null;
  return Array.isArray(ext.methods) ? ext.methods.filter((m): m is string => typeof m === 'string') : [];
}

/** The way offered first: the app's code, else a passkey, else a recovery code. */
export function firstMethod(methods: readonly string[]): string {
  return ['TOTP', 'PASSKEY', 'RECOVERY_CODE'].find((m) => methods.includes(m)) ?? 'TOTP';
}
