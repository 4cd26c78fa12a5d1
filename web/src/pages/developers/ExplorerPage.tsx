import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { useRef } from 'react';
import './explorer.css';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';
import { useExplorerMends } from './explorerMends';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * Runs an operation on the panel's own API, as the signed-in person: the session cookie goes along
 * (same origin), and a JSON body is what Apollo's CSRF prevention asks of a browser. Headers typed
 * into the explorer's headers pane (an `Authorization: Bearer …` token) go along too.
 */
export const sessionFetcher: Fetcher = async (params, opts) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      ...opts?.headers,
      'content-type': 'application/json',
    },
    // GraphiQL names an anonymous operation "": the API (rightly) finds no operation by that name.
    body: JSON.stringify({ ...params, operationName: params.operationName || undefined }),
  });
  return (await res.json()) as Awaited<ReturnType<Fetcher>>;
};

export const EXAMPLE_QUERY = `# The panel's GraphQL API, as you: run with Ctrl-Enter; the schema's
# documentation is in the Docs pane on the left.
{
  viewer {
    role
    user {
      login
      email
    }
    reseller {
      name
    }
  }
}
`;

/**
 * The API explorer (GraphiQL, from the panel's own files: its chunk and stylesheet load with this
 * page only, nothing from a CDN). The schema and its documentation come from introspection.
 */
export function ExplorerPage() {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useExplorerMends(box, { response: t('explorer.response') });
  return (
    <Page id="explorer" title={t('explorer.title')} intro={t('explorer.intro')}>
      <div
        ref={box}
        data-test-id="explorer"
        className="h-[75vh] min-h-[32rem] overflow-hidden rounded-lg border border-line"
      >
        <GraphiQL fetcher={sessionFetcher} defaultQuery={EXAMPLE_QUERY} />
      </div>
    </Page>
  );
}
