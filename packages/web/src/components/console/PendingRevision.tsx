import { bothTexts } from '../../i18n/i18n.tsx';
import { formatDate, formatPercent, formatVnd } from '../../lib/format.ts';
import { labelOf, type SchemaEnum } from '../../lib/schema-enums.ts';
import { useConsoleI18n } from './console-i18n.ts';
import type { ListingContent } from './listing-draft.ts';

/** The listing's content, with its data centers named. */
interface Content extends ListingContent {
  dataCenters: readonly { id: string; city: string; name: string }[];
}

interface Revision extends Content {
  status: SchemaEnum<'RevisionStatus'>;
  rejectionReason: string | null;
  updatedAt: string;
}

/** A published listing's edit waiting for review (or sent back): where it is and what it changes. */
export function PendingRevision({ published, revision }: { published: Content; revision: Revision }) {
  const { c, t, lang } = useConsoleI18n();
  const sla = (value: string | null) => (value === null ? c.editor.none : formatPercent(value, lang));
  // Sorted, so that only what changed shows, not the order things come in.
  const dataCenters = (content: Content) =>
    content.dataCenters
      .map((dc) => `${dc.city} — ${dc.name}`)
      .sort()
      .join('\n') || c.editor.none;
  const plans = (content: Content) =>
    [...content.plans]
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((plan) => {
        const specs = plan.specs.map((spec) => t.specs[spec.key]?.(spec.value) ?? `${spec.key}: ${spec.value}`).join(', ');
        const line = c.editor.planSummary(bothTexts(plan.name, plan.nameEn), formatVnd(plan.price.amount), labelOf(t.units, plan.unit));
        return specs ? `${line} (${specs})` : line;
      })
      .join('\n') || c.editor.none;

  const rows = [
    { label: c.editor.name, before: published.name, after: revision.name },
    { label: c.editor.nameEn, before: published.nameEn ?? c.editor.none, after: revision.nameEn ?? c.editor.none },
    { label: c.editor.summary, before: published.summary, after: revision.summary },
    { label: c.editor.summaryEn, before: published.summaryEn || c.editor.none, after: revision.summaryEn || c.editor.none },
    { label: c.editor.description, before: published.description, after: revision.description },
    { label: c.editor.descriptionEn, before: published.descriptionEn ?? c.editor.none, after: revision.descriptionEn ?? c.editor.none },
    { label: c.editor.sla, before: sla(published.slaAvailability), after: sla(revision.slaAvailability) },
    { label: c.editor.dataCenters, before: dataCenters(published), after: dataCenters(revision) },
    { label: c.editor.plans, before: plans(published), after: plans(revision) },
  ].filter((row) => row.before !== row.after);

  const status = c.revisionStatus[revision.status];
  return (
    <section className={`pending-revision pending-revision--${revision.status.toLowerCase().replace('_', '-')}`} aria-labelledby="pending-title">
      <h2 id="pending-title" className="pending-revision__title">
        {c.editor.pendingTitle(status)}
      </h2>
      <p className="muted">{c.listings.updated(formatDate(revision.updatedAt))}</p>
      {revision.status === 'REJECTED' && revision.rejectionReason && (
        <p className="listing-item__reason">
          <strong>{c.editor.pendingRejected}:</strong> {revision.rejectionReason}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{c.editor.pendingSame}</p>
      ) : (
        <>
          <p>{c.editor.pendingBody}</p>
          <ul className="diff">
            {rows.map((row) => (
              <li key={row.label} className="diff__row">
                <h3 className="diff__field">{row.label}</h3>
                <div className="diff__sides">
                  <div className="diff__side diff__side--before">
                    <span className="diff__label">{c.editor.published}</span>
                    <p>{row.before}</p>
                  </div>
                  <div className="diff__side diff__side--after">
                    <span className="diff__label">{c.editor.pending}</span>
                    <p>{row.after}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
