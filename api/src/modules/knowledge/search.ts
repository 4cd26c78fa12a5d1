import type { EntityManager } from '@mikro-orm/core';
import { preparedAll } from '../../db/prepared';
import { isPostgres } from '../../db/raw-sql';
import { Language } from '../../graphql/presentation';
import { KbArticle } from './kb-article.entity';

/*
 * Full-text search over published articles, ranked by relevance:
 * - SQLite: the FTS5 table `kb_article_search` (title, body; porter stemming over unicode61 words),
 *   kept in step with kb_article by triggers; ranked by bm25 with the title weighing ten times the body.
 * - PostgreSQL: a GIN index on the articles' weighted tsvector in their language's configuration
 *   (KB_TSVECTOR), ranked by ts_rank.
 * A customer's text never reaches either query language: it is cut into words of letters and digits
 * (at most a few, each quoted for FTS5), and every value is a bound parameter.
 */

/** The words of a search: letters and digits only, lower-cased, without the commonest words, at most `max`. */
export function searchTerms(text: string, max: number): string[] {
  const terms = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = match[0].slice(0, 40);
    if (term.length < 2 || STOP_WORDS.has(term)) continue;
    terms.add(term);
    if (terms.size >= max) break;
  }
  return [...terms];
}

// Words every ticket has: they would match every article and only slow the ranking down.
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can cannot could do does for from have how i if in into is it its me my no not of on or ' +
    'our please so that the their there this to was we what when where which why will with you your ' +
    'aber als am an auch auf aus bei bin bitte das dass dem den der des die doch ein eine einen er es für hat ich im in ' +
    'ist kann mein meine mit nicht noch nur oder sich sie und von was wie wir zu'
  ).split(' '),
);

/** PostgreSQL's text-search configuration for an article's language. */
const PG_CONFIG: Record<Language, string> = { [Language.EN]: 'english', [Language.DE]: 'german' };

/**
 * The weighted tsvector of an article (alias `a`), the expression of the GIN index made by the
 * PostgreSQL migration: a query must repeat it exactly for the index to answer.
 */
export const KB_TSVECTOR =
  "(setweight(to_tsvector(case a.language when 'DE' then 'german'::regconfig else 'english'::regconfig end, a.title), 'A') || " +
  "setweight(to_tsvector(case a.language when 'DE' then 'german'::regconfig else 'english'::regconfig end, a.body), 'B'))";

/** Which published articles a reader sees: their company's, and the master's shared ones. */
export interface ReaderScope {
  companyId: number;
  /** The master's company, when the reader's is a reseller's (whose customers read its shared articles). */
  masterId: number | null;
}

export interface SearchSpec {
  terms: string[];
  language: Language;
  limit: number;
  /** The last term may be a word being typed: match it as a prefix. */
  prefixLast?: boolean;
}

/**
 * Published articles matching any of the terms, best first. The statement returns the rows whole,
 * mapped to entities here: a second query to load them cost more than the search itself.
 */
export async function searchArticles(em: EntityManager, scope: ReaderScope, spec: SearchSpec): Promise<KbArticle[]> {
  if (spec.terms.length === 0) return [];
  const { sql, params } = articleSearchSql(isPostgres(em) ? 'postgresql' : 'sqlite', scope, spec);
  // Its best plan depends on the words searched: PostgreSQL plans it per call (prepared.ts).
  const found = await preparedAll<Record<string, unknown>>(em, sql, params, { planPerCall: true });
  return found.map((row) => em.map(KbArticle, row));
}

/** The search statement of a dialect and its values (`?` placeholders): also what the bench runs directly. */
export function articleSearchSql(
  dialect: 'sqlite' | 'postgresql',
  scope: ReaderScope,
  spec: SearchSpec,
): { sql: string; params: unknown[] } {
  const pg = dialect === 'postgresql';
  const visible = scope.masterId
    ? `(a.reseller_id = ? or (a.reseller_id = ? and a.shared_with_resellers = ${pg ? 'true' : '1'}))`
    : 'a.reseller_id = ?';
  const visibleParams = scope.masterId ? [scope.companyId, scope.masterId] : [scope.companyId];
  const last = spec.terms.length - 1;
  if (pg) {
    const query = spec.terms.map((t, i) => (spec.prefixLast && i === last ? `${t}:*` : t)).join(' | ');
    const tsquery = 'to_tsquery(?::regconfig, ?)';
    const config = PG_CONFIG[spec.language];
    return {
      sql:
        `select a.* from kb_article a where ${KB_TSVECTOR} @@ ${tsquery} and a.state = 'PUBLISHED' and a.language = ? and ${visible} ` +
        `order by ts_rank(${KB_TSVECTOR}, ${tsquery}) desc, a.id desc limit ?`,
      params: [config, query, spec.language, ...visibleParams, config, query, spec.limit],
    };
  }
  const query = spec.terms.map((t, i) => `"${t}"${spec.prefixLast && i === last ? '*' : ''}`).join(' OR ');
  return {
    sql:
      'select a.* from kb_article_search s join kb_article a on a.id = s.rowid ' +
      `where kb_article_search match ? and a.state = 'PUBLISHED' and a.language = ? and ${visible} ` +
      'order by bm25(kb_article_search, 10.0, 1.0), a.id desc limit ?',
    params: [query, spec.language, ...visibleParams, spec.limit],
  };
}
