import { useState } from 'react';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { ConsolePage, QueryList } from '../../components/common/ConsoleParts.tsx';
import { ConsolePager, useCursorPages } from '../../components/console/ConsolePager.tsx';
import { SelectField } from '../../components/console/FormField.tsx';
import { KINDS, type Kind } from '../../components/console/listing-draft.ts';
import { ReviewItemCard, ReviewItemFields } from '../../components/staff/ReviewItemCard.tsx';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffMessage, type Message } from '../../components/staff/StaffMessage.tsx';
import { StaffQueryError } from '../../components/staff/StaffShell.tsx';
import { graphql } from '../../graphql.ts';
import { formatCount } from '../../lib/format.ts';

const AGES = [1, 3, 7, 14, 30] as const;
const PAGE_SIZE = 10;

const ReviewQueueQuery = graphql(
  `
    query StaffReviewQueue($kind: OfferingKind, $vendorSlug: String, $minAgeDays: Int, $first: Int, $after: String) {
      reviewQueue(kind: $kind, vendorSlug: $vendorSlug, minAgeDays: $minAgeDays, first: $first, after: $after) {
        totalCount
        endCursor
        items {
          offering {
            id
          }
          ...StaffReviewItem
        }
      }
    }
  `,
  [ReviewItemFields],
);

// The vendors a listing can come from: every partner organization's.
const VendorsQuery = graphql(`
  query StaffReviewVendors {
    organizations {
      organization {
        id
        vendor {
          id
          slug
          name
        }
      }
    }
  }
`);

interface Filters {
  kind: Kind | null;
  vendor: string | null;
  age: number | null;
}

function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const kind = KINDS.find((value) => value === params.get('kind')) ?? null;
  const age = Number(params.get('age'));
  return { kind, vendor: params.get('vendor') || null, age: AGES.find((value) => value === age) ?? null };
}

function filterSearch(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.vendor) params.set('vendor', filters.vendor);
  if (filters.age) params.set('age', String(filters.age));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Listings and edits waiting for review, oldest first, filtered by kind, vendor and age (kept in the URL). */
export default function ReviewQueuePage() {
  const { s, t, site } = useStaffI18n();
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = readFilters(search);
  const [vendors] = useQuery({ query: VendorsQuery });

  const choose = (next: Partial<Filters>) => navigate(site(`/staff${filterSearch({ ...filters, ...next })}`));
  const vendorOptions = [...(vendors.data?.organizations ?? [])]
    .map((entry) => entry.organization.vendor)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  return (
    <ConsolePage name="review" title={s.review.title} lead={s.review.lead}>

      <form className="form-row staff-filters" aria-label={s.review.filters} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="review-kind"
          label={s.review.kind}
          value={filters.kind ?? ''}
          placeholder={s.review.allKinds}
          choices={KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] ?? kind }))}
          onChange={(kind) => choose({ kind: kind || null })}
        />
        <SelectField
          id="review-vendor"
          label={s.review.vendor}
          value={filters.vendor ?? ''}
          placeholder={s.review.allVendors}
          choices={[
            // A vendor from the address that the list does not (yet) hold stays chosen.
            ...(filters.vendor && !vendorOptions.some((vendor) => vendor.slug === filters.vendor) ? [{ value: filters.vendor, label: filters.vendor }] : []),
            ...vendorOptions.map((vendor) => ({ value: vendor.slug, label: vendor.name })),
          ]}
          onChange={(vendor) => choose({ vendor: vendor || null })}
        />
        <SelectField
          id="review-age"
          label={s.review.age}
          value={filters.age ? String(filters.age) : ''}
          placeholder={s.review.anyAge}
          choices={AGES.map((age) => ({ value: String(age), label: s.review.minAge(age) }))}
          onChange={(age) => choose({ age: Number(age) || null })}
        />
      </form>

      <QueueResults key={search} filters={filters} />
    </ConsolePage>
  );
}

/** The queue for one set of filters; a new set starts again at its first page. */
function QueueResults({ filters }: { filters: Filters }) {
  const { s, lang } = useStaffI18n();
  const pages = useCursorPages();
  const [message, setMessage] = useState<Message | null>(null);
  const [result, reexecute] = useQuery({
    query: ReviewQueueQuery,
    variables: { kind: filters.kind, vendorSlug: filters.vendor, minAgeDays: filters.age, first: PAGE_SIZE, after: pages.after },
    // Other staff decide too: always ask the API.
    requestPolicy: 'cache-and-network',
  });

  const decided = (next: Message) => {
    setMessage(next);
    reexecute({ requestPolicy: 'network-only' });
  };

  const queue = result.data?.reviewQueue;
  const first = (pages.page - 1) * PAGE_SIZE + 1;
  return (
    <>
      <StaffMessage message={message} />
      <QueryList
        failure={result.error && !result.data && <StaffQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        data={queue}
        empty={filters.kind || filters.vendor || filters.age ? s.review.emptyFiltered : s.review.empty}
      >
        {(queue) => (
          <>
            <p className="console-count" role="status">
              {s.review.range(formatCount(first, lang), formatCount(first + queue.items.length - 1, lang), formatCount(queue.totalCount, lang))}
            </p>
            <ul className="listing-list">
              {queue.items.map((item) => (
                <ReviewItemCard key={item.offering.id} item={item} onDecided={decided} />
              ))}
            </ul>
            <ConsolePager label={s.review.pagination} pages={pages} next={queue.endCursor} text={s.common} />
          </>
        )}
      </QueryList>
    </>
  );
}
