import { Router, useLocation } from 'wouter';
import { I18nProvider } from '../i18n/i18n.tsx';
import { langOfPath, routerBase } from '../i18n/language-path.ts';
import { Layout } from './Layout.tsx';

/**
 * The site in the language its address names: Vietnamese at the root, English under /en, where every
 * route and link of the site lives under the router's base /en.
 */
export function App() {
  const [path] = useLocation();
  const lang = langOfPath(path);
  return (
    <I18nProvider lang={lang}>
      <Router base={routerBase(lang)}>
        <Layout />
      </Router>
    </I18nProvider>
  );
}
