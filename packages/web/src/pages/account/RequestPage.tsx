import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useAccountText } from '../../components/account/account-text.ts';
import { Notice, PageQueryPending } from '../../components/common/Notice.tsx';
import { QuoteRequestOffersFields } from '../../components/offers/offer-fields.ts';
import { OffersPanel } from '../../components/offers/OffersPanel.tsx';
import { QuoteRequestHeader } from '../../components/offers/QuoteRequestHeader.tsx';
import { ProcurementRecordButtons } from '../../components/stack/ProcurementRecordButtons.tsx';
import { useStackText } from '../../components/stack/stack-text.ts';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';

const AccountQuoteRequestQuery = graphql(
  `
    query AccountQuoteRequest($id: ID!) {
      node(id: $id) {
        ... on QuoteRequest {
          id
          reference
          createdAt
          stack {
            id
            name
            sharePath
          }
          ...QuoteRequestOffersFields
        }
      }
    }
  `,
  [QuoteRequestOffersFields],
);

/** /account/requests/:id: one request of the account, its vendors' offers side by side, to accept or decline. */
export default function RequestPage({ params }: { params: { id: string } }) {
  const a = useAccountText();
  const s = useStackText();
  const { t, site } = useI18n();
  const id = decodeURIComponent(params.id);
  const [result, reexecute] = useQuery({ query: AccountQuoteRequestQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const request = result.data?.node && 'reference' in result.data.node ? result.data.node : null;
  useDocumentTitle(request ? `${request.reference} — ${t.siteName}` : null);

  if (!result.data) return <PageQueryPending failed={result.error !== undefined} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!request) {
    return (
      <Notice title={a.requests.notFoundTitle} headingLevel={1}>
        <p>{a.requests.notFoundBody}</p>
        <p>
          <Link to="/requests">{a.requests.back}</Link>
        </p>
      </Notice>
    );
  }
  return (
    <article className="quote-request-page">
      <QuoteRequestHeader request={request} note={<Link to={site(request.stack.sharePath)}>{s.request.stackLink}</Link>} />
      <OffersPanel
        request={request}
        accessToken={null}
        onDecided={() => reexecute({ requestPolicy: 'network-only' })}
        record={<ProcurementRecordButtons quoteRequestId={request.id} />}
      />
    </article>
  );
}
