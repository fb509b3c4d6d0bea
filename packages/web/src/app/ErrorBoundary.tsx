import { Component, type ReactNode } from 'react';
import { Notice } from '../components/common/Notice.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** Keeps the header and footer when a page fails to render or its code fails to load. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <PageCrashed /> : this.props.children;
  }
}

function PageCrashed() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <Notice title={t.common.crashTitle} tone="error" headingLevel={1}>
        <p>{t.common.crashBody}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t.common.reload}
        </button>
      </Notice>
    </div>
  );
}
