import './account-menu.css';

import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { AccountViewerQuery } from '../account/account-viewer.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SignOutButton } from './SignOutButton.tsx';

/**
 * The header's "Account": one button whose text never changes, so that the server's page (the same for
 * every visitor) and the signed-in reader's see the same header; who is signed in is asked when it opens.
 * On a phone it is an icon, and the partner link, which no longer fits beside it, moves into it.
 */
export function AccountMenu() {
  const { t } = useI18n();
  const [location] = useLocation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [viewer] = useQuery({ query: AccountViewerQuery, pause: !open });
  const user = viewer.data?.viewer.user;

  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent | FocusEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('click', closeOutside);
    document.addEventListener('focusin', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('click', closeOutside);
      document.removeEventListener('focusin', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const leaveTo = location.startsWith('/account') ? '/account/sign-in' : location;
  return (
    <div className="account-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t.account.menuLabel}
        onClick={() => setOpen((was) => !was)}
      >
        <svg className="account-menu__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="4" fill="currentColor" />
          <path d="M4 21a8 8 0 0 1 16 0Z" fill="currentColor" />
        </svg>
        <span className="account-menu__text">{t.account.menu}</span>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        {open && !viewer.data && (
          <p className="account-menu__who" role="status">
            {t.common.loading}
          </p>
        )}
        {user && (
          <>
            <p className="account-menu__who">
              <span className="account-menu__label">{t.account.signedInAs}</span> <strong>{user.name}</strong>
            </p>
            <ul className="account-menu__links">
              <li>
                <Link to="/account/stacks">{t.account.stacks}</Link>
              </li>
              <li>
                <Link to="/account/requests">{t.account.requests}</Link>
              </li>
            </ul>
            <SignOutButton signInUrl={leaveTo} labels={t.account} className="button button--secondary account-menu__sign-out" />
          </>
        )}
        {viewer.data && !user && (
          <ul className="account-menu__links">
            <li>
              <Link to="/account/sign-in">{t.account.signIn}</Link>
            </li>
            <li>
              <Link to="/account/sign-up">{t.account.signUp}</Link>
            </li>
          </ul>
        )}
        {viewer.data && (
          <p className="account-menu__partner">
            <Link to="/console">{t.nav.partner}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
