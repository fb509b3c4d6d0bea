import './account-menu.css';

import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SignOutButton } from './SignOutButton.tsx';

/** Who is signed in, for the menu: its own small query, so that every page's first load carries no other. */
const AccountMenuQuery = graphql(`
  query AccountMenu {
    viewer {
      user {
        id
        name
      }
    }
  }
`);

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
  const [viewer] = useQuery({ query: AccountMenuQuery, pause: !open });
  const user = viewer.data?.viewer.user;

  useEffect(() => setOpen(false), [location]);
  const leaveTo = location.startsWith('/account') ? '/account/sign-in' : location;
  return (
    <div
      className="account-menu"
      ref={root}
      // Focus or a click leaving the menu closes it; Escape too, giving the focus back to its button.
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="account-menu__icon" aria-hidden="true" />
        <span className="account-menu__text">{t.account.menu}</span>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open} tabIndex={-1}>
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
        <p className="account-menu__partner">
          <Link to="/console">{t.nav.partner}</Link>
        </p>
      </div>
    </div>
  );
}
