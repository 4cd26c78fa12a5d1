import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** `graphql(`…`)` as the operation files write it: one template literal, nothing interpolated. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/**
 * The generated documents by their source text: gql.ts maps each source (a JSON string key) to the
 * name of its document, and graphql.ts holds each document as one line of JSON.
 */
function readDocuments(generated: string): Map<string, string> {
  const gql = fs.readFileSync(path.join(generated, 'gql.ts'), 'utf8');
  const graphqlTs = fs.readFileSync(path.join(generated, 'graphql.ts'), 'utf8');
  const json = new Map<string, string>();
  for (const m of graphqlTs.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
    json.set(m[1]!, m[2]!);
  }
  const table = gql.slice(gql.indexOf('const documents: Documents = {'));
  const bySource = new Map<string, string>();
  for (const m of table.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const doc = json.get(m[2]!);
    if (!doc) throw new Error(`inline-documents: ${m[2]} is not in graphql.ts (run npm run codegen)`);
    bySource.set(JSON.parse(m[1]!) as string, doc);
  }
  if (!bySource.size) throw new Error('inline-documents: no documents found in gql.ts (has its format changed?)');
  return bySource;
}

/**
 * Puts each operation's document where it is written, instead of codegen's `graphql()` looking it
 * up in one table of every document in the panel. That table put all 280 documents (half a megabyte)
 * in the first load; inlined, each page's documents travel in its own chunk. What `graphql()` would
 * have returned is exactly what is inlined (the generated object, fragments included), and the
 * types still come from gql.ts. The build fails on a source the generated files do not hold.
 */
export function inlineDocuments(): Plugin {
  let generated = '';
  let documents: Map<string, string> | undefined;
  return {
    name: 'heliosphere:inline-documents',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      generated = path.join(config.root, 'src', 'graphql', 'generated');
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(generated) || id.includes('node_modules')) return null;
      if (!code.includes('graphql(`')) return null;
      documents ??= readDocuments(generated);
      const out = code.replace(CALL, (_call, source: string) => {
        if (source.includes('\\') || source.includes('${'))
          this.error(`inline-documents: ${id}: a document with escapes or interpolation cannot be inlined`);
        const doc = documents!.get(source);
        if (!doc) this.error(`inline-documents: ${id}: a document not in gql.ts (run npm run codegen)`);
        return `(${doc})`;
      });
      return { code: out, map: null };
    },
  };
}
