import '../../components/account/account.css';

import { Redirect, Route, Switch } from 'wouter';
import { AccountShell } from '../../components/account/AccountShell.tsx';
import { useAccountText } from '../../components/account/account-text.ts';
import { ConsoleNotFound } from '../../components/common/ConsoleParts.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import ConfirmPage from './ConfirmPage.tsx';
import MyRequestsPage from './MyRequestsPage.tsx';
import MyStacksPage from './MyStacksPage.tsx';
import RequestPage from './RequestPage.tsx';
import ResetPage from './ResetPage.tsx';
import SignInPage from './SignInPage.tsx';
import SignUpPage from './SignUpPage.tsx';

/**
 * A buyer's account under /account (paths here are relative to it): signing up, in and out, and the
 * account's stacks and quote requests with their offers. One chunk with its own strings and styles.
 */
export default function AccountApp() {
  return (
    <div className="account-app">
      <Switch>
        <Route path="/">
          <Redirect to="/stacks" replace />
        </Route>
        <Route path="/sign-in" component={SignInPage} />
        <Route path="/sign-up" component={SignUpPage} />
        <Route path="/confirm" component={ConfirmPage} />
        <Route path="/reset" component={ResetPage} />
        <Route>
          <AccountShell>
            <Switch>
              <Route path="/stacks" component={MyStacksPage} />
              <Route path="/requests" component={MyRequestsPage} />
              <Route path="/requests/:id" component={RequestPage} />
              <Route component={AccountNotFound} />
            </Switch>
          </AccountShell>
        </Route>
      </Switch>
    </div>
  );
}

function AccountNotFound() {
  const a = useAccountText();
  const { t } = useI18n();
  return <ConsoleNotFound title={t.notFound.title} home="/stacks" back={a.nav.stacks} />;
}
