import { useState } from 'react';
import { useQuery } from 'urql';
import { ConsolePage, QueryList } from '../../components/common/ConsoleParts.tsx';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffMessage, type Message } from '../../components/staff/StaffMessage.tsx';
import { StaffQueryError } from '../../components/staff/StaffShell.tsx';
import { VerificationCard, VerificationItemFields } from '../../components/staff/VerificationCard.tsx';
import { graphql } from '../../graphql.ts';
import { formatCount } from '../../lib/format.ts';

const QUEUE_SIZE = 50;

const VerificationQueueQuery = graphql(
  `
    query StaffVerificationQueue($first: Int) {
      verificationQueue(first: $first) {
        attestation {
          id
        }
        ...StaffVerificationItem
      }
    }
  `,
  [VerificationItemFields],
);

/** Attestations partners claimed, oldest first: check the evidence, then verify or refuse. */
export default function VerificationPage() {
  const { s, lang } = useStaffI18n();
  const [message, setMessage] = useState<Message | null>(null);
  const [result, reexecute] = useQuery({ query: VerificationQueueQuery, variables: { first: QUEUE_SIZE }, requestPolicy: 'cache-and-network' });

  const decided = (next: Message) => {
    setMessage(next);
    reexecute({ requestPolicy: 'network-only' });
  };

  const items = result.data?.verificationQueue;
  return (
    <ConsolePage name="verification" title={s.verification.title} lead={s.verification.lead}>
      <StaffMessage message={message} />
      <QueryList
        failure={result.error && !result.data && <StaffQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        data={items}
        empty={s.verification.empty}
      >
        {(items) => (
          <>
            <p className="console-count" role="status">
              {items.length === QUEUE_SIZE ? s.verification.countFirst(formatCount(QUEUE_SIZE, lang)) : s.verification.count(formatCount(items.length, lang))}
            </p>
            <ul className="listing-list">
              {items.map((item) => (
                <VerificationCard key={item.attestation.id} item={item} onDecided={decided} />
              ))}
            </ul>
          </>
        )}
      </QueryList>
    </ConsolePage>
  );
}
