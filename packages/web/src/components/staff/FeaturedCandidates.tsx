import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql.ts';
import { formatCount } from '../../lib/format.ts';
import { useStaffI18n } from './staff-i18n.ts';

const CandidatesQuery = graphql(`
  query StaffFeaturedCandidates($query: String!) {
    offerings(query: $query, first: 10) {
      totalCount
      nodes {
        id
        slug
        name
        vendor {
          id
          name
        }
      }
    }
  }
`);

interface Candidate {
  id: string;
  slug: string;
  name: string;
  vendor: { name: string };
}

interface FeaturedCandidatesProps {
  chosen: readonly { id: string }[];
  full: boolean;
  onAdd: (offering: Candidate) => void;
}

/** Finds published listings (the catalog's own search) to add to the featured list. */
export function FeaturedCandidates({ chosen, full, onAdd }: FeaturedCandidatesProps) {
  const { s, t, lang } = useStaffI18n();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [result] = useQuery({ query: CandidatesQuery, variables: { query }, pause: query === '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  const found = result.data?.offerings;
  return (
    <section className="featured-add" aria-labelledby="featured-add-title">
      <h2 id="featured-add-title" className="review-item__section">
        {s.featured.addTitle}
      </h2>
      <form className="featured-add__search" role="search" aria-labelledby="featured-add-title" onSubmit={submit}>
        <div className="field">
          <label htmlFor="featured-search">{s.featured.searchLabel}</label>
          <input id="featured-search" className="input" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="submit" className="button button--secondary">
          {s.featured.search}
        </button>
      </form>
      {full && <p className="form-actions__note">{s.featured.full}</p>}
      {query !== '' &&
        (result.error && !result.data ? (
          <p className="confirmation confirmation--error">{t.common.apiDownBody}</p>
        ) : !found ? (
          <p className="loading">{t.common.loading}</p>
        ) : found.nodes.length === 0 ? (
          <p className="console-empty">{s.featured.noResults(query)}</p>
        ) : (
          <>
            <p className="console-count" role="status">
              {s.featured.results(formatCount(found.nodes.length, lang), formatCount(found.totalCount, lang))}
            </p>
            <ul className="staff-rows">
              {found.nodes.map((offering) => {
                const already = chosen.some((entry) => entry.id === offering.id);
                return (
                  <li key={offering.id} className="staff-row">
                    <div>
                      <strong>{offering.name}</strong> <span className="muted">{offering.vendor.name}</span>
                    </div>
                    {already ? (
                      <span className="muted">{s.featured.already}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={s.featured.addNamed(offering.name)}
                        disabled={full}
                        onClick={() => onAdd(offering)}
                      >
                        {s.featured.add}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ))}
    </section>
  );
}
