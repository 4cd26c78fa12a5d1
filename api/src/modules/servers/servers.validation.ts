import { z } from 'zod';
import { badInput, DomainError, validate, type FieldError } from '../../errors';
import { canonicalIp } from '../../ip';

/** The canonical text of an IP address (compressed lowercase IPv6), or null: defined in the core (src/ip.ts). */
export { canonicalIp };

/** Names of physical servers, logical servers and groups: short, lowercase, safe in file names and logs. */
export const serverNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(
    /^[a-z0-9][a-z0-9.-]*$/,
    'may contain only lowercase letters, digits, dots and dashes, starting with a letter or digit',
  );

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** An IPv4/IPv6 address (canonicalized) or a host name (lowercased). */
export const hostSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .transform((v, ctx) => {
    const ip = canonicalIp(v);
    if (ip) return ip;
    const host = v.toLowerCase();
    if (HOST_NAME.test(host) && !/^[0-9.]+$/.test(host)) return host;
    ctx.addIssue({ code: 'custom', message: 'must be an IPv4/IPv6 address or a host name such as db1.example.com' });
    return z.NEVER;
  });

/** An ID inside an input object; validated with the other fields so every wrong field is named at once. */
export const idSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, 'must be a positive numeric ID')
  .transform(Number)
  .refine(Number.isSafeInteger, 'must be a positive numeric ID');

export const notesSchema = z
  .string()
  .trim()
  .max(4000, 'must be at most 4000 characters')
  .transform((v) => (v === '' ? null : v));

export const portSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

/** A login on the managed server (MySQL allows 80 characters; no spaces or control characters). */
export const driverUserSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .regex(/^[^\s\u0000-\u001f\u007f]+$/, 'must not contain spaces or control characters');

/** The host part of the MySQL users a server creates: '%', 'localhost', an address, or a pattern like 10.0.%. */
export const userHostSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^[A-Za-z0-9.:%_-]+$/, "must be '%', a host name, an address, or a pattern such as 10.0.%");

export const driverPasswordSchema = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const maxAccountsSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1_000_000, 'must be at most 1000000');
export const maxDiskMbSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(2_147_483_647, 'must be at most 2147483647');
export const maxTasksSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(100, 'must be at most 100');

/**
 * validate() plus rules that span fields (checked on the raw input by the caller), reported
 * together so a form shows every wrong field at once.
 */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown, crossField: FieldError[]): z.output<S> {
  let fields: FieldError[] = [];
  let parsed: z.output<S> | undefined;
  try {
    parsed = validate(schema, input);
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'BAD_USER_INPUT') throw err;
    fields = [...((err.extensions.fields as FieldError[] | undefined) ?? [])];
  }
  for (const f of crossField) if (!fields.some((g) => g.field === f.field)) fields.push(f);
  if (fields.length) throw badInput(fields);
  return parsed as z.output<S>;
}

/** An absolute folder path on the managed machine: no relative parts, no control characters or quotes (it goes into config files). */
export const absolutePathSchema = z
  .string()
  .trim()
  .max(1024, 'must be at most 1024 characters')
  .regex(
    /^\/[^\u0000-\u001f\u007f"'`;{}$\\]*$/,
    'must be an absolute path (starting with /) without quotes, semicolons, braces, dollar signs or control characters',
  )
  .refine((v) => !v.split('/').includes('..'), 'must not contain ".." parts');

/** A command line the driver runs without a shell (split on spaces), e.g. `rndc -s 127.0.0.1 -p 953`. */
export const controlCommandSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(1024, 'must be at most 1024 characters')
  .regex(
    /^[A-Za-z0-9_./:=@+,-]+( +[A-Za-z0-9_./:=@+,-]+)*$/,
    'must be a program and its arguments separated by spaces, using letters, digits and _ . / : = @ + , - only',
  );

/** A fully qualified host name (lowercase ASCII), e.g. ns1.example-host.com. */
export const hostNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, 'must be at most 253 characters')
  .regex(HOST_NAME, 'must be a host name such as ns1.example-host.com')
  .refine(
    (v) => v.includes('.') && !/^[0-9.]+$/.test(v),
    'must be a fully qualified host name such as ns1.example-host.com',
  );
