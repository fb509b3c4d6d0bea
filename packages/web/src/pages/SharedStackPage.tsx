import { useLocation, useParams } from 'wouter';
import { useQuery } from 'urql';
import { savedCatalogSearchOf } from '../components/catalog/catalog-url.ts';
import { NotFound } from '../components/common/NotFound.tsx';
import { PageQueryPending } from '../components/common/Notice.tsx';
import { PageSection } from '../components/common/PageSection.tsx';
import { CatalogSearchFields, CatalogSearchSummary } from '../components/stack/CatalogSearchSummary.tsx';
import { QuoteRequestForm } from '../components/stack/QuoteRequestForm.tsx';
import { rememberSavedStack, useSavedStacks } from '../components/stack/saved-stacks.ts';
import { SavedStackLineFields, SavedStackLines } from '../components/stack/SavedStackLines.tsx';
import { ShareLink } from '../components/stack/ShareLink.tsx';
import { adoptStack, readStoredStack } from '../components/stack/stack-store.ts';
import { useStackText } from '../components/stack/stack-text.ts';
import { StackIssueList, StackIssuesFields } from '../components/stack/StackIssueList.tsx';
import { StackStickyTotal, StackSummary, StackSummaryFields } from '../components/stack/StackSummary.tsx';
import { graphql, readFragment } from '../graphql.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatCount, formatDate, formatVnd } from '../lib/format.ts';
import { usePageMeta } from '../lib/page-meta.tsx';

const SharedStackQuery = graphql(
  `
    query SharedStack($id: ID!) {
      stack(id: $id) {
        id
        name
        createdAt
        sharePath
        priceChanged
        savedMonthlyTotal {
          amount
        }
        savedOneTimeTotal {
          amount
        }
        csvVi: csvPath(language: VI)
        csvEn: csvPath(language: EN)
        printVi: printPath(language: VI)
        printEn: printPath(language: EN)
        catalogSearch {
          ...CatalogSearchFields
        }
        items {
          quantity
          redundancyGroup
          plan {
            id
          }
          ...SavedStackLine
        }
        evaluation {
          monthlyTotal {
            amount
          }
          oneTimeTotal {
            amount
          }
          ...StackSummary
          ...StackIssues
        }
      }
    }
  `,
  [SavedStackLineFields, StackSummaryFields, StackIssuesFields, CatalogSearchFields],
);

/** A saved stack as its link shows it, in any browser: today's prices beside the saved ones, exports, quotes. */
export default function SharedStackPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, lang } = useI18n();
  const s = useStackText();
  const [, navigate] = useLocation();
  const remembered = useSavedStacks().some((saved) => saved.id === id);
  const [result, reexecute] = useQuery({ query: SharedStackQuery, variables: { id } });
  const stack = result.data?.stack;
  // A shared stack is for whoever was given its link: never in a search index.
  usePageMeta(
    stack
      ? {
          title: `${stack.name} — ${t.siteName}`,
          name: stack.name,
          description: t.meta.stackDescription(formatCount(stack.items.length, lang), formatVnd(stack.evaluation.monthlyTotal.amount)),
          path: stack.sharePath,
          robots: 'noindex, nofollow',
        }
      : null,
  );

  if (!result.data) return <PageQueryPending failed={result.error !== undefined} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!stack) return <NotFound title={s.shared.notFoundTitle} body={s.shared.notFoundBody} />;

  const load = () => {
    const current = readStoredStack();
    if (current && current.items.length > 0 && !window.confirm(s.shared.loadConfirm)) return;
    const items = stack.items.map((line) => ({ planId: line.plan.id, quantity: line.quantity, ...(line.redundancyGroup ? { redundancyGroup: line.redundancyGroup } : {}) }));
    const catalogSearch = stack.catalogSearch ? savedCatalogSearchOf(readFragment(CatalogSearchFields, stack.catalogSearch)) : null;
    if (adoptStack({ name: stack.name, items, catalogSearch })) navigate('/stack');
  };

  return (
    <article className="page stack-page">
      <header className="page__header">
        <p className="eyebrow">{s.shared.eyebrow}</p>
        <h1 className="page__title">{stack.name}</h1>
        <p className="muted">{s.shared.savedOn(formatDate(stack.createdAt))}</p>
        {stack.catalogSearch && <CatalogSearchSummary search={stack.catalogSearch} />}
      </header>

      {stack.priceChanged && (
        <div className="callout stack-price-changed" role="note">
          <h2 className="callout__title">{s.shared.priceChangedTitle}</h2>
          <p>{s.shared.priceChangedBody(formatVnd(stack.savedMonthlyTotal.amount), formatVnd(stack.evaluation.monthlyTotal.amount))}</p>
          {(Number(stack.savedOneTimeTotal.amount) !== 0 || Number(stack.evaluation.oneTimeTotal.amount) !== 0) && (
            <p>{s.estimate.priceChangedOneTime(formatVnd(stack.savedOneTimeTotal.amount), formatVnd(stack.evaluation.oneTimeTotal.amount))}</p>
          )}
        </div>
      )}

      <div className="stack-actions" role="group" aria-label={s.shared.actions}>
        <button type="button" className="button" onClick={load}>
          {s.shared.load}
        </button>
        <a className="button button--secondary" href={lang === 'en' ? stack.csvEn : stack.csvVi} download>
          {s.shared.exportCsv}
        </a>
        <a className="button button--secondary" href={lang === 'en' ? stack.printEn : stack.printVi} target="_blank" rel="noopener">
          {s.shared.print}
        </a>
        {remembered ? (
          <span className="stack-actions__note">{s.shared.remembered}</span>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => rememberSavedStack({ id: stack.id, name: stack.name, savedAt: stack.createdAt })}
          >
            {s.shared.remember}
          </button>
        )}
      </div>

      <PageSection id="saved-lines" className="stack-lines" title={s.shared.linesTitle(stack.items.length)}>
        <SavedStackLines lines={stack.items} />
      </PageSection>
      <StackStickyTotal evaluation={stack.evaluation} />
      <div className="stack-layout">
        <StackSummary evaluation={stack.evaluation} />
        <StackIssueList evaluation={stack.evaluation} />
        <PageSection id="stack-share" className="card stack-share" title={s.shared.shareTitle}>
          <ShareLink sharePath={stack.sharePath} />
        </PageSection>
      </div>

      <PageSection id="stack-quote" className="section stack-quote card" title={s.quote.title}>
        <p className="muted">{s.quote.intro}</p>
        <QuoteRequestForm stackId={stack.id} />
      </PageSection>
    </article>
  );
}
