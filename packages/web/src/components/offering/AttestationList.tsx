import { graphql, readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts';
import type { Dictionary, Lang } from '../../i18n/dictionary.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';

/** What an attestation says in short: its framework, status, criteria met and validity (unmasked: read where it is spread). */
export const AttestationSummaryFields = graphql(`
  fragment AttestationSummary on ComplianceAttestation @_unmask {
    id
    status
    criteriaMet
    validUntil
    framework {
      code
      name
      nameEn
      criteriaCount
    }
  }
`);

export const AttestationItemFields = graphql(
  `
    fragment AttestationItem on ComplianceAttestation {
      ...AttestationSummary
      verifiedAt
      criteriaMetByGroup {
        group {
          code
          name
          nameEn
          criteriaCount
        }
        met
      }
    }
  `,
  [AttestationSummaryFields],
);

type Attestation = ResultOf<typeof AttestationItemFields>;

/** Verified first: only they count as met; then claims under review, then what no longer or never counted. */
const statusOrder: Record<string, number> = { VERIFIED: 0, CLAIMED: 1, EXPIRED: 2, REVOKED: 3 };

/**
 * What a reader may conclude: criteria met (per group where the framework has several) only for a verified
 * attestation; a claim, a refusal or an expiry says that it does not count as met, and shows no figure.
 */
function facts(attestation: Attestation, t: Dictionary, lang: Lang): string[] {
  const { framework } = attestation;
  switch (attestation.status) {
    case 'VERIFIED': {
      const groups = attestation.criteriaMetByGroup;
      const met =
        groups.length > 1
          ? groups.map((entry) => t.attestation.groupMet(localized(lang, entry.group.name, entry.group.nameEn), entry.met, entry.group.criteriaCount))
          : attestation.criteriaMet !== null
            ? [t.attestation.criteria(attestation.criteriaMet, framework.criteriaCount)]
            : [];
      return [
        ...met,
        ...(attestation.verifiedAt !== null ? [t.attestation.verifiedAt(formatDate(attestation.verifiedAt))] : []),
        ...(attestation.validUntil !== null ? [t.attestation.validUntil(formatDate(attestation.validUntil))] : []),
      ];
    }
    case 'CLAIMED':
      return [t.attestation.claimed];
    case 'EXPIRED':
      return [attestation.validUntil !== null ? t.attestation.expiredOn(formatDate(attestation.validUntil)) : t.attestation.expired];
    default:
      return [t.attestation.refused];
  }
}

export function AttestationList({ attestations }: { attestations: FragmentOf<typeof AttestationItemFields>[] }) {
  const { t, lang } = useI18n();
  if (attestations.length === 0) return <p className="muted">{t.offeringPage.noAttestations}</p>;
  const shown = attestations
    .map((data) => readFragment(AttestationItemFields, data))
    .sort(
      (a, b) =>
        (statusOrder[a.status] ?? 4) - (statusOrder[b.status] ?? 4) ||
        localized(lang, a.framework.name, a.framework.nameEn).localeCompare(localized(lang, b.framework.name, b.framework.nameEn), lang),
    );
  return (
    <ul className="attestations">
      {shown.map((attestation) => {
        const { framework } = attestation;
        const status = attestation.status.toLowerCase();
        return (
          <li key={attestation.id} className={`attestation attestation--${status}`}>
            <p className="attestation__framework">{localized(lang, framework.name, framework.nameEn)}</p>
            <p className="attestation__status">
              <span className={`status status--${status}`}>{t.attestationStatus[attestation.status] ?? attestation.status}</span>
            </p>
            <ul className="attestation__facts">
              {facts(attestation, t, lang).map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
