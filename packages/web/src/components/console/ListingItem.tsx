import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { localized, Localized } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import type { SchemaEnum } from '../../lib/schema-enums.ts';
import { useConsoleI18n } from './console-i18n.ts';

export const ListingItemFields = graphql(`
  fragment ConsoleListingItem on Offering {
    id
    slug
    name
    nameEn
    status
    version
    updatedAt
    rejectionReason
    kind
    category {
      slug
      name
      nameEn
    }
    pendingRevision {
      status
      rejectionReason
    }
  }
`);

export function StatusBadge({ status }: { status: SchemaEnum<'ListingStatus'> }) {
  const { c } = useConsoleI18n();
  return <span className={`status status--${status.toLowerCase().replace('_', '-')}`}>{c.status[status]}</span>;
}

/** One listing in the console's list: its status, version, why it was rejected, an edit waiting. */
export function ListingItem({ listing: data }: { listing: FragmentOf<typeof ListingItemFields> }) {
  const { c, t, lang, site } = useConsoleI18n();
  const listing = readFragment(ListingItemFields, data);
  const revision = listing.pendingRevision;
  return (
    <li className="card listing-item">
      <div className="listing-item__head">
        <h3 className="listing-item__name">
          <Link to={`/listings/${encodeURIComponent(listing.id)}`}>
            <Localized vi={listing.name} en={listing.nameEn} />
          </Link>
        </h3>
        <StatusBadge status={listing.status} />
      </div>
      <p className="listing-item__meta">
        {t.kinds[listing.kind] ?? listing.kind} · {localized(lang, listing.category.name, listing.category.nameEn)} ·{' '}
        {c.listings.version(listing.version)} · {c.listings.updated(formatDate(listing.updatedAt))}
      </p>
      {listing.status === 'REJECTED' && listing.rejectionReason && (
        <div className="listing-item__reason">
          <strong>{c.listings.rejectionReason}:</strong> {listing.rejectionReason}
        </div>
      )}
      {revision && (
        <p className="listing-item__pending">
          <span className={`status status--pending status--${revision.status.toLowerCase().replace('_', '-')}`}>
            {c.listings.pendingEdit(c.revisionStatus[revision.status])}
          </span>
          {revision.status === 'REJECTED' && revision.rejectionReason && (
            <span className="listing-item__reason">
              <strong>{c.listings.rejectionReason}:</strong> {revision.rejectionReason}
            </span>
          )}
        </p>
      )}
      {listing.status === 'PUBLISHED' && (
        <p className="listing-item__public">
          <Link to={site(`/offerings/${listing.slug}`)}>{c.listings.viewPublic}</Link>
        </p>
      )}
    </li>
  );
}
