import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { ConsolePage } from '../../components/common/ConsoleParts.tsx';
import { Loading } from '../../components/common/Notice.tsx';
import { ConsolePager, useCursorPages } from '../../components/console/ConsolePager.tsx';
import { AuditEventFields, AuditEventItem } from '../../components/staff/AuditEventItem.tsx';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffQueryError } from '../../components/staff/StaffShell.tsx';
import { graphql } from '../../graphql.ts';

const PAGE_SIZE = 25;

// The tables the database audits (migration 0011), for the target filter.
const AUDITED_TABLES = [
  'offerings',
  'offering_revisions',
  'offering_data_centers',
  'plans',
  'plan_specs',
  'requirements',
  'requirement_categories',
  'requirement_vendors',
  'attestations',
  'featured_offerings',
  'blueprints',
  'blueprint_needs',
  'organizations',
  'memberships',
  'users',
  'sessions',
  'api_keys',
  'vendors',
  'data_centers',
  'categories',
  'compliance_frameworks',
  'compliance_groups',
  'stacks',
  'stack_items',
  'quote_requests',
  'vendor_quote_requests',
  'vendor_quote_request_lines',
  'webhook_deliveries',
] as const;
const OPERATIONS = ['INSERT', 'UPDATE', 'DELETE'] as const;

const AuditEventsQuery = graphql(
  `
    query StaffAuditEvents($filter: AuditFilter, $first: Int, $before: ID) {
      auditEvents(filter: $filter, first: $first, before: $before) {
        nextBefore
        events {
          id
          ...StaffAuditEvent
        }
      }
    }
  `,
  [AuditEventFields],
);

const FIELDS = ['targetType', 'targetId', 'actorId', 'action', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
type Filters = Record<Field, string>;

function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(FIELDS.map((field) => [field, params.get(field) ?? ''])) as Filters;
}

function filterSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) if (filters[field].trim()) params.set(field, filters[field].trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A datetime-local value ("2026-05-09T14:05") read as Vietnam's time; null when empty or malformed. */
function vietnamTime(local: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+07:00` : null;
}

/** Every write the database recorded, newest first: search by target, actor, action and time. */
export default function AuditLogPage() {
  const { s } = useStaffI18n();
  const search = useSearch();
  const [, navigate] = useLocation();
  const applied = readFilters(search);
  const [draft, setDraft] = useState<Filters>(applied);
  // Back and Forward change the search without the form: show what is applied.
  useEffect(() => setDraft(readFilters(search)), [search]);

  const apply = (filters: Filters) => {
    setDraft(filters);
    navigate(`/audit${filterSearch(filters)}`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const set = (field: Field) => (event: { target: { value: string } }) => setDraft((old) => ({ ...old, [field]: event.target.value }));
  const input = (field: Field, label: string, props: { type?: string; list?: string; hint?: string } = {}) => (
    <div className="field">
      <label htmlFor={`audit-${field}`}>{label}</label>
      <input
        id={`audit-${field}`}
        className="input"
        type={props.type ?? 'text'}
        list={props.list}
        value={draft[field]}
        aria-describedby={props.hint ? `audit-${field}-hint` : undefined}
        onChange={set(field)}
      />
      {props.hint && (
        <p id={`audit-${field}-hint`} className="field__hint">
          {props.hint}
        </p>
      )}
    </div>
  );

  return (
    <ConsolePage name="audit" title={s.audit.title} lead={s.audit.lead}>

      <form className="card console-form audit-search" role="search" aria-label={s.audit.searchLabel} onSubmit={submit}>
        <div className="form-row audit-search__grid">
          <div className="field">
            <label htmlFor="audit-targetType">{s.audit.targetType}</label>
            <select id="audit-targetType" value={draft.targetType} onChange={set('targetType')}>
              <option value="">{s.audit.anyTable}</option>
              {AUDITED_TABLES.map((table) => (
                <option key={table} value={table}>
                  {table}
                </option>
              ))}
            </select>
          </div>
          {input('targetId', s.audit.targetId, { hint: s.audit.targetIdHint })}
          {input('actorId', s.audit.actorId, { hint: s.audit.actorIdHint })}
          {input('action', s.audit.action, { list: 'audit-actions', hint: s.audit.actionHint })}
          {input('from', s.audit.from, { type: 'datetime-local' })}
          {input('to', s.audit.to, { type: 'datetime-local', hint: s.audit.timeHint })}
        </div>
        <datalist id="audit-actions">
          {AUDITED_TABLES.flatMap((table) => OPERATIONS.map((operation) => <option key={`${table}.${operation}`} value={`${table}.${operation}`} />))}
        </datalist>
        <div className="form-actions">
          <button type="submit" className="button">
            {s.audit.search}
          </button>
          <button type="button" className="button button--secondary" onClick={() => apply(readFilters(''))}>
            {s.audit.clear}
          </button>
        </div>
      </form>

      <AuditResults
        key={search}
        filters={applied}
        onFilterActor={(actorId) => apply({ ...readFilters(''), actorId })}
        onFilterTarget={(targetType, targetId) => apply({ ...readFilters(''), targetType, targetId })}
      />
    </ConsolePage>
  );
}

interface AuditResultsProps {
  filters: Filters;
  onFilterActor: (actorId: string) => void;
  onFilterTarget: (targetType: string, targetId: string) => void;
}

/** The events for one search; a new search starts again at the newest. */
function AuditResults({ filters, onFilterActor, onFilterTarget }: AuditResultsProps) {
  const { s } = useStaffI18n();
  const pages = useCursorPages();
  const filter = {
    targetType: filters.targetType || null,
    targetId: filters.targetId || null,
    actorId: filters.actorId || null,
    action: filters.action || null,
    from: vietnamTime(filters.from),
    to: vietnamTime(filters.to),
  };
  const [result, reexecute] = useQuery({
    query: AuditEventsQuery,
    variables: { filter, first: PAGE_SIZE, before: pages.after },
    requestPolicy: 'cache-and-network',
  });

  const page = result.data?.auditEvents;
  if (result.error && !result.data) return <StaffQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!page) return <Loading />;
  if (page.events.length === 0) return <p className="console-empty">{s.audit.empty}</p>;
  return (
    <>
      <p className="console-count" role="status">
        {s.audit.shown(page.events.length, pages.page)}
      </p>
      <ul className="listing-list">
        {page.events.map((event) => (
          <AuditEventItem key={event.id} event={event} onFilterActor={onFilterActor} onFilterTarget={onFilterTarget} />
        ))}
      </ul>
      <ConsolePager
        label={s.audit.pagination}
        pages={pages}
        next={page.nextBefore}
        text={{ page: s.common.page, previous: s.audit.newer, next: s.audit.older }}
      />
    </>
  );
}
