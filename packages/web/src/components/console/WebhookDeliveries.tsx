import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Loading } from '../common/Notice.tsx';
import { useConsoleI18n } from './console-i18n.ts';
import { useWebhookStrings } from './console-webhook-strings.ts';
import { ConsolePager, nextCursor, useCursorPages } from './ConsolePager.tsx';
import { ConsoleQueryError } from './ConsoleShell.tsx';
import { formatDateTime } from './date-time.ts';
import { MessageLine } from './MessageLine.tsx';
import { errorCode, errorText } from './user-errors.ts';
import { DeliveriesQuery, RedeliverMutation } from './webhook-documents.ts';

/** An endpoint's deliveries, newest first, each with how it went and a button to send it again. */
export function WebhookDeliveries({ endpointId, url }: { endpointId: string; url: string }) {
  const { c, t, lang } = useConsoleI18n();
  const w = useWebhookStrings();
  const pages = useCursorPages();
  const [result, reexecute] = useQuery({ query: DeliveriesQuery, variables: { after: pages.after }, requestPolicy: 'cache-and-network' });
  const [, redeliver] = useMutation(RedeliverMutation);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (result.error && !result.data) return <ConsoleQueryError error={result.error} onRetry={refresh} />;
  const page = result.data?.viewer.organization?.webhookEndpoints.find((endpoint) => endpoint.id === endpointId)?.deliveries;
  if (!page) return <Loading />;

  const sendAgain = async (id: string) => {
    setStatus(null);
    const outcome = await redeliver({ input: { deliveryId: id } });
    const payload = outcome.data?.redeliverWebhook;
    if (!payload) return setStatus({ tone: 'error', text: c.errors[errorCode(outcome.error) ?? ''] ?? t.common.apiDownBody });
    const [problem] = payload.userErrors;
    setStatus(problem ? { tone: 'error', text: errorText(c, problem) } : { tone: 'ok', text: w.redelivered });
    pages.reset();
    refresh();
  };

  return (
    <section className="endpoint__deliveries" aria-label={w.showDeliveries(url)}>
      <div className="endpoint__deliveries-head">
        <h4 className="endpoint__deliveries-title">{w.deliveries}</h4>
        <button type="button" className="button button--secondary button--small" onClick={refresh}>
          {w.refresh}
        </button>
      </div>
      {status && <MessageLine message={status} />}
      {page.nodes.length === 0 ? (
        <p className="console-empty">{w.noDeliveries}</p>
      ) : (
        <ul className="delivery-list">
          {page.nodes.map((delivery) => {
            const outcome = delivery.deliveredAt ? 'delivered' : delivery.failedAt ? 'failed' : delivery.attempts === 0 ? 'queued' : 'pending';
            const event = w.events[delivery.event] ?? delivery.event;
            const when = formatDateTime(delivery.createdAt, lang, c);
            return (
              <li key={delivery.id} className="card delivery">
                <div className="delivery__head">
                  <h5 className="delivery__event">
                    {event}
                    {delivery.test && <span className="chip">{w.test}</span>}
                    {delivery.redeliveryOf && <span className="chip">{w.redeliveryOf}</span>}
                  </h5>
                  <span className={`status status--${outcome === 'delivered' ? 'published' : outcome === 'failed' ? 'rejected' : 'in-review'}`}>
                    {w[outcome]}
                  </span>
                </div>
                <p className="delivery__meta">
                  {when} · {w.attempts(delivery.attempts)}
                  {delivery.lastStatus !== null && <> · {w.lastStatus(delivery.lastStatus)}</>}
                  {outcome === 'pending' && delivery.nextAttemptAt && <> · {w.nextAttempt(formatDateTime(delivery.nextAttemptAt, lang, c))}</>}
                </p>
                {delivery.lastError && <p className="delivery__error">{delivery.lastError}</p>}
                <button type="button" className="button button--secondary button--small" aria-label={w.redeliverLabel(event, when)} onClick={() => sendAgain(delivery.id)}>
                  {w.redeliver}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ConsolePager label={w.pagination} pages={pages} next={nextCursor(page.pageInfo)} text={{ page: c.listings.page, previous: w.newer, next: w.older }} />
    </section>
  );
}
