import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ConsolePage, QueryList } from '../../components/common/ConsoleParts.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsolePager, nextCursor, useCursorPages } from '../../components/console/ConsolePager.tsx';
import { ConsoleQueryError } from '../../components/console/ConsoleShell.tsx';
import { ListingItem, ListingItemFields } from '../../components/console/ListingItem.tsx';
import { graphql } from '../../graphql.ts';
import { formatCount } from '../../lib/format.ts';
import type { SchemaEnum } from '../../lib/schema-enums.ts';

type Status = SchemaEnum<'ListingStatus'>;
const STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED'] as const satisfies readonly Status[];
const PAGE_SIZE = 20;

const ListingsQuery = graphql(
  `
    query ConsoleListings($status: ListingStatus, $first: Int, $after: String) {
      myOfferings(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          ...ConsoleListingItem
        }
      }
    }
  `,
  [ListingItemFields],
);

// How many listings each status has, for the filter's labels: one request, no listings fetched.
const CountsQuery = graphql(`
  query ConsoleListingCounts {
    all: myOfferings(first: 0) {
      totalCount
    }
    DRAFT: myOfferings(status: DRAFT, first: 0) {
      totalCount
    }
    IN_REVIEW: myOfferings(status: IN_REVIEW, first: 0) {
      totalCount
    }
    PUBLISHED: myOfferings(status: PUBLISHED, first: 0) {
      totalCount
    }
    REJECTED: myOfferings(status: REJECTED, first: 0) {
      totalCount
    }
    ARCHIVED: myOfferings(status: ARCHIVED, first: 0) {
      totalCount
    }
  }
`);

export default function ListingsPage() {
  const { c, lang } = useConsoleI18n();
  const [status, setStatus] = useState<Status | null>(null);
  const pages = useCursorPages();
  // Listings change status under other pages' feet (a submit, a staff decision): always ask again.
  const [result, reexecute] = useQuery({
    query: ListingsQuery,
    variables: { status, first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [counts] = useQuery({ query: CountsQuery, requestPolicy: 'cache-and-network' });

  const choose = (next: Status | null) => {
    setStatus(next);
    pages.reset();
  };
  const countOf = (key: Status | 'all') => counts.data?.[key].totalCount;
  const label = (text: string, key: Status | 'all') => {
    const n = countOf(key);
    return n === undefined ? text : c.listings.count(text, formatCount(n, lang));
  };

  const connection = result.data?.myOfferings;
  const first = (pages.page - 1) * PAGE_SIZE + 1;
  return (
    <ConsolePage
      name="listings"
      title={c.listings.title}
      lead={c.listings.lifecycle}
      action={
        <Link to="/listings/new" className="button">
          {c.listings.create}
        </Link>
      }
    >
      <div className="chips" role="group" aria-label={c.listings.filter}>
        <button type="button" className="chip" aria-pressed={status === null} onClick={() => choose(null)}>
          {label(c.listings.all, 'all')}
        </button>
        {STATUSES.map((value) => (
          <button key={value} type="button" className="chip" aria-pressed={status === value} onClick={() => choose(value)}>
            {label(c.status[value], value)}
          </button>
        ))}
      </div>

      <QueryList
        failure={result.error && !result.data && <ConsoleQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        data={connection}
        empty={status ? c.listings.emptyStatus(c.status[status]) : c.listings.empty}
      >
        {(connection) => (
          <>
            <p className="console-count" role="status">
              {c.listings.range(
                formatCount(first, lang),
                formatCount(first + connection.nodes.length - 1, lang),
                formatCount(connection.totalCount, lang),
              )}
            </p>
            <ul className="listing-list">
              {connection.nodes.map((listing) => (
                <ListingItem key={listing.id} listing={listing} />
              ))}
            </ul>
            <ConsolePager label={c.listings.pagination} pages={pages} next={nextCursor(connection.pageInfo)} text={c.listings} />
          </>
        )}
      </QueryList>
    </ConsolePage>
  );
}
