import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatDate } from '../../lib/format.ts';
import { PageSection } from '../common/PageSection.tsx';
import { forgetSavedStack, useSavedStacks } from './saved-stacks.ts';
import { useStackText } from './stack-text.ts';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The path of the comparison of these saved stacks. */
export const compareHref = (ids: readonly string[]) => `/compare?ids=${ids.map(encodeURIComponent).join(',')}`;

/** The stacks this browser saved or remembered, to open, forget, or pick two to four of and compare. */
export function SavedStackList() {
  const s = useStackText();
  const [, navigate] = useLocation();
  const saved = useSavedStacks();
  const [chosen, setChosen] = useState<string[]>([]);
  const picked = chosen.filter((id) => saved.some((stack) => stack.id === id));
  const canCompare = picked.length >= MIN_COMPARED && picked.length <= MAX_COMPARED;

  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));

  return (
    <PageSection id="saved-stacks" className="section saved-stacks" title={s.savedList.title}>
      {saved.length === 0 ? (
        <p className="muted">{s.savedList.empty}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (canCompare) navigate(compareHref(picked));
          }}
        >
          <fieldset className="saved-stacks__fieldset">
            <legend className="saved-stacks__legend">{s.savedList.intro}</legend>
            <ul className="saved-stacks__list">
              {saved.map((stack) => (
                <li key={stack.id} className="saved-stack">
                  <label className="check saved-stack__check">
                    <input type="checkbox" checked={picked.includes(stack.id)} onChange={(event) => toggle(stack.id, event.target.checked)} />
                    <span className="check__label">
                      <strong>{stack.name}</strong> <span className="muted">{s.savedList.savedOn(formatDate(stack.savedAt))}</span>
                    </span>
                  </label>
                  <span className="saved-stack__actions">
                    <Link to={`/stacks/${stack.id}`} aria-label={s.savedList.openLabel(stack.name)}>
                      {s.savedList.open}
                    </Link>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={s.savedList.forgetLabel(stack.name)}
                      onClick={() => {
                        forgetSavedStack(stack.id);
                        toggle(stack.id, false);
                      }}
                    >
                      {s.savedList.forget}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="saved-stacks__compare">
            <button type="submit" className="button" disabled={!canCompare} aria-describedby="saved-stacks-hint">
              {s.savedList.compare(picked.length)}
            </button>
            <p id="saved-stacks-hint" className="muted" aria-live="polite">
              {picked.length > MAX_COMPARED ? s.savedList.tooMany : canCompare ? '' : s.savedList.compareHint}
            </p>
          </div>
        </form>
      )}
    </PageSection>
  );
}
