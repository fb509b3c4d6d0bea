import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useClient, useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AccountViewerQuery } from '../account/account-viewer.ts';
import { newIdempotencyKey } from '../../lib/idempotency-key.ts';
import { PageSection } from '../common/PageSection.tsx';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { rememberSavedStack } from './saved-stacks.ts';
import { ShareLink } from './ShareLink.tsx';
import type { StoredStack } from './stack-model.ts';
import { useStackText } from './stack-text.ts';

const SaveStackMutation = graphql(`
  mutation SaveStack($input: SaveStackInput!) {
    saveStack(input: $input) {
      stack {
        id
        name
        createdAt
        sharePath
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`, [UserErrorFields]);

export const MAX_NAME_LENGTH = 120;

const contentOf = (stack: StoredStack) => JSON.stringify([stack.name.trim(), stack.items, stack.catalogSearch ?? null]);

interface Saved {
  name: string;
  sharePath: string;
  content: string;
  /** saved by a signed-in buyer, which the API keeps in the account by itself */
  inAccount: boolean;
}

/** Names and saves the stack being composed, then shows the link that opens it anywhere. */
export function SaveStackPanel({ stack, onRename }: { stack: StoredStack; onRename: (name: string) => void }) {
  const s = useStackText();
  const { site } = useI18n();
  const client = useClient();
  const nameId = useId();
  const errorId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [{ fetching }, saveStack] = useMutation(SaveStackMutation);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  // One key per content: pressing save again after a lost answer retries safely instead of saving twice.
  const attempt = useRef<{ key: string; content: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = stack.name.trim();
    setFormError(null);
    if (name === '' || [...name].length > MAX_NAME_LENGTH) {
      setNameError(name === '' ? s.save.errors.BLANK! : s.save.errors.TOO_LONG!);
      nameInput.current?.focus();
      return;
    }
    setNameError(null);
    const content = contentOf(stack);
    if (attempt.current?.content !== content) attempt.current = { key: newIdempotencyKey(), content };
    const result = await saveStack({
      input: { name, items: stack.items, idempotencyKey: attempt.current.key, catalogSearch: stack.catalogSearch ?? null },
    });
    const payload = result.data?.saveStack;
    if (!payload) {
      setFormError(s.save.failed);
      return;
    }
    if (payload.userErrors.length > 0 || !payload.stack) {
      const onName = payload.userErrors.find((error) => error.field?.[1] === 'name');
      if (onName) {
        setNameError(s.save.errors[onName.code] ?? onName.message);
        nameInput.current?.focus();
      }
      const other = payload.userErrors.find((error) => error !== onName);
      if (other) setFormError(s.save.errors[other.code] ?? other.message);
      return;
    }
    const { id, createdAt, sharePath } = payload.stack;
    rememberSavedStack({ id, name: payload.stack.name, savedAt: createdAt });
    const viewer = await client.query(AccountViewerQuery, {}).toPromise();
    setSaved({ name: payload.stack.name, sharePath, content, inAccount: Boolean(viewer.data?.viewer.user) });
  };

  return (
    <PageSection id="stack-save" className="stack-save card" title={s.save.title}>
      <p className="muted">{s.save.intro}</p>
      <form className="stack-save__form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={nameId}>{s.save.nameLabel}</label>
          <input
            id={nameId}
            ref={nameInput}
            className="text-input"
            value={stack.name}
            maxLength={MAX_NAME_LENGTH}
            required
            aria-invalid={nameError !== null}
            aria-describedby={nameError ? errorId : undefined}
            onChange={(event) => onRename(event.target.value)}
          />
          {nameError && (
            <p id={errorId} className="field-error">
              {nameError}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? s.save.saving : s.save.submit}
        </button>
      </form>
      <div role="status" className="stack-save__result">
        {formError && <p className="confirmation confirmation--error">{formError}</p>}
        {saved && !formError && (
          <>
            <p className="confirmation">
              {s.save.saved(saved.name)} <Link to={saved.sharePath}>{s.save.open}</Link>
            </p>
            {saved.inAccount && (
              <p className="stack-save__account">
                {s.save.inAccount} <Link to={site('/account/stacks')}>{s.save.myStacks}</Link>
              </p>
            )}
            {saved.content !== contentOf(stack) && <p className="callout">{s.save.changedSinceSave}</p>}
          </>
        )}
      </div>
      {saved && !formError && <ShareLink sharePath={saved.sharePath} />}
    </PageSection>
  );
}
