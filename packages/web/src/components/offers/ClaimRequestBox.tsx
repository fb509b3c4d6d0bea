import { useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { AccountViewerQuery } from '../account/account-viewer.ts';
import { useOffersText } from './offers-text.ts';

const ClaimQuoteRequestMutation = graphql(
  `
    mutation ClaimQuoteRequest($input: ClaimQuoteRequestInput!) {
      claimQuoteRequest(input: $input) {
        quoteRequest {
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

/** On the request's private page, for a signed-in buyer: keeps the request in the account. Nothing for anyone else. */
export function ClaimRequestBox({ accessToken }: { accessToken: string }) {
  const o = useOffersText();
  const { site } = useI18n();
  const [viewer] = useQuery({ query: AccountViewerQuery });
  const [{ fetching }, claim] = useMutation(ClaimQuoteRequestMutation);
  const [outcome, setOutcome] = useState<{ claimedId: string } | { error: string } | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  if (!viewer.data?.viewer.user) return null;

  const add = async () => {
    const result = await claim({ input: { accessToken } });
    const payload = result.data?.claimQuoteRequest;
    const problem = payload?.userErrors[0];
    if (payload?.quoteRequest) setOutcome({ claimedId: payload.quoteRequest.id });
    else setOutcome({ error: problem ? (o.claim.errors[problem.code] ?? problem.message) : o.failed });
    requestAnimationFrame(() => said.current?.focus());
  };

  return (
    <section className="card claim-request" aria-labelledby="claim-request-title">
      <h2 id="claim-request-title" className="subsection-title">
        {o.claim.title}
      </h2>
      {outcome && 'claimedId' in outcome ? (
        <p ref={said} tabIndex={-1} className="confirmation" role="status">
          {o.claim.added} <Link to={site(`/account/requests/${encodeURIComponent(outcome.claimedId)}`)}>{o.claim.open}</Link>
        </p>
      ) : (
        <>
          <p className="muted">{o.claim.lead}</p>
          <button type="button" className="button button--secondary" disabled={fetching} onClick={add}>
            {fetching ? o.claim.adding : o.claim.add}
          </button>
          {outcome && (
            <p ref={said} tabIndex={-1} className="confirmation confirmation--error" role="alert">
              {outcome.error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
