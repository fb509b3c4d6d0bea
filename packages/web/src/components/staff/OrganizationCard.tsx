import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { formatCount } from '../../lib/format.ts';
import { ConfirmButton } from '../console/ConfirmButton.tsx';
import { formatDateTime } from '../console/date-time.ts';
import { ReasonAction } from './ReasonAction.tsx';
import type { Message } from './StaffMessage.tsx';
import { staffErrorText } from './staff-errors.ts';
import { useStaffI18n } from './staff-i18n.ts';
import { ArchiveMutation, LiftMutation, RestoreMutation, SuspendMutation } from './staff-mutations.ts';

export const OrganizationFields = graphql(`
  fragment StaffOrganization on OrganizationSummary {
    suspendedAt
    suspensionReason
    members
    activeKeys
    organization {
      id
      suspended
      vendor {
        id
        slug
        name
      }
    }
    archivedListings {
      reason
      offering {
        id
        slug
        name
        status
        updatedAt
      }
    }
  }
`);

const PublishedListingsQuery = graphql(`
  query StaffVendorListings($slug: String!) {
    vendor(slug: $slug) {
      id
      offerings(first: 100) {
        totalCount
        nodes {
          id
          slug
          name
        }
      }
    }
  }
`);

interface OrganizationCardProps {
  summary: FragmentOf<typeof OrganizationFields>;
  /** after any change: says what happened and refreshes the list */
  onChanged: (message: Message) => void;
}

/** One partner organization: members, keys, suspension, and its listings to archive or restore. */
export function OrganizationCard({ summary: data, onChanged }: OrganizationCardProps) {
  const { s, t, lang, site } = useStaffI18n();
  const summary = readFragment(OrganizationFields, data);
  const { organization } = summary;
  const name = organization.vendor.name;
  const [suspension, suspend] = useMutation(SuspendMutation);
  const [lifting, lift] = useMutation(LiftMutation);
  const [restoring, restore] = useMutation(RestoreMutation);
  const [reasonErrors, setReasonErrors] = useState<string[]>([]);
  const [showListings, setShowListings] = useState(false);
  const titleId = `organization-${organization.id}`;

  const onSuspend = async (reason: string) => {
    setReasonErrors([]);
    const result = await suspend({ id: organization.id, reason });
    const payload = result.data?.payload;
    if (!payload) {
      setReasonErrors([t.common.apiDownBody]);
      return false;
    }
    const [first] = payload.userErrors;
    if (first?.field?.at(-1) === 'reason') {
      setReasonErrors([staffErrorText(s, first)]);
      return false;
    }
    onChanged(first ? { tone: 'error', text: staffErrorText(s, first) } : { tone: 'ok', text: s.organizations.suspended(name, payload.listingsAffected) });
    return true;
  };

  const onLift = async () => {
    const result = await lift({ id: organization.id });
    const payload = result.data?.payload;
    if (!payload) return onChanged({ tone: 'error', text: t.common.apiDownBody });
    const [first] = payload.userErrors;
    onChanged(first ? { tone: 'error', text: staffErrorText(s, first) } : { tone: 'ok', text: s.organizations.lifted(name, payload.listingsAffected) });
  };

  const onRestore = async (id: string, listing: string) => {
    const result = await restore({ id });
    const payload = result.data?.payload;
    if (!payload) return onChanged({ tone: 'error', text: t.common.apiDownBody });
    const [first] = payload.userErrors;
    onChanged(first ? { tone: 'error', text: staffErrorText(s, first) } : { tone: 'ok', text: s.organizations.restored(listing) });
  };

  return (
    <li className="card organization" aria-labelledby={titleId}>
      <div className="listing-item__head">
        <h2 id={titleId} className="listing-item__name">
          <Link to={site(`/vendors/${organization.vendor.slug}`)}>{name}</Link>
        </h2>
        <span className={organization.suspended ? 'status status--rejected' : 'status status--published'}>
          {organization.suspended ? s.organizations.statusSuspended : s.organizations.statusActive}
        </span>
      </div>
      <p className="listing-item__meta">
        {s.organizations.members(formatCount(summary.members, lang))} · {s.organizations.keys(formatCount(summary.activeKeys, lang))}
      </p>
      {organization.suspended && (
        <p className="listing-item__reason">
          <strong>{summary.suspendedAt ? s.organizations.suspendedSince(formatDateTime(summary.suspendedAt, lang, s)) : s.organizations.statusSuspended}:</strong>{' '}
          {summary.suspensionReason}
        </p>
      )}

      <div className="review-item__actions">
        {organization.suspended ? (
          <ConfirmButton
            label={s.organizations.liftNamed(name)}
            title={s.organizations.liftConfirmTitle(name)}
            body={s.organizations.liftConfirmBody}
            confirm={s.organizations.lift}
            cancel={s.common.cancel}
            disabled={lifting.fetching}
            onConfirm={onLift}
          >
            {lifting.fetching ? s.common.working : s.organizations.lift}
          </ConfirmButton>
        ) : (
          <ReasonAction
            openLabel={s.organizations.suspend}
            openAccessibleName={s.organizations.suspendNamed(name)}
            label={s.organizations.suspendReason}
            hint={s.organizations.suspendHint}
            submitLabel={s.organizations.suspendSubmit}
            blankMessage={s.organizations.reasonBlank}
            errors={reasonErrors}
            busy={suspension.fetching}
            danger
            onSubmit={onSuspend}
          />
        )}
        {!organization.suspended && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={showListings}
            aria-controls={`${titleId}-listings`}
            onClick={() => setShowListings((shown) => !shown)}
          >
            {showListings ? s.organizations.hideListings : s.organizations.showListings}
          </button>
        )}
      </div>

      {showListings && !organization.suspended && (
        <div id={`${titleId}-listings`}>
          <PublishedListings vendorSlug={organization.vendor.slug} onChanged={onChanged} />
        </div>
      )}

      {summary.archivedListings.length > 0 && (
        <div className="organization__archived">
          <h3 className="review-item__section">{s.organizations.archivedTitle}</h3>
          <ul className="staff-rows">
            {summary.archivedListings.map(({ offering, reason }) => (
              <li key={offering.id} className="staff-row">
                <div>
                  <strong>{offering.name}</strong>
                  <p className="muted">
                    {s.organizations.archivedReason}: {reason}
                  </p>
                </div>
                {/* The API would publish it even while the organization is suspended: lift the suspension first. */}
                {organization.suspended ? (
                  <span className="muted">{s.organizations.restoreAfterLift}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={s.organizations.restoreNamed(offering.name)}
                    disabled={restoring.fetching}
                    onClick={() => onRestore(offering.id, offering.name)}
                  >
                    {s.organizations.restore}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** A vendor's published listings, each of which staff can archive with a reason. */
function PublishedListings({ vendorSlug, onChanged }: { vendorSlug: string; onChanged: (message: Message) => void }) {
  const { s, t, site } = useStaffI18n();
  const [result, reexecute] = useQuery({ query: PublishedListingsQuery, variables: { slug: vendorSlug }, requestPolicy: 'cache-and-network' });
  const [archiving, archive] = useMutation(ArchiveMutation);
  const [errors, setErrors] = useState<{ id: string; texts: string[] } | null>(null);

  const onArchive = async (id: string, name: string, reason: string) => {
    setErrors(null);
    const response = await archive({ id, reason });
    const payload = response.data?.payload;
    if (!payload) {
      setErrors({ id, texts: [t.common.apiDownBody] });
      return false;
    }
    const [first] = payload.userErrors;
    if (first?.field?.at(-1) === 'reason') {
      setErrors({ id, texts: [staffErrorText(s, first)] });
      return false;
    }
    reexecute({ requestPolicy: 'network-only' });
    onChanged(first ? { tone: 'error', text: staffErrorText(s, first) } : { tone: 'ok', text: s.organizations.archived(name) });
    return true;
  };

  const listings = result.data?.vendor?.offerings.nodes;
  if (result.error && !result.data) return <p className="confirmation confirmation--error">{t.common.apiDownBody}</p>;
  if (!listings) return <p className="loading">{t.common.loading}</p>;
  return (
    <div className="organization__listings">
      <h3 className="review-item__section">{s.organizations.publishedTitle}</h3>
      {listings.length === 0 ? (
        <p className="muted">{s.organizations.noPublished}</p>
      ) : (
        <ul className="staff-rows">
          {listings.map((listing) => (
            <li key={listing.id} className="staff-row">
              <Link to={site(`/offerings/${listing.slug}`)}>{listing.name}</Link>
              <ReasonAction
                openLabel={s.organizations.archive}
                openAccessibleName={s.organizations.archiveNamed(listing.name)}
                label={s.organizations.archiveReason(listing.name)}
                hint={s.organizations.archiveHint}
                submitLabel={s.organizations.archiveSubmit}
                blankMessage={s.organizations.reasonBlank}
                errors={errors?.id === listing.id ? errors.texts : []}
                busy={archiving.fetching}
                danger
                onSubmit={(reason) => onArchive(listing.id, listing.name, reason)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
