import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Loading } from '../../components/common/Notice.tsx';
import { FeaturedCandidates } from '../../components/staff/FeaturedCandidates.tsx';
import { fieldKey } from '../../components/console/user-errors.ts';
import { staffErrorText } from '../../components/staff/staff-errors.ts';
import { useStaffI18n } from '../../components/staff/staff-i18n.ts';
import { StaffMessage, type Message } from '../../components/staff/StaffMessage.tsx';
import { StaffQueryError } from '../../components/staff/StaffShell.tsx';
import { graphql } from '../../graphql.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';

/** The API's limit (setFeaturedOfferings: TOO_MANY past it). */
const MAX_FEATURED = 12;

const FeaturedQuery = graphql(`
  query StaffFeatured {
    featuredOfferings {
      id
      slug
      name
      vendor {
        id
        name
      }
    }
  }
`);

const SetFeaturedMutation = graphql(
  `
    mutation StaffSetFeatured($ids: [ID!]!) {
      setFeaturedOfferings(ids: $ids) {
        offerings {
          id
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

interface FeaturedListing {
  id: string;
  slug: string;
  name: string;
  vendor: { name: string };
}

type Direction = 'up' | 'down';

/** The home page's featured listings: reorder with buttons, add and remove published listings, save. */
export default function FeaturedPage() {
  const { s, t, site } = useStaffI18n();
  const [result, reexecute] = useQuery({ query: FeaturedQuery, requestPolicy: 'cache-and-network' });
  const [saving, save] = useMutation(SetFeaturedMutation);
  const [list, setList] = useState<FeaturedListing[] | null>(null);
  const [savedIds, setSavedIds] = useState<string[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusAfter, setFocusAfter] = useState<{ id: string; direction: Direction } | null>(null);
  useDocumentTitle(`${s.featured.title} — ${t.siteName}`);

  const featured = result.data?.featuredOfferings;
  useEffect(() => {
    if (featured && list === null) {
      setList(featured.map((offering) => ({ ...offering })));
      setSavedIds(featured.map((offering) => offering.id));
    }
  }, [featured, list]);

  // A moved listing keeps the focus on its button, or the other one once it reaches an end.
  useEffect(() => {
    if (!focusAfter) return;
    const own = document.getElementById(`featured-${focusAfter.direction}-${focusAfter.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`featured-${focusAfter.direction === 'up' ? 'down' : 'up'}-${focusAfter.id}`) as HTMLButtonElement | null;
    (own && !own.disabled ? own : other)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  if (result.error && !result.data) return <StaffQueryError error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!list) return <Loading />;

  const dirty = list.map((offering) => offering.id).join() !== savedIds.join();
  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const moved = list[index]!;
    const next = [...list];
    next.splice(index, 1);
    next.splice(target, 0, moved);
    setList(next);
    setAnnouncement(s.featured.movedTo(moved.name, target + 1, next.length));
    setFocusAfter({ id: moved.id, direction });
  };
  const remove = (index: number) => {
    const removed = list[index]!;
    setList(list.filter((_, i) => i !== index));
    setAnnouncement(s.featured.removed(removed.name));
    requestAnimationFrame(() => document.getElementById('featured-title')?.focus());
  };
  const add = (offering: FeaturedListing) => {
    setList([...list, offering]);
    setAnnouncement(s.featured.added(offering.name, list.length + 1));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ids = list.map((offering) => offering.id);
    const response = await save({ ids });
    const payload = response.data?.setFeaturedOfferings;
    if (!payload) return setMessage({ tone: 'error', text: t.common.apiDownBody });
    if (payload.userErrors.length > 0) {
      const texts = payload.userErrors.map((error) => {
        const index = Number(fieldKey(error.field).split('.')[1]);
        const listing = Number.isInteger(index) ? list[index] : undefined;
        return listing ? `${listing.name}: ${staffErrorText(s, error)}` : staffErrorText(s, error);
      });
      return setMessage({ tone: 'error', text: texts.join(' ') });
    }
    setSavedIds(payload.offerings.map((offering) => offering.id));
    setMessage({ tone: 'ok', text: s.featured.saved(payload.offerings.length) });
    // The home page reads the same query: refresh what the cache holds for it.
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <section className="console-section" aria-labelledby="featured-title">
      <h1 id="featured-title" className="page__title" tabIndex={-1}>
        {s.featured.title}
      </h1>
      <p className="muted">
        {s.featured.lead(MAX_FEATURED)} <Link to={site('/')}>{s.featured.viewHome}</Link>
      </p>
      <StaffMessage message={message} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <form onSubmit={submit} aria-labelledby="featured-title">
        {list.length === 0 ? (
          <p className="console-empty">{s.featured.empty}</p>
        ) : (
          <ol className="featured-list">
            {list.map((offering, index) => (
              <li key={offering.id} className="card featured-item">
                <span className="featured-item__position" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="featured-item__name">
                  <strong>{offering.name}</strong>
                  <span className="muted">{offering.vendor.name}</span>
                </div>
                <div className="featured-item__buttons">
                  <button
                    type="button"
                    id={`featured-up-${offering.id}`}
                    className="button button--secondary button--small"
                    aria-label={s.featured.moveUp(offering.name)}
                    disabled={index === 0}
                    onClick={() => move(index, 'up')}
                  >
                    <span aria-hidden="true">↑</span> {s.featured.up}
                  </button>
                  <button
                    type="button"
                    id={`featured-down-${offering.id}`}
                    className="button button--secondary button--small"
                    aria-label={s.featured.moveDown(offering.name)}
                    disabled={index === list.length - 1}
                    onClick={() => move(index, 'down')}
                  >
                    <span aria-hidden="true">↓</span> {s.featured.down}
                  </button>
                  <button
                    type="button"
                    className="button button--danger button--small"
                    aria-label={s.featured.removeNamed(offering.name)}
                    onClick={() => remove(index)}
                  >
                    {s.featured.remove}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving.fetching || !dirty}>
            {saving.fetching ? s.common.working : s.featured.save}
          </button>
          {dirty && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setList(null);
                setAnnouncement(s.featured.discarded);
              }}
            >
              {s.featured.discard}
            </button>
          )}
          {dirty && <span className="form-actions__note">{s.featured.unsaved}</span>}
        </div>
      </form>

      <FeaturedCandidates chosen={list} full={list.length >= MAX_FEATURED} onAdd={add} />
    </section>
  );
}
