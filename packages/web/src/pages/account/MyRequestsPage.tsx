import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useAccountText } from '../../components/account/account-text.ts';
import { ConsolePage } from '../../components/common/ConsoleParts.tsx';
import { PageQueryPending } from '../../components/common/Notice.tsx';
import { ShareStatusBadge } from '../../components/offers/ShareStatusBadge.tsx';
import { graphql } from '../../graphql.ts';
import { formatDate } from '../../lib/format.ts';

const PAGE_SIZE = 20;

const MyQuoteRequestsQuery = graphql(`
  query MyQuoteRequests($first: Int!, $after: String) {
    myQuoteRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        createdAt
        stack {
          id
          name
        }
        parts {
          status
          vendor {
            id
            name
          }
        }
      }
    }
  }
`);

/** /account/requests: each quote request of the account with the vendors it reached and where each stands. */
export default function MyRequestsPage() {
  const a = useAccountText();
  return (
    <ConsolePage name="my-requests" title={a.requests.title} lead={a.requests.lead}>
      <RequestPage after={null} />
    </ConsolePage>
  );
}

/** One page of the account's requests, then the button that shows the next one below it. */
function RequestPage({ after }: { after: string | null }) {
  const a = useAccountText();
  const [result, reexecute] = useQuery({ query: MyQuoteRequestsQuery, variables: { first: PAGE_SIZE, after }, requestPolicy: 'cache-and-network' });
  const [more, setMore] = useState(false);
  if (!result.data) return <PageQueryPending failed={result.error !== undefined} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const { nodes, pageInfo, totalCount } = result.data.myQuoteRequests;
  if (after === null && totalCount === 0) return <p className="muted">{a.requests.empty}</p>;
  return (
    <>
      <ul className="account-list">
        {nodes.map((request) => (
          <li key={request.id} className="card account-item quote-summary">
            <h2 className="account-item__title">
              <span className="quote-reference__value">{request.reference}</span> · {request.stack.name}
            </h2>
            <p className="muted">
              {a.requests.sentOn(formatDate(request.createdAt))} · {a.requests.vendors(request.parts.length)}
            </p>
            <ul className="account-item__vendors">
              {request.parts.map((part) => (
                <li key={part.vendor.id}>
                  <span>{part.vendor.name}</span> <ShareStatusBadge status={part.status} />
                </li>
              ))}
            </ul>
            <Link to={`/requests/${encodeURIComponent(request.id)}`} className="button button--secondary" aria-label={a.requests.openLabel(request.reference)}>
              {a.requests.open}
            </Link>
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage &&
        pageInfo.endCursor &&
        (more ? (
          <RequestPage after={pageInfo.endCursor} />
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setMore(true)}>
            {a.requests.more}
          </button>
        ))}
    </>
  );
}
