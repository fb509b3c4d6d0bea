import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

interface NoticeProps {
  title: string;
  tone?: 'info' | 'error';
  headingLevel?: 1 | 2;
  children?: ReactNode;
}

/** A boxed explanation in place of content that cannot be shown: nothing found, an error. */
export function Notice({ title, tone = 'info', headingLevel = 2, children }: NoticeProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <Heading className="notice__title">{title}</Heading>
      {children}
    </div>
  );
}

/** The API did not answer (or answered with a fault): say so and offer to try again. */
export function ApiErrorNotice({ onRetry, headingLevel }: { onRetry: () => void; headingLevel?: 1 | 2 }) {
  const { t } = useI18n();
  return (
    <Notice title={t.common.apiDownTitle} tone="error" headingLevel={headingLevel}>
      <p>{t.common.apiDownBody}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t.common.retry}
      </button>
    </Notice>
  );
}

/** What a page shows until its query has data: the API's fault, with a way to ask again, or that it is loading. */
export function PageQueryPending({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  if (!failed) return <Loading />;
  return (
    <div className="page page--narrow">
      <ApiErrorNotice headingLevel={1} onRetry={onRetry} />
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.common.loading}
    </p>
  );
}
