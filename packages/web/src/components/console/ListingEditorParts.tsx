// What the new-listing page and the editor of an existing listing share: the page's frame, the form with
// its error summary, and the line that says how the last save or action went.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Link } from 'wouter';
import type { ConsoleDictionary } from './console-dictionary.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { fieldKeys } from './listing-draft.ts';
import { ListingForm, type ListingFormProps } from './ListingForm.tsx';
import { MessageLine } from './MessageLine.tsx';
import { errorCode, groupErrors, type UserError } from './user-errors.ts';

/** What the last save or action came to, shown where it was asked for (`at`). */
export type Message = { tone: 'ok' | 'error'; text: string; at: 'top' | 'form' | 'actions' };

/** A mutation that failed as a whole: an ended session, a forbidden operation, or no answer. */
export function failure(c: ConsoleDictionary, apiDown: string, error: CombinedError | undefined, at: Message['at']): Message {
  return { tone: 'error', text: c.errors[errorCode(error) ?? ''] ?? apiDown, at };
}

/** The API's userErrors for the form, and the summary above it that takes the focus when they arrive. */
export function useErrorSummary() {
  const [errors, setErrors] = useState<UserError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const show = (found: UserError[]) => {
    setErrors(found);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  return { errors, summaryRef, show, clear: () => setErrors([]) };
}

/** The editor's page: the way back to the list, the title, then the rest. */
export function EditorPage({ title, children }: { title: string; children: ReactNode }) {
  const { c, site } = useConsoleI18n();
  return (
    <section className="console-section listing-editor" aria-labelledby="editor-title">
      <p className="back-link">
        <Link to={site('/console')}>{c.editor.back}</Link>
      </p>
      <h1 id="editor-title" className="page__title">
        {title}
      </h1>
      {children}
    </section>
  );
}

interface EditorFormProps extends Omit<ListingFormProps, 'errors'> {
  summary: ReturnType<typeof useErrorSummary>;
  onSubmit: (event: FormEvent) => void;
  /** the submit button and what goes with it */
  actions: ReactNode;
  message: Message | null;
}

/** The listing's form: the error summary, every field with its own errors, the buttons, the outcome. */
export function EditorForm({ summary, onSubmit, actions, message, ...form }: EditorFormProps) {
  const known = fieldKeys(form.draft);
  return (
    <form className="listing-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary.errors} known={known} summaryRef={summary.summaryRef} />
      <ListingForm {...form} errors={groupErrors(summary.errors, known)} />
      {actions}
      {message?.at === 'form' && <MessageLine message={message} />}
    </form>
  );
}
