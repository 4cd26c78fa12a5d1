import { ApolloProvider } from '@apollo/client';
import { Suspense, useState, type ReactNode } from 'react';
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import { lazyPage, type AreaPage } from './app/area';
import { AREAS } from './app/areas';
import { publicKnowledgeBasePage as PublicKbPage } from './pages/knowledge';
import { areaRoutes } from './app/routes';
import { createApolloClient } from './graphql/client';
import { Loading } from './components/Loading';
import { SessionGate } from './session/SessionGate';

const authPages = () => import('./pages/auth/pages');
const signupPages = () => import('./pages/signup/pages');
// The signed-in frame (skins, menus, header) loads on first use, with the areas' messages its menus show.
const SkinLayout = lazyPage(() => import('./skins/SkinLayout'), 'SkinLayout');
// An address no area knows: rare, so its page (and the page frame it uses) is not in the entry.
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');

/** A page outside the signed-in layout, loaded on first use (the shell's own spinner while it comes). */
function publicPage(Page: AreaPage): ReactNode {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/**
 * Routes: one set of pages, shared by every skin. The pages before sign-in load with their own chunk
 * (a signed-in panel never needs them); every area's pages (app/areas.ts) load with their area's
 * chunk, inside the skin.
 */
const ROUTES: RouteObject[] = [
  { path: '/setup', element: publicPage(lazyPage(authPages, 'SetupPage')) },
  { path: '/login', element: publicPage(lazyPage(authPages, 'LoginPage')) },
  { path: '/signup', element: publicPage(lazyPage(signupPages, 'SignupPage')) },
  { path: '/impersonate', element: publicPage(lazyPage(authPages, 'ImpersonatePage')) },
  // Mailed links: "forgot password" and its reset link, and the link that verifies an address.
  { path: '/forgot-password', element: publicPage(lazyPage(authPages, 'ForgotPasswordPage')) },
  { path: '/reset-password', element: publicPage(lazyPage(authPages, 'ResetPasswordPage')) },
  { path: '/verify-email', element: publicPage(lazyPage(authPages, 'VerifyEmailPage')) },
  // The company's public knowledge base, outside the signed-in layout (its chunk loads on first use).
  { path: '/kb', element: publicPage(PublicKbPage) },
  { path: '/kb/:slug', element: publicPage(PublicKbPage) },
  {
    element: (
      // The same spinner as while the session loads (SessionGate), so the wait shows no new frame.
      <Suspense
        fallback={
          <div className="mx-auto max-w-md p-8">
            <Loading />
          </div>
        }
      >
        <SkinLayout />
      </Suspense>
    ),
    // An unknown address under the same Suspense boundary as the pages: the shell stays while it loads.
    children: [areaRoutes(AREAS, [{ path: '*', element: <NotFoundPage /> }])],
  },
];

function PanelRoutes() {
  return useRoutes(ROUTES);
}

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <SessionGate>
          <PanelRoutes />
        </SessionGate>
      </BrowserRouter>
    </ApolloProvider>
  );
}
