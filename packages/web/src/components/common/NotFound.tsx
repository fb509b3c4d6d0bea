import { Link } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { useHttpStatus, usePageMeta } from '../../lib/page-meta.tsx';
import { CatalogSearch } from '../catalog/SearchField.tsx';
import { Notice } from './Notice.tsx';

/**
 * The page for an address that shows nothing: an unknown path, an offering or vendor that is not public.
 * The server answers it with 404, and it is never indexed.
 */
export function NotFound({ title, body }: { title: string; body: string }) {
  const { t } = useI18n();
  usePageMeta({ title: `${title} — ${t.siteName}`, name: title, robots: 'noindex, nofollow' });
  useHttpStatus(404);
  return (
    <div className="page page--narrow">
      <Notice title={title} headingLevel={1}>
        <p>{body}</p>
        <CatalogSearch />
        <p>{t.notFound.suggestions}</p>
        <ul className="notice__links">
          <li>
            <Link to="/catalog">{t.common.goCatalog}</Link>
          </li>
          <li>
            <Link to="/">{t.common.goHome}</Link>
          </li>
        </ul>
      </Notice>
    </div>
  );
}
