import { useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useQuery } from 'urql';
import { ApiErrorNotice, Notice } from '../components/common/Notice.tsx';
import { SavedStackList } from '../components/stack/SavedStackList.tsx';
import { SaveStackPanel } from '../components/stack/SaveStackPanel.tsx';
import { changePlan, problemLine, removeLine, repairStack, setQuantity, type LineProblem } from '../components/stack/stack-edits.ts';
import type { StackItem, StoredStack } from '../components/stack/stack-model.ts';
import { addPlanToStoredStack, useStoredStack, writeStoredStack } from '../components/stack/stack-store.ts';
import { useStackText } from '../components/stack/stack-text.ts';
import { StackIssueList, StackIssuesFields, type SuggestedPlan, type Suggestion } from '../components/stack/StackIssueList.tsx';
import { StackLineEditor, StackLineEditorFields, type StackLineRow } from '../components/stack/StackLineEditor.tsx';
import { StackStickyTotal, StackSummary, StackSummaryFields } from '../components/stack/StackSummary.tsx';
import { useDebounced } from '../components/stack/use-debounced.ts';
import { graphql } from '../graphql.ts';
import { localized, useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from '../lib/document-title.ts';

const StackBuilderQuery = graphql(
  `
    query StackBuilder($items: [StackItemInput!]!) {
      evaluateStack(items: $items) {
        lines {
          plan {
            id
          }
          ...StackLineEditor
        }
        ...StackSummary
        ...StackIssues
      }
    }
  `,
  [StackLineEditorFields, StackSummaryFields, StackIssuesFields],
);

// Typing a quantity asks the API once it pauses, not at every key.
const EVALUATE_DELAY_MS = 300;

export default function StackPage() {
  const { t, lang } = useI18n();
  const s = useStackText();
  useDocumentTitle(`${s.builder.title} — ${t.siteName}`);
  const stored = useStoredStack();
  const stack: StoredStack = stored ?? { name: t.stack.defaultName, items: [] };
  const [announcement, setAnnouncement] = useState<{ text: string; error?: boolean } | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const linesHeading = useRef<HTMLHeadingElement>(null);
  const issuesHeading = useRef<HTMLHeadingElement>(null);
  // A line moved to another plan keeps its row (and the focus in it) and shows its last figures until re-evaluated.
  const movedFrom = useRef(new Map<string, string>());
  const rowKeys = useRef(new Map<string, string>());

  const itemsKey = JSON.stringify(stack.items);
  const settledKey = useDebounced(itemsKey, EVALUATE_DELAY_MS);
  const variables = useMemo(() => ({ items: JSON.parse(settledKey) as StackItem[] }), [settledKey]);
  const [result, reexecute] = useQuery({ query: StackBuilderQuery, variables, pause: variables.items.length === 0 });
  const evaluation = result.data?.evaluateStack;
  const busy = result.fetching || settledKey !== itemsKey;

  const badInput = result.error?.graphQLErrors.find((error) => error.extensions.code === 'BAD_USER_INPUT');
  const problems: LineProblem[] = badInput
    ? ((badInput.extensions.problems as LineProblem[] | undefined) ?? [{ field: null, code: String(badInput.extensions.reason) }])
    : [];
  const apiDown = result.error !== undefined && !badInput;
  // Until the first answer the lines and the summary are not shown: they arrive together, in a space kept
  // for them, so nothing on screen moves when they do.
  const answered = evaluation !== undefined || apiDown || problems.length > 0;

  const evaluated = useMemo(() => new Map((evaluation?.lines ?? []).map((line) => [line.plan.id, line])), [evaluation]);
  const rows: StackLineRow[] = stack.items.map((item) => {
    const previous = movedFrom.current.get(item.planId);
    return {
      key: rowKeys.current.get(item.planId) ?? item.planId,
      item,
      line: evaluated.get(item.planId) ?? (previous ? evaluated.get(previous) : undefined) ?? null,
    };
  });

  const store = (next: StoredStack, done?: string) => {
    const stored = writeStoredStack(next);
    setAnnouncement(stored ? (done ? { text: done } : null) : { text: t.stack.storageRefused, error: true });
    return stored;
  };

  const onPlan = (fromPlanId: string, toPlanId: string) => {
    if (!stack.items.some((item) => item.planId === toPlanId)) {
      rowKeys.current.set(toPlanId, rowKeys.current.get(fromPlanId) ?? fromPlanId);
      movedFrom.current.set(toPlanId, fromPlanId);
    }
    store(changePlan(stack, fromPlanId, toPlanId));
  };

  const onRemove = (planId: string, offeringName: string | null) => {
    const next = removeLine(stack, planId);
    if (store(next, s.builder.removed(offeringName ?? ''))) (next.items.length > 0 ? linesHeading : title).current?.focus();
  };

  const onAdd = (offering: Suggestion, plan: SuggestedPlan) => {
    const added = addPlanToStoredStack(plan.id, 1, t.stack.defaultName) !== null;
    const announced = s.builder.added(localized(lang, offering.name, offering.nameEn), localized(lang, plan.name, plan.nameEn));
    setAnnouncement(added ? { text: announced } : { text: t.stack.storageRefused, error: true });
    if (added) issuesHeading.current?.focus();
  };

  const onClear = () => {
    if (window.confirm(s.builder.clearConfirm) && store({ ...stack, items: [] }, s.builder.cleared)) title.current?.focus();
  };

  return (
    <div className="page stack-page">
      <h1 className="page__title" ref={title} tabIndex={-1}>
        {s.builder.title}
      </h1>
      <p className="page__lead">{s.builder.lead}</p>
      <p className="stack-page__compose">
        <span>{s.builder.composeLead}</span>{' '}
        <Link to="/compose" className="button button--secondary button--small">
          {s.builder.composeCta}
        </Link>
      </p>
      <div role="status" className="stack-page__status">
        {announcement && <p className={announcement.error ? 'confirmation confirmation--error' : 'confirmation'}>{announcement.text}</p>}
      </div>

      {stack.items.length === 0 ? (
        <Notice title={s.builder.emptyTitle}>
          <p>{s.builder.emptyBody}</p>
          <Link to="/catalog" className="button">
            {t.common.goCatalog}
          </Link>
        </Notice>
      ) : (
        <>
          {apiDown && <ApiErrorNotice onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
          {problems.length > 0 && (
            <Notice title={s.builder.badLinesTitle} tone="error">
              <p>{s.builder.badLinesBody}</p>
              <ul className="notice__links">
                {problems.map((problem, index) => {
                  const line = problemLine(problem);
                  const text = s.builder.problems[problem.code] ?? (problem.code === 'TOO_MANY_LINES' ? s.builder.tooManyLines : problem.code);
                  return <li key={index}>{line === null ? text : s.builder.badLine(line + 1, text)}</li>;
                })}
              </ul>
              <button type="button" className="button" onClick={() => store(repairStack(stack, problems))}>
                {s.builder.badLinesFix}
              </button>
            </Notice>
          )}
          <section aria-labelledby="stack-lines-title" className="stack-lines">
            <div className="stack-lines__head">
              <h2 id="stack-lines-title" className="section-title" ref={linesHeading} tabIndex={-1}>
                {s.builder.linesTitle(stack.items.length)}
              </h2>
              <button type="button" className="link-button" onClick={onClear}>
                {s.builder.clear}
              </button>
            </div>
            <p className="stack-lines__busy" aria-hidden="true">
              {answered && busy && !apiDown && problems.length === 0 ? s.builder.recalculating : ''}
            </p>
            {answered ? (
              <StackLineEditor
                rows={rows}
                onQuantity={(planId, quantity) => store(setQuantity(stack, planId, quantity))}
                onPlan={onPlan}
                onRemove={onRemove}
              />
            ) : (
              <p className="stack-pending">{s.estimate.pending}</p>
            )}
          </section>
          {evaluation && <StackStickyTotal evaluation={evaluation} busy={busy} />}
          {answered && (
            <div className="stack-layout">
              {evaluation && <StackSummary evaluation={evaluation} busy={busy} />}
              {evaluation && <StackIssueList evaluation={evaluation} onAdd={onAdd} busy={busy} headingRef={issuesHeading} />}
              <SaveStackPanel stack={stack} onRename={(name) => store({ ...stack, name })} />
            </div>
          )}
        </>
      )}

      <SavedStackList />
    </div>
  );
}
