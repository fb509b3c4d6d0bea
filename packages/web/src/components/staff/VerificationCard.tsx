import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { localized } from '../../i18n/i18n.tsx';
import { formatCount, formatDate } from '../../lib/format.ts';
import { formatDateTime } from '../console/date-time.ts';
import { AttestationSummaryFields } from '../offering/AttestationList.tsx';
import { fieldKey, type UserError } from '../console/user-errors.ts';
import { ReasonAction } from './ReasonAction.tsx';
import type { Message } from './StaffMessage.tsx';
import { errorsAt, staffErrorText } from './staff-errors.ts';
import { useStaffI18n } from './staff-i18n.ts';
import { RefuseMutation, VerifyMutation } from './staff-mutations.ts';

export const VerificationItemFields = graphql(
  `
    fragment StaffVerificationItem on VerificationItem {
      attestation {
        ...AttestationSummary
        framework {
          groups {
            code
            name
            nameEn
            criteriaCount
          }
        }
      }
      frameworkCode
      vendor {
        id
        slug
        name
      }
      offering {
        id
        name
      }
      evidenceUrl
      claimedAt
    }
  `,
  [AttestationSummaryFields],
);

/** Today in Vietnam plus a year, as a date input writes it: a claim verified today usually holds a year. */
function aYearFromToday(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  return `${year + 1}${rest === '-02-29' ? '-02-28' : rest}`;
}

/** The end of a day in Vietnam, from a date input's "YYYY-MM-DD". */
const endOfDay = (date: string) => `${date}T23:59:59+07:00`;

interface VerificationCardProps {
  item: FragmentOf<typeof VerificationItemFields>;
  onDecided: (message: Message) => void;
}

/** A claimed attestation: its evidence, then verify it (validity, criteria met per group) or refuse it. */
export function VerificationCard({ item: data, onDecided }: VerificationCardProps) {
  const { s, t, lang } = useStaffI18n();
  const item = readFragment(VerificationItemFields, data);
  const framework = item.attestation.framework;
  const subject = item.offering ? s.verification.forListing(item.offering.name, item.vendor.name) : s.verification.forVendor(item.vendor.name);
  const frameworkName = localized(lang, framework.name, framework.nameEn);
  const idBase = `verify-${item.attestation.id}`;

  const [evidenceUrl, setEvidenceUrl] = useState(item.evidenceUrl ?? '');
  const [validUntil, setValidUntil] = useState(aYearFromToday);
  const [met, setMet] = useState<string[]>(() => framework.groups.map(() => ''));
  const [errors, setErrors] = useState<UserError[]>([]);
  const [refuseErrors, setRefuseErrors] = useState<string[]>([]);
  const [verification, verify] = useMutation(VerifyMutation);
  const [refusal, refuse] = useMutation(RefuseMutation);

  const groupKeys = framework.groups.flatMap((_, index) => [`groups.${index}.met`, `groups.${index}.group`]);
  const known = ['evidenceUrl', 'validUntil', 'groups', ...groupKeys];
  const at = (key: string) => errorsAt(errors, key, known);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: UserError[] = [];
    if (!validUntil) local.push({ field: ['input', 'validUntil'], code: 'BLANK', message: '' });
    const counts = met.map((value, index) => {
      const count = Number(value.trim());
      if (value.trim() === '' || !Number.isInteger(count)) local.push({ field: ['input', 'groups', String(index), 'met'], code: 'NOT_A_NUMBER', message: '' });
      return count;
    });
    if (local.length > 0) return setErrors(local);
    setErrors([]);
    const result = await verify({
      input: {
        id: item.attestation.id,
        evidenceUrl: evidenceUrl.trim(),
        validUntil: endOfDay(validUntil),
        groups: framework.groups.length > 0 ? framework.groups.map((group, index) => ({ group: group.code, met: counts[index]! })) : null,
      },
    });
    const payload = result.data?.payload;
    if (!payload) return setErrors([{ field: null, code: 'API_DOWN', message: t.common.apiDownBody }]);
    if (payload.userErrors.some((error) => fieldKey(error.field) === 'id')) {
      return onDecided({ tone: 'error', text: s.verification.stale(frameworkName, subject) });
    }
    if (payload.userErrors.length > 0) return setErrors(payload.userErrors);
    onDecided({ tone: 'ok', text: s.verification.verified(frameworkName, subject) });
  };

  const onRefuse = async (reason: string) => {
    setRefuseErrors([]);
    const result = await refuse({ id: item.attestation.id, reason });
    const payload = result.data?.payload;
    if (!payload) {
      setRefuseErrors([t.common.apiDownBody]);
      return false;
    }
    const [first] = payload.userErrors;
    if (first && fieldKey(first.field) === 'id') {
      onDecided({ tone: 'error', text: s.verification.stale(frameworkName, subject) });
      return true;
    }
    if (first) {
      setRefuseErrors(payload.userErrors.map((error) => staffErrorText(s, error)));
      return false;
    }
    onDecided({ tone: 'ok', text: s.verification.refused(frameworkName, subject) });
    return true;
  };

  // INCOMPLETE names the groups short of their criteria ("FUNCTIONAL 80/84"): say it with the groups' names.
  const errorText = (error: UserError) => {
    const short = [...error.message.matchAll(/([A-Z_]+) (\d+)\/(\d+)/g)].map(([, code, count, total]) => {
      const group = framework.groups.find((candidate) => candidate.code === code);
      return `${group ? localized(lang, group.name, group.nameEn) : code} ${count}/${total}`;
    });
    return error.code === 'INCOMPLETE' && short.length > 0 ? s.verification.incomplete(short.join(', ')) : staffErrorText(s, error);
  };

  const fieldErrors = (key: string, id: string) => {
    const list = at(key);
    return list.length === 0 ? null : (
      <ul id={`${id}-errors`} className="field-errors">
        {list.map((error, index) => (
          <li key={index}>{errorText(error)}</li>
        ))}
      </ul>
    );
  };
  const described = (key: string, id: string, hint?: string) => [hint, at(key).length > 0 ? `${id}-errors` : null].filter(Boolean).join(' ') || undefined;
  const formErrors = at('');
  const busy = verification.fetching || refusal.fetching;

  return (
    <li className="card verification-item" aria-labelledby={`${idBase}-title`}>
      <div className="listing-item__head">
        <h2 id={`${idBase}-title`} className="listing-item__name">
          {frameworkName}
        </h2>
        <span className="status status--in-review">{s.verification.claimed}</span>
      </div>
      <p className="listing-item__meta">
        {subject} · {s.verification.claimedAt(formatDateTime(item.claimedAt, lang, s))}
      </p>
      <p className="verification-item__evidence">
        <strong>{s.verification.evidence}:</strong>{' '}
        {item.evidenceUrl ? (
          <a href={item.evidenceUrl} target="_blank" rel="noopener noreferrer">
            {item.evidenceUrl}
            <span className="visually-hidden"> {s.common.newTab}</span>
          </a>
        ) : (
          s.verification.noEvidence
        )}
      </p>
      {item.attestation.criteriaMet !== null && (
        <p className="listing-item__meta">{s.verification.claimedCriteria(formatCount(item.attestation.criteriaMet, lang), formatCount(framework.criteriaCount, lang))}</p>
      )}

      <form className="verification-form" onSubmit={submit} noValidate aria-labelledby={`${idBase}-verify`}>
        <h3 id={`${idBase}-verify`} className="review-item__section">
          {s.verification.verifyTitle}
        </h3>
        {formErrors.length > 0 && (
          <ul className="field-errors" role="alert">
            {formErrors.map((error, index) => (
              <li key={index}>{errorText(error)}</li>
            ))}
          </ul>
        )}
        <div className="form-row">
          <div className={at('evidenceUrl').length > 0 ? 'field field--invalid' : 'field'}>
            <label htmlFor={`${idBase}-evidence`}>{s.verification.checkedEvidence}</label>
            <input
              id={`${idBase}-evidence`}
              className="input"
              type="url"
              inputMode="url"
              value={evidenceUrl}
              aria-invalid={at('evidenceUrl').length > 0 || undefined}
              aria-describedby={described('evidenceUrl', `${idBase}-evidence`)}
              onChange={(event) => setEvidenceUrl(event.target.value)}
            />
            {fieldErrors('evidenceUrl', `${idBase}-evidence`)}
          </div>
          <div className={at('validUntil').length > 0 ? 'field field--invalid' : 'field'}>
            <label htmlFor={`${idBase}-valid`}>{s.verification.validUntil}</label>
            <input
              id={`${idBase}-valid`}
              className="input input--date"
              type="date"
              value={validUntil}
              aria-invalid={at('validUntil').length > 0 || undefined}
              aria-describedby={described('validUntil', `${idBase}-valid`, `${idBase}-valid-hint`)}
              onChange={(event) => setValidUntil(event.target.value)}
            />
            <p id={`${idBase}-valid-hint`} className="field__hint">
              {s.verification.validUntilHint(/^\d{4}-\d{2}-\d{2}$/.test(validUntil) ? formatDate(endOfDay(validUntil)) : null)}
            </p>
            {fieldErrors('validUntil', `${idBase}-valid`)}
          </div>
        </div>
        {framework.groups.length > 0 && (
          <fieldset
            className={at('groups').length > 0 ? 'criteria criteria--invalid' : 'criteria'}
            aria-describedby={[`${idBase}-groups-hint`, at('groups').length > 0 ? `${idBase}-groups-errors` : null].filter(Boolean).join(' ')}
          >
            <legend>{s.verification.groupsTitle}</legend>
            <p id={`${idBase}-groups-hint`} className="field__hint">
              {framework.code === 'MIC-CLOUD-153' ? s.verification.micHint : s.verification.groupsHint}
            </p>
            <div className="form-row">
              {framework.groups.map((group, index) => {
                const key = `groups.${index}.met`;
                const id = `${idBase}-group-${group.code.toLowerCase()}`;
                const invalid = at(key).length > 0;
                return (
                  <div key={group.code} className={invalid ? 'field field--invalid' : 'field'}>
                    <label htmlFor={id}>{s.verification.groupMet(localized(lang, group.name, group.nameEn), formatCount(group.criteriaCount, lang))}</label>
                    <input
                      id={id}
                      className="input input--short"
                      inputMode="numeric"
                      value={met[index] ?? ''}
                      aria-invalid={invalid || undefined}
                      aria-describedby={described(key, id)}
                      onChange={(event) => setMet((old) => old.map((value, i) => (i === index ? event.target.value : value)))}
                    />
                    {fieldErrors(key, id)}
                  </div>
                );
              })}
            </div>
            {fieldErrors('groups', `${idBase}-groups`)}
          </fieldset>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {verification.fetching ? s.common.working : s.verification.verify}
          </button>
        </div>
      </form>
      <div className="review-item__actions">
        <ReasonAction
            openLabel={s.verification.refuse}
            openAccessibleName={s.verification.refuseNamed(frameworkName, subject)}
            label={s.verification.refuseReason}
            hint={s.verification.refuseHint}
            submitLabel={s.verification.refuseSubmit}
            blankMessage={s.verification.refuseBlank}
            errors={refuseErrors}
            busy={busy}
            danger
            onSubmit={onRefuse}
          />
      </div>
    </li>
  );
}
