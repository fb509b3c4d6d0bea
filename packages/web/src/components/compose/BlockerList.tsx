import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { Localized } from '../../i18n/i18n.tsx';
import { formatVnd } from '../../lib/format.ts';
import { useComposeText } from './compose-text.ts';
import type { BlockingConstraint } from './compose-url.ts';

export const CompositionBlockerFields = graphql(`
  fragment CompositionBlockerItem on CompositionBlocker {
    constraint
    category {
      slug
    }
    relaxedMonthlyTotal {
      amount
    }
    relaxedFirstYearTotal {
      amount
    }
    message
    messageEn
  }
`);

interface BlockerListProps {
  blockers: readonly FragmentOf<typeof CompositionBlockerFields>[];
  /** whether some alternatives were composed all the same */
  someComposed: boolean;
  /** null where a constraint cannot be relaxed (a need nothing serves) */
  relaxable: (constraint: BlockingConstraint) => boolean;
  onRelax: (constraint: BlockingConstraint) => void;
}

/** Why nothing (or less than usual) could be composed, cheapest relaxation first, each with a button that relaxes it and composes again. */
export function BlockerList({ blockers: data, someComposed, relaxable, onRelax }: BlockerListProps) {
  const c = useComposeText();
  const b = c.blockers;
  const blockers = data.map((blocker) => readFragment(CompositionBlockerFields, blocker));
  return (
    <section className={someComposed ? 'blockers' : 'blockers notice notice--error'} aria-labelledby="compose-blockers-title">
      <h3 id="compose-blockers-title" className="notice__title">
        {someComposed ? b.fewer : b.title}
      </h3>
      {blockers.some((blocker) => relaxable(blocker.constraint)) && <p>{b.body}</p>}
      <ul className="blockers__list">
        {blockers.map((blocker, index) => {
          const name = b.constraints[blocker.constraint];
          return (
            <li key={`${blocker.constraint}-${blocker.category?.slug ?? index}`} className="blocker" data-constraint={blocker.constraint}>
              <p className="blocker__message">
                <strong>{name}:</strong> <Localized vi={blocker.message} en={blocker.messageEn} />
              </p>
              {blocker.relaxedMonthlyTotal && blocker.relaxedFirstYearTotal ? (
                <p className="blocker__cost">{b.relaxed(formatVnd(blocker.relaxedMonthlyTotal.amount), formatVnd(blocker.relaxedFirstYearTotal.amount))}</p>
              ) : (
                blocker.constraint !== 'NEED' && <p className="blocker__cost">{b.notEnough}</p>
              )}
              {relaxable(blocker.constraint) && blocker.relaxedMonthlyTotal && (
                <button type="button" className="button button--small" onClick={() => onRelax(blocker.constraint)}>
                  {blocker.constraint === 'COMBINATION' ? b.relaxAll : b.relaxLabel(name)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
