import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation, useRoute, useRouter, useSearch } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { pathInLang } from '../../i18n/language-path.ts';
import { StackIndicator } from '../stack/StackIndicator.tsx';
import { AccountMenu } from './AccountMenu.tsx';

export function SiteHeader() {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M9 25h15a6 6 0 0 0 .9-11.93A8 8 0 0 0 9.4 11.5 6.75 6.75 0 0 0 9 25Z" fill="currentColor" />
          </svg>
          {t.siteName}
        </Link>
        <nav className="site-nav" aria-label={t.nav.label}>
          <ul>
            {[
              { to: '/', label: t.nav.home, className: 'site-nav__home' },
              { to: '/catalog', label: t.nav.catalog },
              { to: '/report', label: t.nav.report },
            ].map(({ to, label, className }) => (
              <li key={to} className={className}>
                <NavLink to={to}>{label}</NavLink>
              </li>
            ))}
            <li>
              <StackIndicator />
            </li>
          </ul>
        </nav>
        <Link to="/console" className="partner-link">
          {t.nav.partner}
        </Link>
        <AccountMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}

/** A navigation link that tells which page is the current one. */
function NavLink({ to, children }: { to: string; children: ReactNode }) {
  const [current] = useRoute(to);
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The same page in the other language: its address under /en or at the root, with its search and fragment. */
function LanguageSwitch() {
  const { t } = useI18n();
  const { base } = useRouter();
  const [path, navigate] = useLocation();
  const search = useSearch();
  const target = `${pathInLang(`${base}${path === '/' ? '' : path}` || '/', t.language.switchToLang)}${search ? `?${search}` : ''}`;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(`~${target}${window.location.hash}`);
  };
  return (
    <a href={target} className="lang-switch" lang={t.language.switchToLang} hrefLang={t.language.switchToLang} title={t.language.switchLabel} onClick={follow}>
      {t.language.switchTo}
    </a>
  );
}
