import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { Notice } from '../components/common/Notice.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** Shown inside the layout when a page fails to render or its code fails to load. */
export function RouteError() {
  const { t } = useI18n();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
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
