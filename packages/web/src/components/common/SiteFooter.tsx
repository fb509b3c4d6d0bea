import { useI18n } from '../../i18n/i18n.tsx';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{t.footer.about}</p>
        <p>
          {t.footer.prices} {t.footer.developers} <a href="/graphql">{t.footer.api}</a>
        </p>
      </div>
    </footer>
  );
}
