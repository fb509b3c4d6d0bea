import { Link, useRoute } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { useStoredStack } from './stack-store.ts';

/** The header's link to the stack being composed, with how many lines it has. */
export function StackIndicator() {
  const { t } = useI18n();
  const count = useStoredStack()?.items.length ?? 0;
  const [current] = useRoute('/stack');
  return (
    <Link to="/stack" className="stack-indicator" aria-current={current ? 'page' : undefined}>
      {t.nav.stack}{' '}
      <span className="stack-indicator__count" data-testid="stack-count" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden">: {t.nav.stackCount(count)}</span>
    </Link>
  );
}
