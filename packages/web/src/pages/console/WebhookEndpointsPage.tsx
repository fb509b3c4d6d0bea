import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsolePage, QueryList } from '../../components/common/ConsoleParts.tsx';
import { Notice } from '../../components/common/Notice.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { useWebhookStrings } from '../../components/console/console-webhook-strings.ts';
import { ConsoleQueryError, isOwner, useConsoleMember } from '../../components/console/ConsoleShell.tsx';
import { FieldErrors, TextField } from '../../components/console/FormField.tsx';
import { MessageLine } from '../../components/console/MessageLine.tsx';
import { SecretOnce } from '../../components/console/SecretOnce.tsx';
import { TopicChecks } from '../../components/console/TopicChecks.tsx';
import { errorCode, type UserError } from '../../components/console/user-errors.ts';
import { splitErrors, WebhookEndpointCard } from '../../components/console/WebhookEndpointCard.tsx';
import { CreateEndpointMutation, EndpointsQuery, type Topic } from '../../components/console/webhook-documents.ts';

export default function WebhookEndpointsPage() {
  const w = useWebhookStrings();
  const member = useConsoleMember();
  return (
    <ConsolePage name="webhook" title={w.title} lead={w.lead}>
      {isOwner(member) ? <OwnerEndpoints /> : <Notice title={w.ownersOnly} />}
    </ConsolePage>
  );
}

function OwnerEndpoints() {
  const { c, t } = useConsoleI18n();
  const w = useWebhookStrings();
  const [result, reexecute] = useQuery({ query: EndpointsQuery, requestPolicy: 'cache-and-network' });
  const [createState, create] = useMutation(CreateEndpointMutation);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [topics, setTopics] = useState<Topic[]>(['QUOTE_REQUESTED']);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setErrors([]);
    const outcome = await create({ input: { url, topics, description: description || null } });
    const payload = outcome.data?.createWebhookEndpoint;
    if (!payload) return setStatus({ tone: 'error', text: c.errors[errorCode(outcome.error) ?? ''] ?? t.common.apiDownBody });
    if (payload.userErrors.length > 0 || !payload.secret) return setErrors(payload.userErrors);
    setSecret(payload.secret);
    setUrl('');
    setDescription('');
    reexecute({ requestPolicy: 'network-only' });
  };

  const fields = splitErrors(errors, ['url', 'topics', 'description']);
  const endpoints = result.data?.viewer.organization?.webhookEndpoints;
  return (
    <>
      <form className="card form console-form" onSubmit={submit} noValidate aria-labelledby="new-endpoint-title">
        <h2 id="new-endpoint-title" className="form-section__title">
          {w.createTitle}
        </h2>
        <TextField
          id="endpoint-url"
          label={w.url}
          hint={w.urlHint}
          errors={fields.at('url')}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onChange={setUrl}
        />
        <TextField
          id="endpoint-description"
          label={w.description}
          hint={w.descriptionHint}
          errors={fields.at('description')}
          value={description}
          onChange={setDescription}
        />
        <TopicChecks id="endpoint-topics" value={topics} onChange={setTopics} errors={fields.at('topics')} />
        <FieldErrors errors={fields.other} role="alert" />
        <button type="submit" className="button" disabled={createState.fetching}>
          {createState.fetching ? w.creating : w.create}
        </button>
      </form>

      {secret && <SecretOnce title={w.secretTitle} warning={w.secretWarning} label={w.secretTitle} secret={secret} onDone={() => setSecret(null)} />}
      {status && <MessageLine message={status} />}

      <h2 className="section-title">{w.listTitle}</h2>
      <QueryList
        failure={result.error && !result.data && <ConsoleQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        data={endpoints}
        empty={w.none}
      >
        {(list) => (
          <ul className="endpoint-list">
            {list.map((endpoint) => (
              <WebhookEndpointCard key={endpoint.id} endpoint={endpoint} onDeleted={() => reexecute({ requestPolicy: 'network-only' })} />
            ))}
          </ul>
        )}
      </QueryList>
    </>
  );
}
