import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
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

/** A fresh idempotency key: a random UUID, also where crypto.randomUUID is missing (pages served over plain HTTP). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const contentOf = (stack: StoredStack) => JSON.stringify([stack.name.trim(), stack.items]);

interface Saved {
  name: string;
  sharePath: string;
  content: string;
}

/** Names and saves the stack being composed, then shows the link that opens it anywhere. */
export function SaveStackPanel({ stack, onRename }: { stack: StoredStack; onRename: (name: string) => void }) {
  const s = useStackText();
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
    const result = await saveStack({ input: { name, items: stack.items, idempotencyKey: attempt.current.key } });
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
    setSaved({ name: payload.stack.name, sharePath, content });
  };

  return (
    <section className="stack-save card" aria-labelledby="stack-save-title">
      <h2 id="stack-save-title" className="section-title">
        {s.save.title}
      </h2>
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
            {saved.content !== contentOf(stack) && <p className="callout">{s.save.changedSinceSave}</p>}
          </>
        )}
      </div>
      {saved && !formError && <ShareLink sharePath={saved.sharePath} />}
    </section>
  );
}
