import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { formatDate, formatVnd } from '../../lib/format.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { ConfirmButton } from '../console/ConfirmButton.tsx';
import type { OfferData } from './offer-fields.ts';
import { useOffersText } from './offers-text.ts';

/** What a decision answers: the offer as it stands now, or why not. */
const OfferDecided = graphql(
  `
    fragment OfferDecided on OfferPayload @_unmask {
      offer {
        id
        status
        decidedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

const AcceptOfferMutation = graphql(
  `
    mutation AcceptOffer($id: ID!, $accessToken: String) {
      acceptOffer(id: $id, accessToken: $accessToken) {
        ...OfferDecided
      }
    }
  `,
  [OfferDecided],
);

const DeclineOfferMutation = graphql(
  `
    mutation DeclineOffer($id: ID!, $accessToken: String) {
      declineOffer(id: $id, accessToken: $accessToken) {
        ...OfferDecided
      }
    }
  `,
  [OfferDecided],
);

interface OfferDecisionProps {
  offer: OfferData;
  vendor: string;
  /** the request's access token on the page its private link opens; null for the signed-in buyer */
  accessToken: string | null;
  /** after a decision (or a refusal): the page reads the request again */
  onDecided: () => void;
}

/**
 * Accept or decline an open offer, each asked again in a dialog; on any other offer both buttons stay,
 * disabled, with the reason beside them.
 */
export function OfferDecision({ offer, vendor, accessToken, onDecided }: OfferDecisionProps) {
  const o = useOffersText();
  const [accepting, acceptOffer] = useMutation(AcceptOfferMutation);
  const [declining, declineOffer] = useMutation(DeclineOfferMutation);
  const [message, setMessage] = useState<{ text: string; error?: true } | null>(null);
  const said = useRef<HTMLParagraphElement>(null);

  const decide = async (decision: 'ACCEPTED' | 'DECLINED') => {
    setMessage(null);
    const variables = { id: offer.id, accessToken };
    const result = decision === 'ACCEPTED' ? await acceptOffer(variables) : await declineOffer(variables);
    const payload = result.data && ('acceptOffer' in result.data ? result.data.acceptOffer : result.data.declineOffer);
    const problem = payload?.userErrors[0];
    if (!payload) setMessage({ text: o.failed, error: true });
    else if (problem) setMessage({ text: o.errors[problem.code] ?? problem.message, error: true });
    else setMessage({ text: o.done[decision](vendor) });
    // The buttons the dialog gave the focus back to are gone or disabled now: the outcome takes it.
    requestAnimationFrame(() => said.current?.focus());
    if (payload) onDecided();
  };

  const busy = accepting.fetching || declining.fetching;
  const { status } = offer;
  const open = status === 'OPEN';
  const reason = status === 'OPEN' ? null : o.why[status](formatDate(status === 'EXPIRED' ? offer.validUntil : (offer.decidedAt ?? offer.validUntil)));
  return (
    <div className="offer-decision">
      <div className="offer-decision__buttons">
        <ConfirmButton
          className="button"
          label={o.acceptLabel(vendor)}
          title={o.accept}
          body={o.confirmAccept(vendor, formatVnd(offer.monthlyTotal.amount))}
          confirm={o.confirmAcceptButton}
          cancel={o.cancel}
          disabled={!open || busy}
          onConfirm={() => void decide('ACCEPTED')}
        >
          {accepting.fetching ? o.working : o.accept}
        </ConfirmButton>
        <ConfirmButton
          label={o.declineLabel(vendor)}
          title={o.decline}
          body={o.confirmDecline(vendor)}
          confirm={o.confirmDeclineButton}
          cancel={o.cancel}
          disabled={!open || busy}
          onConfirm={() => void decide('DECLINED')}
        >
          {declining.fetching ? o.working : o.decline}
        </ConfirmButton>
      </div>
      {reason && (
        <p className="muted offer-decision__reason">
          {reason}
        </p>
      )}
      {message && (
        <p ref={said} tabIndex={-1} className={message.error ? 'confirmation confirmation--error' : 'confirmation'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
