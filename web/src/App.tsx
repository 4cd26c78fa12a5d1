import { ApolloProvider } from '@apollo/client';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createApolloClient } from './graphql/client';
import { AccountsPage } from './pages/accounts/AccountsPage';
import { AccountBillingPage } from './pages/billing/AccountBillingPage';
import { BillingPage } from './pages/billing/BillingPage';
import { AdminInvoicesPage } from './pages/invoices/AdminInvoicesPage';
import { InvoicePage } from './pages/invoices/InvoicePage';
import { InvoicesPage } from './pages/invoices/InvoicesPage';
import { ModerationPage } from './pages/plans/ModerationPage';
import { MyPlanPage } from './pages/plans/MyPlanPage';
import { PlanEditPage } from './pages/plans/PlanEditPage';
import { PlansPage } from './pages/plans/PlansPage';
import { SignupPage } from './pages/signup/SignupPage';
import { LoginPage } from './pages/auth/LoginPage';
import { SetupPage } from './pages/auth/SetupPage';
import { HomePage } from './pages/home/HomePage';
import { AccountPage } from './pages/me/AccountPage';
import { PasswordPage } from './pages/me/PasswordPage';
import { PreferencesPage } from './pages/me/PreferencesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { DomainPage } from './pages/domains/DomainPage';
import { DomainsPage } from './pages/domains/DomainsPage';
import { DatabasesPage } from './pages/mysql/DatabasesPage';
import { ResellersPage } from './pages/resellers/ResellersPage';
import { IpAddressesPage } from './pages/servers/IpAddressesPage';
import { LogicalServerPage } from './pages/servers/LogicalServerPage';
import { LogicalServersPage } from './pages/servers/LogicalServersPage';
import { PhysicalServerPage } from './pages/servers/PhysicalServerPage';
import { PhysicalServersPage } from './pages/servers/PhysicalServersPage';
import { ServerGroupPage } from './pages/servers/ServerGroupPage';
import { ServerGroupsPage } from './pages/servers/ServerGroupsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { TasksPage } from './pages/tasks/TasksPage';
import { UserDetailPage } from './pages/users/UserDetailPage';
import { UserNewPage } from './pages/users/UserNewPage';
import { UsersPage } from './pages/users/UsersPage';
import { SessionGate } from './session/SessionGate';
import { RequireNav } from './skins/RequireNav';
import { SkinLayout } from './skins/SkinLayout';

/** Routes: one set of pages, shared by every skin. */
export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <SessionGate>
          <Routes>
            <Route path="/setup" element={<SetupPage />} />
            <Route path="/login" element={<LoginPage />} />
            <Route path="/signup" element={<SignupPage />} />
            <Route element={<SkinLayout />}>
              <Route index element={<HomePage />} />
              <Route path="admin">
                <Route path="users" element={<RequireNav id="users" />}>
                  <Route index element={<UsersPage />} />
                  <Route path="new" element={<UserNewPage />} />
                  <Route path=":id" element={<UserDetailPage />} />
                </Route>
                <Route path="accounts" element={<RequireNav id="accounts" />}>
                  <Route index element={<AccountsPage />} />
                  <Route path=":id/billing" element={<AccountBillingPage />} />
                </Route>
                <Route path="plans" element={<RequireNav id="plans" />}>
                  <Route index element={<PlansPage />} />
                  <Route path="new" element={<PlanEditPage />} />
                  <Route path=":id" element={<PlanEditPage />} />
                </Route>
                <Route path="moderation" element={<RequireNav id="moderation" />}>
                  <Route index element={<ModerationPage />} />
                </Route>
                <Route path="invoices" element={<RequireNav id="admin-invoices" />}>
                  <Route index element={<AdminInvoicesPage />} />
                  <Route path=":id" element={<InvoicePage />} />
                </Route>
                <Route path="resellers" element={<RequireNav id="resellers" />}>
                  <Route index element={<ResellersPage />} />
                </Route>
                <Route path="settings" element={<RequireNav id="settings" />}>
                  <Route index element={<SettingsPage />} />
                </Route>
                <Route path="servers">
                  <Route path="physical" element={<RequireNav id="physical-servers" />}>
                    <Route index element={<PhysicalServersPage />} />
                    <Route path="new" element={<PhysicalServerPage />} />
                    <Route path=":id" element={<PhysicalServerPage />} />
                  </Route>
                  <Route path="logical" element={<RequireNav id="logical-servers" />}>
                    <Route index element={<LogicalServersPage />} />
                    <Route path="new" element={<LogicalServerPage />} />
                    <Route path=":id" element={<LogicalServerPage />} />
                  </Route>
                  <Route path="groups" element={<RequireNav id="server-groups" />}>
                    <Route index element={<ServerGroupsPage />} />
                    <Route path="new" element={<ServerGroupPage />} />
                    <Route path=":id" element={<ServerGroupPage />} />
                  </Route>
                  <Route path="ips" element={<RequireNav id="ip-addresses" />}>
                    <Route index element={<IpAddressesPage />} />
                  </Route>
                </Route>
                <Route path="tasks" element={<RequireNav id="tasks" />}>
                  <Route index element={<TasksPage />} />
                </Route>
              </Route>
              <Route path="domains" element={<RequireNav id="domains" />}>
                <Route index element={<DomainsPage />} />
                <Route path=":id" element={<DomainPage />} />
              </Route>
              <Route path="databases" element={<RequireNav id="databases" />}>
                <Route index element={<DatabasesPage />} />
              </Route>
              <Route path="billing" element={<RequireNav id="billing" />}>
                <Route index element={<BillingPage />} />
              </Route>
              <Route path="plan" element={<RequireNav id="plan" />}>
                <Route index element={<MyPlanPage />} />
              </Route>
              <Route path="invoices" element={<RequireNav id="invoices" />}>
                <Route index element={<InvoicesPage />} />
                <Route path=":id" element={<InvoicePage />} />
              </Route>
              <Route path="account" element={<AccountPage />} />
              <Route path="password" element={<PasswordPage />} />
              <Route path="preferences" element={<PreferencesPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </SessionGate>
      </BrowserRouter>
    </ApolloProvider>
  );
}
