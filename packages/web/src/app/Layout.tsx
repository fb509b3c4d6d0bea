import { Suspense, useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { Loading } from '../components/common/Notice.tsx';
import { SiteFooter } from '../components/common/SiteFooter.tsx';
import { SiteHeader } from '../components/common/SiteHeader.tsx';
import { CompareTray } from '../components/compare/CompareTray.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

export function Layout() {
  const { t } = useI18n();
  const [pathname] = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  const cameBack = useRef(false);

  // Back and Forward restore the scroll position themselves (the browser does); a new page starts at the top.
  useEffect(() => {
    const onPop = () => (cameBack.current = true);
    const onPush = () => (cameBack.current = false);
    window.addEventListener('popstate', onPop);
    window.addEventListener('pushState', onPush);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pushState', onPush);
    };
  }, []);

  // After moving to another page, start keyboard and screen-reader users at its content, as a page load would.
  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    if (!cameBack.current) window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<Loading />}>
            <AppRoutes />
          </Suspense>
        </ErrorBoundary>
      </main>
      <CompareTray />
      <SiteFooter />
    </>
  );
}
