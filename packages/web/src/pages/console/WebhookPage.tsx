import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsolePage } from '../../components/common/ConsoleParts.tsx';
import { Loading, Notice } from '../../components/common/Notice.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsolePager, useCursorPages } from '../../components/console/ConsolePager.tsx';
import { ConsoleQueryError, isOwner, useConsoleMember } from '../../components/console/ConsoleShell.tsx';
import { formatDateTime } from '../../components/console/date-time.ts';
import { TextField } from '../../components/console/FormField.tsx';
import { MessageLine } from '../../components/console/MessageLine.tsx';
import { SecretOnce } from '../../components/console/SecretOnce.tsx';
import { errorCode, type UserError } from '../../components/console/user-errors.ts';
import { graphql } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

/** Deliveries shown a page; one more is asked for, to know whether there are older ones. */
const DELIVERIES_PAGE = 20;

const WebhookQuery = graphql(`
  query ConsoleWebhook($before: ID) {
    viewer {
      organization {
        id
        webhookUrl
        webhookDeliveries(first: 21, before: $before) {
          id
          event
          url
          createdAt
          attempts
          deliveredAt
          failedAt
          nextAttemptAt
          lastStatus
          lastError
        }
      }
    }
  }
`);

const SetWebhookMutation = graphql(
  `
    mutation ConsoleSetWebhook($input: SetWebhookInput!) {
      setWebhook(input: $input) {
        secret
        organization {
          id
          webhookUrl
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

export default function WebhookPage() {
  const { c } = useConsoleI18n();
  const member = useConsoleMember();
  return (
    <ConsolePage name="webhook" title={c.webhook.title} lead={c.webhook.lead}>
      {isOwner(member) ? <OwnerWebhook /> : <Notice title={c.webhook.ownersOnly} />}
    </ConsolePage>
  );
}

function OwnerWebhook() {
  const { c, t, lang } = useConsoleI18n();
  const pages = useCursorPages();
  const [result, reexecute] = useQuery({ query: WebhookQuery, variables: { before: pages.after }, requestPolicy: 'cache-and-network' });
  const [saveState, setWebhook] = useMutation(SetWebhookMutation);
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  if (result.error && !result.data) {
    return <ConsoleQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  const organization = result.data?.viewer.organization;
  if (!organization) return <Loading />;

  const save = async (next: string | null) => {
    setStatus(null);
    setErrors([]);
    setSecret(null);
    const outcome = await setWebhook({ input: { url: next } });
    const payload = outcome.data?.setWebhook;
    if (!payload) return setStatus({ tone: 'error', text: c.errors[errorCode(outcome.error) ?? ''] ?? t.common.apiDownBody });
    if (payload.userErrors.length > 0) return setErrors(payload.userErrors);
    if (payload.secret) setSecret(payload.secret);
    else setStatus({ tone: 'ok', text: c.webhook.turnedOff });
    setUrl('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(url);
  };

  const shown = organization.webhookDeliveries.slice(0, DELIVERIES_PAGE);
  return (
    <>
      <p>
        {organization.webhookUrl ? (
          <>
            {c.webhook.current}: <code className="webhook-url">{organization.webhookUrl}</code>
          </>
        ) : (
          c.webhook.none
        )}
      </p>
      <form className="card form console-form" onSubmit={submit} noValidate>
        <TextField
          id="webhook-url"
          label={c.webhook.url}
          hint={c.webhook.urlHint}
          errors={errors}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={setUrl}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={saveState.fetching}>
            {saveState.fetching ? c.webhook.saving : c.webhook.save}
          </button>
          {organization.webhookUrl && (
            <button type="button" className="button button--secondary" disabled={saveState.fetching} onClick={() => save(null)}>
              {c.webhook.turnOff}
            </button>
          )}
        </div>
      </form>

      {secret && (
        <SecretOnce
          title={c.webhook.secretTitle}
          warning={c.webhook.secretWarning}
          label={c.webhook.secretTitle}
          secret={secret}
          onDone={() => setSecret(null)}
        />
      )}
      {status && <MessageLine message={status} />}

      <h2 className="section-title">{c.webhook.deliveries}</h2>
      {shown.length === 0 ? (
        <p className="console-empty">{c.webhook.noDeliveries}</p>
      ) : (
        <ul className="delivery-list">
          {shown.map((delivery) => {
            const outcome = delivery.deliveredAt ? 'delivered' : delivery.failedAt ? 'failed' : delivery.attempts === 0 ? 'queued' : 'pending';
            return (
              <li key={delivery.id} className="card delivery">
                <div className="delivery__head">
                  <h3 className="delivery__event">{c.webhook.events[delivery.event] ?? delivery.event}</h3>
                  <span className={`status status--${outcome === 'delivered' ? 'published' : outcome === 'failed' ? 'rejected' : 'in-review'}`}>
                    {c.webhook[outcome]}
                  </span>
                </div>
                <p className="delivery__meta">
                  {formatDateTime(delivery.createdAt, lang, c)} · {c.webhook.attempts(delivery.attempts)}
                  {delivery.lastStatus !== null && <> · {c.webhook.lastStatus(delivery.lastStatus)}</>}
                  {outcome === 'pending' && delivery.nextAttemptAt && (
                    <> · {c.webhook.nextAttempt(formatDateTime(delivery.nextAttemptAt, lang, c))}</>
                  )}
                </p>
                <p className="delivery__url">
                  <code>{delivery.url}</code>
                </p>
                {delivery.lastError && <p className="delivery__error">{delivery.lastError}</p>}
              </li>
            );
          })}
        </ul>
      )}
      <ConsolePager
        label={c.webhook.pagination}
        pages={pages}
        next={organization.webhookDeliveries.length > DELIVERIES_PAGE ? (shown.at(-1)?.id ?? null) : null}
        text={{ page: c.listings.page, previous: c.webhook.newer, next: c.webhook.older }}
      />
    </>
  );
}
