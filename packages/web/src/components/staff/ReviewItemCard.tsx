import { useState } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts';
import { bothTexts, localized } from '../../i18n/i18n.tsx';
import { formatPercent, formatVnd } from '../../lib/format.ts';
import { formatDateTime } from '../console/date-time.ts';
import { OfferingLinkFields } from '../offering/offering-fields.ts';
import { RequirementItemFields } from '../offering/RequirementList.tsx';
import type { UserError } from '../console/user-errors.ts';
import { ReasonAction } from './ReasonAction.tsx';
import type { Message } from './StaffMessage.tsx';
import { staffErrorText } from './staff-errors.ts';
import { useStaffI18n } from './staff-i18n.ts';
import { ApproveMutation, RejectMutation } from './staff-mutations.ts';

const PlanSnapshotFields = graphql(`
  fragment StaffPlanSnapshot on PlanSnapshot {
    name
    nameEn
    unit
    price {
      amount
    }
    specs {
      key
      value
    }
  }
`);

export const ReviewItemFields = graphql(
  `
    fragment StaffReviewItem on ReviewItem {
      kind
      submittedAt
      ageDays
      offering {
        ...OfferingLink
        status
        kind
        category {
          slug
          name
          nameEn
        }
        dataCenters {
          id
          city
          name
        }
        requirements {
          ...RequirementItem
        }
        pendingRevision {
          status
          dataCenters {
            id
            city
            name
          }
          requirements {
            ...RequirementItem
          }
        }
      }
      changes {
        field
        before
        after
      }
      planChanges {
        change
        before {
          ...StaffPlanSnapshot
        }
        after {
          ...StaffPlanSnapshot
        }
      }
    }
  `,
  [OfferingLinkFields, RequirementItemFields, PlanSnapshotFields],
);

type Requirements = readonly FragmentOf<typeof RequirementItemFields>[];
type DataCenters = readonly { city: string; name: string }[];
type Snapshot = ResultOf<typeof PlanSnapshotFields>;

interface ReviewItemCardProps {
  item: FragmentOf<typeof ReviewItemFields>;
  /** after a decision (done) or a refusal by the API that the queue is out of date (stale) */
  onDecided: (message: Message) => void;
}

/** One listing or edit waiting for review: what it changes, field by field and plan by plan; approve or reject. */
export function ReviewItemCard({ item: data, onDecided }: ReviewItemCardProps) {
  const { s, t, lang, site } = useStaffI18n();
  const item = readFragment(ReviewItemFields, data);
  const offering = item.offering;
  const [approval, approve] = useMutation(ApproveMutation);
  const [rejection, reject] = useMutation(RejectMutation);
  const [reasonErrors, setReasonErrors] = useState<string[]>([]);
  const isEdit = item.kind === 'EDIT';
  const titleId = `review-${offering.id}`;

  const none = s.review.none;
  const dataCenters = (list: DataCenters | undefined) =>
    list
      ?.map((dc) => `${dc.city} — ${dc.name}`)
      .sort()
      .join('\n') || none;
  const requirements = (list: Requirements | undefined) =>
    list
      ?.map((entry) => {
        const requirement = readFragment(RequirementItemFields, entry);
        const categories = requirement.categories.map((category) => localized(lang, category.name, category.nameEn)).join(' / ');
        const vendors = requirement.vendors.map((vendor) => vendor.name).join(', ');
        return s.review.requirement(bothTexts(requirement.description, requirement.descriptionEn), categories, vendors || s.review.anyVendor);
      })
      .join('\n') || none;
  const value = (field: string, raw: string | null, side: 'before' | 'after') => {
    if (field === 'dataCenters') return dataCenters(side === 'before' ? (isEdit ? offering.dataCenters : undefined) : isEdit ? offering.pendingRevision?.dataCenters : offering.dataCenters);
    if (field === 'requirements') {
      return requirements(side === 'before' ? (isEdit ? offering.requirements : undefined) : isEdit ? offering.pendingRevision?.requirements : offering.requirements);
    }
    if (raw === null || raw === '') return none;
    return field === 'slaAvailability' ? formatPercent(raw, lang) : raw;
  };
  const planLine = (plan: Snapshot | null) => {
    if (!plan) return none;
    const specs = plan.specs.map((spec) => t.specs[spec.key]?.(spec.value) ?? `${spec.key}: ${spec.value}`).join(', ');
    const line = s.review.planSummary(bothTexts(plan.name, plan.nameEn), formatVnd(plan.price.amount), t.units[plan.unit] ?? plan.unit);
    return specs ? `${line} (${specs})` : line;
  };

  const problem = (error: UserError) => {
    if (error.field?.at(-1) === 'reason') {
      setReasonErrors([staffErrorText(s, error)]);
      return false;
    }
    // NOT_IN_REVIEW: someone decided first, or the partner withdrew it; the queue is refreshed either way.
    onDecided({ tone: 'error', text: s.review.stale(offering.name, staffErrorText(s, error)) });
    return true;
  };

  const onApprove = async () => {
    const result = await approve({ id: offering.id });
    const payload = result.data?.payload;
    if (!payload) return onDecided({ tone: 'error', text: t.common.apiDownBody });
    const [first] = payload.userErrors;
    if (first) return void problem(first);
    onDecided({ tone: 'ok', text: isEdit ? s.review.approvedEdit(offering.name) : s.review.approved(offering.name) });
  };

  const onReject = async (reason: string) => {
    setReasonErrors([]);
    const result = await reject({ id: offering.id, reason });
    const payload = result.data?.payload;
    if (!payload) {
      setReasonErrors([t.common.apiDownBody]);
      return false;
    }
    const [first] = payload.userErrors;
    if (first) return problem(first);
    onDecided({ tone: 'ok', text: isEdit ? s.review.rejectedEdit(offering.name) : s.review.rejected(offering.name) });
    return true;
  };

  // The API compares stored forms (data center ids, requirement JSON); show only what reads differently.
  const changes = isEdit
    ? item.changes.filter((change) => value(change.field, change.before, 'before') !== value(change.field, change.after, 'after'))
    : item.changes;
  const busy = approval.fetching || rejection.fetching;
  return (
    <li className="card review-item" aria-labelledby={titleId}>
      <div className="listing-item__head">
        <h2 id={titleId} className="listing-item__name">
          {isEdit ? <Link to={site(`/offerings/${offering.slug}`)}>{offering.name}</Link> : offering.name}
        </h2>
        <span className={`status ${isEdit ? 'status--edit' : 'status--in-review'}`}>{s.review.kinds[item.kind]}</span>
      </div>
      <p className="listing-item__meta">
        {offering.vendor.name} · {t.kinds[offering.kind] ?? offering.kind} · {localized(lang, offering.category.name, offering.category.nameEn)}
      </p>
      <p className="listing-item__meta">
        {s.review.submitted(formatDateTime(item.submittedAt, lang, s))} · <strong>{s.review.waited(item.ageDays)}</strong>
      </p>

      <h3 className="review-item__section">{isEdit ? s.review.changesTitle : s.review.contentTitle}</h3>
      {!isEdit ? (
        // A new listing has nothing to compare with: what it says, compactly.
        <dl className="review-content">
          {changes.map((change) => (
            <div key={change.field}>
              <dt>{s.review.fields[change.field] ?? change.field}</dt>
              <dd>{value(change.field, change.after, 'after')}</dd>
            </div>
          ))}
          <div>
            <dt>{s.review.plans}</dt>
            <dd>{item.planChanges.map((change) => planLine(readFragment(PlanSnapshotFields, change.after))).join('\n') || none}</dd>
          </div>
        </dl>
      ) : changes.length === 0 && item.planChanges.length === 0 ? (
        <p>{s.review.noChanges}</p>
      ) : (
        <ul className="diff">
          {changes.map((change) => (
            <li key={change.field} className="diff__row">
              <h4 className="diff__field">{s.review.fields[change.field] ?? change.field}</h4>
              <div className="diff__sides">
                <div className="diff__side diff__side--before">
                  <span className="diff__label">{s.review.published}</span>
                  <p>{value(change.field, change.before, 'before')}</p>
                </div>
                <div className="diff__side diff__side--after">
                  <span className="diff__label">{s.review.proposed}</span>
                  <p>{value(change.field, change.after, 'after')}</p>
                </div>
              </div>
            </li>
          ))}
          {item.planChanges.map((change, index) => {
            const before = readFragment(PlanSnapshotFields, change.before);
            const after = readFragment(PlanSnapshotFields, change.after);
            return (
              <li key={`plan-${index}`} className="diff__row">
                <h4 className="diff__field">{s.review.planChange(s.review.planChanges[change.change], (after ?? before)?.name ?? '')}</h4>
                <div className="diff__sides">
                  <div className="diff__side diff__side--before">
                    <span className="diff__label">{s.review.published}</span>
                    <p>{planLine(before)}</p>
                  </div>
                  <div className="diff__side diff__side--after">
                    <span className="diff__label">{s.review.proposed}</span>
                    <p>{change.change === 'REMOVED' ? s.review.planRemoved : planLine(after)}</p>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <div className="review-item__actions">
        <button type="button" className="button" disabled={busy} aria-label={s.review.approveNamed(offering.name)} onClick={onApprove}>
          {approval.fetching ? s.common.working : s.review.approve}
        </button>
        <ReasonAction
          openLabel={s.review.reject}
          openAccessibleName={s.review.rejectNamed(offering.name)}
          label={s.review.reasonLabel}
          hint={s.review.reasonHint}
          submitLabel={s.review.rejectSubmit}
          blankMessage={s.review.reasonBlank}
          errors={reasonErrors}
          busy={busy}
          danger
          onSubmit={onReject}
        />
      </div>
    </li>
  );
}
