import { Link } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { staffFooterLink } from '../staff/staff-footer-link.ts';

export function SiteFooter() {
  const { t, lang } = useI18n();
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{t.footer.about}</p>
        <p>
          {t.footer.prices} {t.footer.developers} <a href="/graphql">{t.footer.api}</a>
        </p>
        <p>
          <Link to="/staff">
            {staffFooterLink[lang]}
          </Link>
        </p>
      </div>
    </footer>
  );
}
