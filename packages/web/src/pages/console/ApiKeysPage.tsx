import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsolePage, QueryList } from '../../components/common/ConsoleParts.tsx';
import { Notice } from '../../components/common/Notice.tsx';
import { ConfirmButton } from '../../components/console/ConfirmButton.tsx';
import { useConsoleI18n } from '../../components/console/console-i18n.ts';
import { ConsoleQueryError, isOwner, useConsoleMember } from '../../components/console/ConsoleShell.tsx';
import { keyModeStrings } from '../../components/console/console-key-mode-strings.ts';
import { formatDateTime } from '../../components/console/date-time.ts';
import { FieldErrors, TextField } from '../../components/console/FormField.tsx';
import { MessageLine } from '../../components/console/MessageLine.tsx';
import { SecretOnce } from '../../components/console/SecretOnce.tsx';
import { errorCode, errorText, fieldKey, type UserError } from '../../components/console/user-errors.ts';
import { graphql, readFragment } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { formatDate } from '../../lib/format.ts';

const SCOPES = ['listings:read', 'listings:write', 'quotes:read', 'quotes:write'] as const;
const MODES = ['LIVE', 'TEST'] as const;

const ApiKeyFields = graphql(`
  fragment ConsoleApiKey on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
    mode
  }
`);

const ApiKeysQuery = graphql(
  `
    query ConsoleApiKeys {
      viewer {
        organization {
          id
          apiKeys {
            id
            ...ConsoleApiKey
          }
        }
      }
    }
  `,
  [ApiKeyFields],
);

const CreateKeyMutation = graphql(
  `
    mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        key
        apiKey {
          id
          ...ConsoleApiKey
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [ApiKeyFields, UserErrorFields],
);

const RevokeKeyMutation = graphql(
  `
    mutation ConsoleRevokeApiKey($input: RevokeApiKeyInput!) {
      revokeApiKey(input: $input) {
        apiKey {
          id
          ...ConsoleApiKey
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [ApiKeyFields, UserErrorFields],
);

export default function ApiKeysPage() {
  const { c } = useConsoleI18n();
  const member = useConsoleMember();
  return (
    <ConsolePage name="keys" title={c.keys.title} lead={c.keys.lead}>
      {isOwner(member) ? <OwnerKeys /> : <Notice title={c.keys.ownersOnly} />}
    </ConsolePage>
  );
}

function OwnerKeys() {
  const { c, t, lang } = useConsoleI18n();
  const m = keyModeStrings[lang];
  const [result, reexecute] = useQuery({ query: ApiKeysQuery, requestPolicy: 'cache-and-network' });
  const [createState, createKey] = useMutation(CreateKeyMutation);
  const [, revokeKey] = useMutation(RevokeKeyMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['listings:read']);
  const [mode, setMode] = useState<(typeof MODES)[number]>('LIVE');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [newKey, setNewKey] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setErrors([]);
    const outcome = await createKey({ input: { name, scopes, mode } });
    const payload = outcome.data?.createApiKey;
    if (!payload) return setStatus({ tone: 'error', text: c.errors[errorCode(outcome.error) ?? ''] ?? t.common.apiDownBody });
    if (payload.userErrors.length > 0 || !payload.key) return setErrors(payload.userErrors);
    setNewKey(payload.key);
    setName('');
    // The list is the organization's; the new key joins it on the next read.
    reexecute({ requestPolicy: 'network-only' });
  };

  const revoke = async (id: string, keyName: string) => {
    setStatus(null);
    const outcome = await revokeKey({ input: { id } });
    const payload = outcome.data?.revokeApiKey;
    if (!payload) return setStatus({ tone: 'error', text: c.errors[errorCode(outcome.error) ?? ''] ?? t.common.apiDownBody });
    const [problem] = payload.userErrors;
    setStatus(problem ? { tone: 'error', text: errorText(c, problem) } : { tone: 'ok', text: c.keys.revoked(keyName) });
  };

  const errorsAt = (key: string) => errors.filter((error) => fieldKey(error.field) === key || fieldKey(error.field).startsWith(`${key}.`));
  const nameErrors = errorsAt('name');
  const scopeErrors = errorsAt('scopes');
  const otherErrors = errors.filter((error) => !nameErrors.includes(error) && !scopeErrors.includes(error));
  const keys = result.data?.viewer.organization?.apiKeys;

  return (
    <>
      <form className="card form console-form" onSubmit={create} noValidate aria-labelledby="new-key-title">
        <h2 id="new-key-title" className="form-section__title">
          {c.keys.createTitle}
        </h2>
        <TextField id="key-name" label={c.keys.name} hint={c.keys.nameHint} errors={nameErrors} value={name} onChange={setName} />
        <fieldset className="checks" aria-describedby={scopeErrors.length > 0 ? 'key-scopes-errors' : undefined}>
          <legend className="checks__title">{c.keys.scopes}</legend>
          {SCOPES.map((scope) => (
            <label key={scope} className="check">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(event) => setScopes(event.target.checked ? [...scopes, scope] : scopes.filter((known) => known !== scope))}
              />
              <span className="check__label">{c.keys.scopeLabels[scope] ?? scope}</span>
            </label>
          ))}
          <FieldErrors id="key-scopes" errors={scopeErrors} />
        </fieldset>
        <fieldset className="checks">
          <legend className="checks__title">{m.mode}</legend>
          {MODES.map((value) => (
            <label key={value} className="check">
              <input type="radio" name="key-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              <span className="check__label">{m.labels[value]}</span>
            </label>
          ))}
        </fieldset>
        <FieldErrors errors={otherErrors} role="alert" />
        <button type="submit" className="button" disabled={createState.fetching}>
          {createState.fetching ? c.keys.creating : c.keys.create}
        </button>
      </form>

      {newKey && (
        <SecretOnce
          title={c.keys.newKeyTitle}
          warning={c.keys.newKeyWarning}
          label={c.keys.newKeyLabel}
          secret={newKey}
          onDone={() => setNewKey(null)}
        />
      )}

      {status && <MessageLine message={status} />}

      <h2 className="section-title">{c.keys.listTitle}</h2>
      <QueryList
        failure={result.error && !result.data && <ConsoleQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        data={keys}
        empty={c.keys.empty}
      >
        {(keys) => (
          <ul className="key-list">
            {keys.map((data) => {
              const key = readFragment(ApiKeyFields, data);
              return (
                <li key={key.id} className={key.revokedAt ? 'card key key--revoked' : 'card key'}>
                  <div className="key__head">
                    <h3 className="key__name">{key.name}</h3>
                    <span className={key.revokedAt ? 'status status--archived' : 'status status--published'}>
                      {key.revokedAt ? c.keys.revokedAt(formatDate(key.revokedAt)) : c.keys.active}
                    </span>
                  </div>
                  <dl className="key__facts">
                    <div>
                      <dt>{c.keys.prefix}</dt>
                      <dd>
                        <code>{key.prefix}</code>
                      </dd>
                    </div>
                    <div>
                      <dt>{m.mode}</dt>
                      <dd>{m.names[key.mode]}</dd>
                    </div>
                    <div>
                      <dt>{c.keys.scopes}</dt>
                      <dd>{key.scopes.join(', ')}</dd>
                    </div>
                    <div>
                      <dt>{c.keys.created}</dt>
                      <dd>{formatDateTime(key.createdAt, lang, c)}</dd>
                    </div>
                    <div>
                      <dt>{c.keys.lastUsed}</dt>
                      <dd>{key.lastUsedAt ? formatDateTime(key.lastUsedAt, lang, c) : c.keys.neverUsed}</dd>
                    </div>
                  </dl>
                  {!key.revokedAt && (
                    <ConfirmButton
                      label={c.keys.revoke(key.name)}
                      title={c.keys.revokeConfirmTitle(key.name)}
                      body={key.mode === 'TEST' ? m.revokeTestBody : c.keys.revokeConfirmBody}
                      confirm={c.keys.revokeShort}
                      cancel={c.editor.cancel}
                      className="button button--danger button--small"
                      onConfirm={() => revoke(key.id, key.name)}
                    >
                      {c.keys.revokeShort}
                    </ConfirmButton>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </QueryList>
    </>
  );
}
