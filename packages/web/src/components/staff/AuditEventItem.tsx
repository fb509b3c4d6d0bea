import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { formatDateTime } from '../console/date-time.ts';
import { changedColumns, prettyJson } from './audit-diff.ts';
import { useStaffI18n } from './staff-i18n.ts';

export const AuditEventFields = graphql(`
  fragment StaffAuditEvent on AuditEvent {
    id
    occurredAt
    actorType
    actorId
    actorName
    action
    targetType
    targetId
    requestId
    before
    after
    organization {
      id
      vendor {
        id
        name
      }
    }
  }
`);

interface AuditEventItemProps {
  event: FragmentOf<typeof AuditEventFields>;
  onFilterActor: (actorId: string) => void;
  onFilterTarget: (targetType: string, targetId: string) => void;
}

const MAX_SHOWN = 160;
const clip = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** One write: when, who, for which organization, what, the columns it changed, and the whole rows. */
export function AuditEventItem({ event: data, onFilterActor, onFilterTarget }: AuditEventItemProps) {
  const { s, lang } = useStaffI18n();
  const event = readFragment(AuditEventFields, data);
  const changes = changedColumns(event.before, event.after);
  const titleId = `audit-${event.id}`;
  const actorId = event.actorId;
  const targetId = event.targetId;

  return (
    <li className="card audit-event" aria-labelledby={titleId}>
      <div className="listing-item__head">
        <h2 id={titleId} className="listing-item__name">
          <code>{event.action}</code>
        </h2>
        <span className="muted">{formatDateTime(event.occurredAt, lang, s)}</span>
      </div>
      <dl className="audit-event__facts">
        <div>
          <dt>{s.audit.actor}</dt>
          <dd>
            {s.audit.actorTypes[event.actorType] ?? event.actorType}
            {event.actorName && <> {event.actorName}</>}
            {actorId && <FilterBy id={actorId} label={s.audit.filterActorNamed(actorId)} onFilter={() => onFilterActor(actorId)} />}
          </dd>
        </div>
        <div>
          <dt>{s.audit.organization}</dt>
          <dd>{event.organization?.vendor.name ?? s.audit.none}</dd>
        </div>
        <div>
          <dt>{s.audit.target}</dt>
          <dd>
            {event.targetType}
            {targetId && (
              <FilterBy id={targetId} label={s.audit.filterTargetNamed(event.targetType, targetId)} onFilter={() => onFilterTarget(event.targetType, targetId)} />
            )}
          </dd>
        </div>
        <div>
          <dt>{s.audit.requestId}</dt>
          <dd>{event.requestId ? <code>{event.requestId}</code> : s.audit.none}</dd>
        </div>
      </dl>
      {changes.length > 0 && (
        <div className="audit-event__changes">
          <table>
            <caption className="visually-hidden">{s.audit.changesCaption(event.action)}</caption>
            <thead>
              <tr>
                <th scope="col">{s.audit.column}</th>
                <th scope="col">{s.audit.before}</th>
                <th scope="col">{s.audit.after}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.column}>
                  <th scope="row">
                    <code>{change.column}</code>
                  </th>
                  <td>{change.before === null ? <span className="muted">{s.audit.none}</span> : clip(change.before)}</td>
                  <td>{change.after === null ? <span className="muted">{s.audit.none}</span> : clip(change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="audit-event__rows">
        <summary>{s.audit.wholeRows}</summary>
        <div className="audit-event__json">
          <div>
            <h3 className="diff__label">{s.audit.before}</h3>
            <pre>{event.before === null ? s.audit.none : prettyJson(event.before)}</pre>
          </div>
          <div>
            <h3 className="diff__label">{s.audit.after}</h3>
            <pre>{event.after === null ? s.audit.none : prettyJson(event.after)}</pre>
          </div>
        </div>
      </details>
    </li>
  );
}

/** An id, and a button that searches the log for it. */
function FilterBy({ id, label, onFilter }: { id: string; label: string; onFilter: () => void }) {
  const { s } = useStaffI18n();
  return (
    <>
      {' '}
      <code>{id}</code>{' '}
      <button type="button" className="link-button" aria-label={label} onClick={onFilter}>
        {s.audit.filterThis}
      </button>
    </>
  );
}
