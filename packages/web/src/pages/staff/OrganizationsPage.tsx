import { useState } from 'react';
import { useQuery } from 'urql';
import { ConsolePage, QueryList } from '../../components/common/ConsoleParts.tsx';
import { OrganizationCard, OrganizationFields } from '../../components/staff/OrganizationCard.tsx';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffMessage, type Message } from '../../components/staff/StaffMessage.tsx';
import { StaffQueryError } from '../../components/staff/StaffShell.tsx';
import { graphql } from '../../graphql.ts';
import { formatCount } from '../../lib/format.ts';

const OrganizationsQuery = graphql(
  `
    query StaffOrganizations {
      organizations {
        organization {
          id
          suspended
        }
        ...StaffOrganization
      }
    }
  `,
  [OrganizationFields],
);

/** Every partner organization: suspend one or lift its suspension; archive a listing or restore it. */
export default function OrganizationsPage() {
  const { s, lang } = useStaffI18n();
  const [message, setMessage] = useState<Message | null>(null);
  const [result, reexecute] = useQuery({ query: OrganizationsQuery, requestPolicy: 'cache-and-network' });

  const changed = (next: Message) => {
    setMessage(next);
    reexecute({ requestPolicy: 'network-only' });
  };

  const organizations = result.data?.organizations;
  const suspended = organizations?.filter((entry) => entry.organization.suspended).length ?? 0;
  return (
    <ConsolePage name="organizations" title={s.organizations.title} lead={s.organizations.lead}>
      <StaffMessage message={message} />
      <QueryList
        failure={result.error && !result.data && <StaffQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        data={organizations}
        empty={s.organizations.empty}
      >
        {(organizations) => (
          <>
            <p className="console-count" role="status">
              {s.organizations.count(formatCount(organizations.length, lang), formatCount(suspended, lang))}
            </p>
            <ul className="listing-list">
              {organizations.map((entry) => (
                <OrganizationCard key={entry.organization.id} summary={entry} onChanged={changed} />
              ))}
            </ul>
          </>
        )}
      </QueryList>
    </ConsolePage>
  );
}
