import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { catalogHref } from '../catalog/catalog-url.ts';
import { SearchField } from '../catalog/SearchField.tsx';
import { Notice } from './Notice.tsx';

/** The page for an address that shows nothing: an unknown path, an offering or vendor that is not public. */
export function NotFound({ title, body }: { title: string; body: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  useDocumentTitle(`${title} — ${t.siteName}`);
  return (
    <div className="page page--narrow">
      <Notice title={title} headingLevel={1}>
        <p>{body}</p>
        <SearchField
          label={t.home.searchLabel}
          placeholder={t.home.searchPlaceholder}
          buttonLabel={t.home.searchButton}
          value={search}
          onChange={setSearch}
          onSubmit={(query) => navigate(catalogHref({ query }))}
        />
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
