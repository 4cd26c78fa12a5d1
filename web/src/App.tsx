import { ApolloProvider } from '@apollo/client';
import { Suspense, useState } from 'react';
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import { AREAS } from './app/areas';
import { publicKnowledgeBasePage as PublicKbPage } from './pages/knowledge';
import { areaRoutes } from './app/routes';
import { createApolloClient } from './graphql/client';
import { ForgotPasswordPage } from './pages/auth/ForgotPasswordPage';
import { ImpersonatePage } from './pages/auth/ImpersonatePage';
import { LoginPage } from './pages/auth/LoginPage';
import { ResetPasswordPage } from './pages/auth/ResetPasswordPage';
import { SetupPage } from './pages/auth/SetupPage';
import { VerifyEmailPage } from './pages/auth/VerifyEmailPage';
import { Loading } from './components/Page';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignupPage } from './pages/signup/SignupPage';
import { SessionGate } from './session/SessionGate';
import { SkinLayout } from './skins/SkinLayout';

/**
 * Routes: one set of pages, shared by every skin. The pages before sign-in are in the main chunk;
 * every area's pages (app/areas.ts) load with their area's chunk, inside the skin.
 */
const ROUTES: RouteObject[] = [
  { path: '/setup', element: <SetupPage /> },
  { path: '/login', element: <LoginPage /> },
  { path: '/signup', element: <SignupPage /> },
  { path: '/impersonate', element: <ImpersonatePage /> },
  // Mailed links: "forgot password" and its reset link, and the link that verifies an address.
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/verify-email', element: <VerifyEmailPage /> },
  // The company's public knowledge base, outside the signed-in layout (its chunk loads on first use).
  { path: '/kb', element: <LazyPublic /> },
  { path: '/kb/:slug', element: <LazyPublic /> },
  {
    element: <SkinLayout />,
    children: [areaRoutes(AREAS), { path: '*', element: <NotFoundPage /> }],
  },
];

function LazyPublic() {
  return (
    <Suspense fallback={<Loading />}>
      <PublicKbPage />
    </Suspense>
  );
}

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
