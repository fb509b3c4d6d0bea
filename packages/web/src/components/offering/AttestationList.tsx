import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';

export const AttestationItemFields = graphql(`
  fragment AttestationItem on ComplianceAttestation {
    id
    status
    criteriaMet
    validUntil
    verifiedAt
    framework {
      code
      name
      nameEn
      criteriaCount
    }
  }
`);

export function AttestationList({ attestations }: { attestations: FragmentOf<typeof AttestationItemFields>[] }) {
  const { t, lang } = useI18n();
  if (attestations.length === 0) return <p className="muted">{t.offeringPage.noAttestations}</p>;
  return (
    <ul className="attestations">
      {attestations.map((data) => {
        const attestation = readFragment(AttestationItemFields, data);
        const { framework } = attestation;
        return (
          <li key={attestation.id} className={`attestation attestation--${attestation.status.toLowerCase()}`}>
            <p className="attestation__framework">{localized(lang, framework.name, framework.nameEn)}</p>
            <p className="attestation__status">
              <span className={`status status--${attestation.status.toLowerCase()}`}>
                {t.attestationStatus[attestation.status] ?? attestation.status}
              </span>
            </p>
            <ul className="attestation__facts">
              {attestation.criteriaMet !== null && (
                <li>{t.attestation.criteria(attestation.criteriaMet, framework.criteriaCount)}</li>
              )}
              {attestation.verifiedAt !== null && <li>{t.attestation.verifiedAt(formatDate(attestation.verifiedAt))}</li>}
              {attestation.validUntil !== null && <li>{t.attestation.validUntil(formatDate(attestation.validUntil))}</li>}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
