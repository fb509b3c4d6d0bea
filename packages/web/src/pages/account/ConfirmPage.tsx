import { useEffect, useRef, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { AccountViewerQuery } from '../../components/account/account-viewer.ts';
import { useAccountText } from '../../components/account/account-text.ts';
import { Loading, Notice } from '../../components/common/Notice.tsx';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { useFragmentToken } from '../../lib/fragment-token.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

const ConfirmEmailMutation = graphql(
  `
    mutation ConfirmEmail($token: String!) {
      confirmEmail(token: $token) {
        user {
          id
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

/** /account/confirm#<token>, the mailed link: confirms the e-mail, which signs in, and opens the account. */
export default function ConfirmPage() {
  const a = useAccountText();
  const { t } = useI18n();
  useDocumentTitle(`${a.confirm.title} — ${t.siteName}`);
  const token = useFragmentToken();
  const client = useClient();
  const [, navigate] = useLocation();
  const [, confirmEmail] = useMutation(ConfirmEmailMutation);
  const [failed, setFailed] = useState<'token' | 'network' | null>(token === '' ? 'token' : null);
  // The token works once: React's development double effects must not spend it twice.
  const tried = useRef<string | null>(null);

  useEffect(() => {
    if (token === '' || tried.current === token) return;
    tried.current = token;
    void (async () => {
      const result = await confirmEmail({ token });
      const payload = result.data?.confirmEmail;
      if (!payload) return setFailed('network');
      if (!payload.user) return setFailed('token');
      await client.query(AccountViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      navigate('/stacks?welcome', { replace: true });
    })();
  }, [token, confirmEmail, client, navigate]);

  return (
    <div className="page page--narrow account-page">
      <p className="eyebrow">{a.area}</p>
      {failed ? (
        <Notice title={failed === 'token' ? a.confirm.failedTitle : a.failedTitle} tone="error" headingLevel={1}>
          <p>{failed === 'token' ? a.confirm.failed : a.apiDown}</p>
          <p>
            <Link to="/sign-up">{a.signUp.again}</Link>
          </p>
        </Notice>
      ) : (
        <>
          <h1 className="page__title">{a.confirm.title}</h1>
          <Loading />
        </>
      )}
    </div>
  );
}
