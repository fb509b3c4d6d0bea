import { Link } from 'wouter';
import { formatDate } from '../../lib/format.ts';
import { useConsoleI18n } from './console-i18n.ts';
import type { Listing } from './listing-editor-documents.ts';
import { StatusBadge } from './ListingItem.tsx';
import { PendingRevision } from './PendingRevision.tsx';

/** Where a listing stands: its status, version and last change, what that status means, an edit waiting. */
export function ListingStanding({ listing }: { listing: Listing }) {
  const { c, site } = useConsoleI18n();
  const revision = listing.status === 'PUBLISHED' ? listing.pendingRevision : null;
  return (
    <>
      <dl className="listing-facts">
        <div>
          <dt>{c.editor.status}</dt>
          <dd>
            <StatusBadge status={listing.status} />
          </dd>
        </div>
        <div>
          <dt>{c.editor.version}</dt>
          <dd>{listing.version}</dd>
        </div>
        <div>
          <dt>{c.editor.updated}</dt>
          <dd>{formatDate(listing.updatedAt)}</dd>
        </div>
      </dl>
      {listing.status === 'PUBLISHED' && (
        <p>
          <Link to={site(`/offerings/${listing.slug}`)}>{c.editor.viewPublic}</Link>
        </p>
      )}

      {listing.status === 'PUBLISHED' && <p className="callout">{c.editor.publishedNote}</p>}
      {listing.status === 'REJECTED' && (
        <div className="callout">
          <p>{c.editor.rejectedNote}</p>
          {listing.rejectionReason && (
            <p>
              <strong>{c.listings.rejectionReason}:</strong> {listing.rejectionReason}
            </p>
          )}
        </div>
      )}
      {listing.status === 'IN_REVIEW' && <p className="callout">{c.editor.inReviewNote}</p>}
      {listing.status === 'ARCHIVED' && <p className="callout">{c.editor.archivedNote}</p>}
      {revision?.status === 'IN_REVIEW' && <p className="callout">{c.editor.revisionInReviewNote}</p>}
      {revision && <PendingRevision published={listing} revision={revision} />}
    </>
  );
}
