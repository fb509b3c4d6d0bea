import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ConfirmButton } from './ConfirmButton.tsx';
import { useConsoleI18n } from './console-i18n.ts';
import { useWebhookStrings } from './console-webhook-strings.ts';
import { formatDateTime } from './date-time.ts';
import { FieldErrors, TextField } from './FormField.tsx';
import { MessageLine } from './MessageLine.tsx';
import { SecretOnce } from './SecretOnce.tsx';
import { TopicChecks } from './TopicChecks.tsx';
import { errorCode, errorText, fieldKey, type UserError } from './user-errors.ts';
import { DeleteEndpointMutation, PingMutation, RotateSecretMutation, UpdateEndpointMutation, type Topic } from './webhook-documents.ts';
import { WebhookDeliveries } from './WebhookDeliveries.tsx';

interface Endpoint {
  id: string;
  url: string;
  description: string | null;
  topics: readonly string[];
  createdAt: string;
  secretRotatedAt: string | null;
  previousSecretExpiresAt: string | null;
}

/** The errors of each named input field, and those of none of them. */
export function splitErrors(errors: UserError[], fields: string[]) {
  return {
    at: (name: string) => errors.filter((error) => fieldKey(error.field) === name),
    other: errors.filter((error) => !fields.includes(fieldKey(error.field))),
  };
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** One endpoint: what it is sent, and what an owner does with it (edit, rotate, ping, delete, its deliveries). */
export function WebhookEndpointCard({ endpoint, onDeleted }: { endpoint: Endpoint; onDeleted: () => void }) {
  const { c, t, lang } = useConsoleI18n();
  const w = useWebhookStrings();
  const [, ping] = useMutation(PingMutation);
  const [, remove] = useMutation(DeleteEndpointMutation);
  const [editing, setEditing] = useState(false);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const down = (error: Parameters<typeof errorCode>[0]) => setStatus({ tone: 'error', text: c.errors[errorCode(error) ?? ''] ?? t.common.apiDownBody });

  const sendPing = async () => {
    setStatus(null);
    const outcome = await ping({ input: { id: endpoint.id } });
    const payload = outcome.data?.pingWebhookEndpoint;
    if (!payload) return down(outcome.error);
    const [problem] = payload.userErrors;
    setStatus(problem ? { tone: 'error', text: errorText(c, problem) } : { tone: 'ok', text: w.pinged });
    setShowDeliveries(true);
  };

  const deleteEndpoint = async () => {
    const outcome = await remove({ input: { id: endpoint.id } });
    const payload = outcome.data?.deleteWebhookEndpoint;
    if (!payload) return down(outcome.error);
    const [problem] = payload.userErrors;
    if (problem) return setStatus({ tone: 'error', text: errorText(c, problem) });
    onDeleted();
  };

  return (
    <li className="card endpoint">
      <div className="endpoint__head">
        <h3 className="endpoint__url">
          <code>{endpoint.url}</code>
        </h3>
      </div>
      {endpoint.description && <p className="endpoint__description">{endpoint.description}</p>}
      <ul className="endpoint__topics" aria-label={w.topics}>
        {endpoint.topics.map((topic) => (
          <li key={topic} className="chip">
            {w.events[topic] ?? topic}
          </li>
        ))}
      </ul>
      <p className="endpoint__meta">
        {w.created}: {formatDateTime(endpoint.createdAt, lang, c)}
        {endpoint.secretRotatedAt && <> · {w.rotatedAt}: {formatDateTime(endpoint.secretRotatedAt, lang, c)}</>}
        {endpoint.previousSecretExpiresAt && <> · {w.previousUntil}: {formatDateTime(endpoint.previousSecretExpiresAt, lang, c)}</>}
      </p>
      <div className="form-actions endpoint__actions">
        <button type="button" className="button button--small" onClick={sendPing}>
          {w.ping}
        </button>
        <button type="button" className="button button--secondary button--small" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {w.edit}
        </button>
        <button type="button" className="button button--secondary button--small" aria-expanded={showDeliveries} onClick={() => setShowDeliveries(!showDeliveries)}>
          {w.deliveries}
        </button>
        <ConfirmButton
          label={w.removeLabel(endpoint.url)}
          title={w.removeTitle(endpoint.url)}
          body={w.removeBody}
          confirm={w.remove}
          cancel={w.cancel}
          className="button button--danger button--small"
          onConfirm={deleteEndpoint}
        >
          {w.remove}
        </ConfirmButton>
      </div>
      {status && <MessageLine message={status} />}
      {editing && <EndpointEditor endpoint={endpoint} onSecret={setSecret} onDone={() => setEditing(false)} />}
      {secret && <SecretOnce title={w.secretTitle} warning={w.secretWarning} label={w.secretTitle} secret={secret} onDone={() => setSecret(null)} />}
      {showDeliveries && <WebhookDeliveries endpointId={endpoint.id} url={endpoint.url} />}
    </li>
  );
}

/** The endpoint's URL, description and topics to change, and its secret to rotate. */
function EndpointEditor({ endpoint, onSecret, onDone }: { endpoint: Endpoint; onSecret: (secret: string) => void; onDone: () => void }) {
  const { c, t } = useConsoleI18n();
  const w = useWebhookStrings();
  const [updateState, update] = useMutation(UpdateEndpointMutation);
  const [rotateState, rotate] = useMutation(RotateSecretMutation);
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description ?? '');
  const [topics, setTopics] = useState<Topic[]>(endpoint.topics as Topic[]);
  const [graceHours, setGraceHours] = useState('24');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const idOf = (name: string) => `endpoint-${endpoint.id}-${name}`;
  const failed = (error: Parameters<typeof errorCode>[0]) => setStatus({ tone: 'error', text: c.errors[errorCode(error) ?? ''] ?? t.common.apiDownBody });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setStatus(null);
    const outcome = await update({ input: { id: endpoint.id, url, description, topics } });
    const payload = outcome.data?.updateWebhookEndpoint;
    if (!payload) return failed(outcome.error);
    if (payload.userErrors.length > 0) return setErrors(payload.userErrors);
    onDone();
  };

  const rotateSecret = async () => {
    setErrors([]);
    setStatus(null);
    const outcome = await rotate({ input: { id: endpoint.id, graceHours: Number(graceHours) } });
    const payload = outcome.data?.rotateWebhookSecret;
    if (!payload) return failed(outcome.error);
    if (payload.userErrors.length > 0 || !payload.secret) return setErrors(payload.userErrors);
    onSecret(payload.secret);
  };

  const fields = splitErrors(errors, ['url', 'description', 'topics', 'graceHours']);
  return (
    <form className="form console-form endpoint__editor" onSubmit={save} noValidate aria-label={w.editTitle(endpoint.url)}>
      <TextField id={idOf('url')} label={w.url} errors={fields.at('url')} type="url" inputMode="url" value={url} onChange={setUrl} />
      <TextField id={idOf('description')} label={w.description} errors={fields.at('description')} value={description} onChange={setDescription} />
      <TopicChecks id={idOf('topics')} value={topics} onChange={setTopics} errors={fields.at('topics')} />
      <FieldErrors errors={fields.other} role="alert" />
      <div className="form-actions">
        <button type="submit" className="button" disabled={updateState.fetching}>
          {updateState.fetching ? w.saving : w.save}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {w.cancel}
        </button>
      </div>
      <TextField
        id={idOf('grace')}
        label={w.graceHours}
        hint={w.graceHint}
        errors={fields.at('graceHours')}
        inputMode="numeric"
        short
        value={graceHours}
        onChange={setGraceHours}
      />
      <div className="form-actions">
        <button type="button" className="button button--secondary" disabled={rotateState.fetching} onClick={rotateSecret}>
          {w.rotate}
        </button>
      </div>
      {status && <MessageLine message={status} />}
    </form>
  );
}
