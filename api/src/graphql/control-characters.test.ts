import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/api';
import type { GqlClient } from '../test/client';
import { setupMaster } from '../test/factories';
import { dummyValue, literal, operations, selectionOf, type Op } from '../test/schema-calls';

type Path = (string | number)[];
/** Scalars whose values are text on the wire (everything but numbers and booleans). */
const isTextScalar = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  return isScalarType(named) && !['Int', 'Float', 'Boolean'].includes(named.name);
};

/** Every text position inside an argument's type: the argument itself, input fields (optional ones too) at any depth, list items. */
function textPositions(type: GraphQLInputType, path: Path, inside: string[] = []): { path: Path; scalar: string }[] {
  const t = getNullableType(type);
  if (isListType(t)) return textPositions(t.ofType, [...path, 0], inside);
  if (isInputObjectType(t)) {
    if (inside.includes(t.name)) return []; // a recursive input type: one level is enough
    return Object.values(t.getFields()).flatMap((f) => textPositions(f.type, [...path, f.name], [...inside, t.name]));
  }
  return isTextScalar(t) ? [{ path, scalar: getNamedType(t).name }] : [];
}

/** A well-formed value of `type` holding `bad` at `path` (required fields dummies, the optional ones on the way filled in). */
function valueWith(type: GraphQLInputType, path: Path, bad: string): unknown {
  if (isNonNullType(type)) return valueWith(type.ofType, path, bad);
  if (path.length === 0) return bad;
  const [step, ...rest] = path;
  if (isListType(type)) return [valueWith(type.ofType, rest, bad)];
  if (isInputObjectType(type)) {
    return { ...(dummyValue(type) as object), [step!]: valueWith(type.getFields()[step as string]!.type, rest, bad) };
  }
  throw new Error(`no way to ${String(step)} inside ${String(type)}`);
}

/** Fields are named as forms know them (and as zod names them): the path inside `input`, or the argument itself. */
const fieldOf = (path: Path) => (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');

type Case = { op: Op; arg: GraphQLArgument; path: Path; scalar: string };

function cases(): Case[] {
  return operations().flatMap((op) =>
    op.field.args.flatMap((arg) =>
      textPositions(arg.type, []).map((p) => ({ op, arg, path: [arg.name, ...p.path], scalar: p.scalar })),
    ),
  );
}

/** The call for one case: required arguments as dummies, the case's argument carrying `bad`; through variables or as literals. */
function call(
  c: Case,
  bad: string,
  mode: 'variables' | 'literal',
): { query: string; variables: Record<string, unknown> } {
  const args = c.op.field.args.filter((a) => a === c.arg || (isNonNullType(a.type) && a.defaultValue === undefined));
  const values = args.map((a) => (a === c.arg ? valueWith(a.type, c.path.slice(1), bad) : dummyValue(a.type)));
  if (mode === 'literal') {
    const argText = args.map((a, i) => `${a.name}: ${literal(values[i], a.type)}`).join(', ');
    return { query: `${c.op.kind} { ${c.op.field.name}(${argText})${selectionOf(c.op)} }`, variables: {} };
  }
  const defs = args.map((a, i) => `$v${i}: ${String(a.type)}`).join(', ');
  const argText = args.map((a, i) => `${a.name}: $v${i}`).join(', ');
  return {
    query: `${c.op.kind}(${defs}) { ${c.op.field.name}(${argText})${selectionOf(c.op)} }`,
    variables: Object.fromEntries(values.map((v, i) => [`v${i}`, v])),
  };
}

describeApi('control characters in any text argument are refused at the edge, naming the field', (api) => {
  let master: GqlClient;
  let anonymous: GqlClient;

  beforeAll(async () => {
    master = await setupMaster(api);
    anonymous = api.client();
  });

  it('a NUL in every text argument of every query and mutation (variables and literals): BAD_USER_INPUT naming it, never an internal error', async () => {
    const all = cases();
    // The schema has text arguments in most operations; a much shorter list means the walk broke.
    expect(all.length).toBeGreaterThan(150);
    expect(new Set(all.map((c) => c.op.field.name))).toContain('login');
    const internal: string[] = [];
    const wrong: unknown[] = [];
    const one = async (c: (typeof all)[number]) => {
      const client = c.op.access === 'public' ? anonymous : master;
      // Custom scalars (DateTimeISO) are parsed during validation: a literal is refused there already.
      const modes =
        c.scalar === 'String' || c.scalar === 'ID' ? (['variables', 'literal'] as const) : (['variables'] as const);
      for (const mode of modes) {
        const { query, variables } = call(c, `x\u0000${c.path.join('.')}' or '1'='1`, mode);
        const res = await client.gql(query, variables);
        const err = res.errors?.[0];
        const what = `${c.op.kind} ${c.op.field.name} ${c.path.join('.')} (${mode})`;
        if (err?.extensions?.code === 'INTERNAL_SERVER_ERROR') internal.push(what);
        const seen = { what, code: err?.extensions?.code, fields: err?.extensions?.fields?.map((f) => f.field) };
        const want = { what, code: 'BAD_USER_INPUT', fields: [fieldOf(c.path)] };
        if (JSON.stringify(seen) !== JSON.stringify(want)) wrong.push(seen);
      }
    };
    // A few at a time: every call is refused at the edge, so none waits for another's writes.
    for (let i = 0; i < all.length; i += 8) await Promise.all(all.slice(i, i + 8).map(one));
    expect(internal).toEqual([]);
    expect(wrong).toEqual([]);
    // Nothing ran: the master is still signed in with the same password, and nothing was created.
    expect((await master.ok(`{ viewer { role } users { totalCount } }`)).users.totalCount).toBe(1);
  }, 120_000);

  it('other C0 controls are refused too; tab and line breaks pass on to the operation (multi-line text)', async () => {
    const LOGIN = `mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { user { id } } }`;
    for (const c of ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f']) {
      const err = await anonymous.fails(LOGIN, { l: 'someone', p: `pass${c}word` });
      expect({ c, code: err.extensions?.code, fields: err.extensions?.fields }).toEqual({
        c,
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'password', message: expect.stringContaining('control characters') }],
      });
    }
    // Tab, LF and CR reach the operation: here a zone import for a domain that does not exist.
    const text = '@ 3600 IN TXT "a\tb"\r\nwww 3600 IN A 192.0.2.1\n';
    const notFound = await master.fails(
      `mutation($t: String!) { importZoneFile(domainId: "999999", text: $t) { added { id } } }`,
      { t: text },
    );
    expect(notFound.extensions?.code).toBe('NOT_FOUND');
  });

  it('strings reached through fragments, variable defaults and lists are checked as well', async () => {
    const viaFragment = await master.fails(
      `query { ...F } fragment F on Query { users(search: "a\\u0000b") { totalCount } }`,
    );
    expect([viaFragment.extensions?.code, viaFragment.extensions?.fields?.map((f) => f.field)]).toEqual([
      'BAD_USER_INPUT',
      ['search'],
    ]);
    const viaDefault = await master.fails(`query($s: String = "a\\u0000b") { users(search: $s) { totalCount } }`);
    expect([viaDefault.extensions?.code, viaDefault.extensions?.fields?.map((f) => f.field)]).toEqual([
      'BAD_USER_INPUT',
      ['search'],
    ]);
    expect(viaDefault.status).toBe(400);
  });
});
