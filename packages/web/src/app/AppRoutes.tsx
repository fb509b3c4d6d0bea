import { lazy, type ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { quoteRequestRoute } from '../components/stack/quote-request-link.ts';

type Screen = () => Promise<{ default: ComponentType }>;

// One chunk per screen: the first visit loads only the shell and the page it lands on. The consoles nest
// their own routes under their path.
const ROUTES: { path: string; screen: Screen; nest?: true }[] = [
  { path: '/', screen: () => import('../pages/HomePage.tsx') },
  { path: '/catalog', screen: () => import('../pages/CatalogPage.tsx') },
  { path: '/offerings/:slug', screen: () => import('../pages/OfferingPage.tsx') },
  { path: '/vendors/:slug', screen: () => import('../pages/VendorPage.tsx') },
  { path: '/stack', screen: () => import('../pages/StackPage.tsx') },
  { path: '/compose', screen: () => import('../pages/ComposePage.tsx') },
  { path: '/stacks/:id', screen: () => import('../pages/SharedStackPage.tsx') },
  { path: '/compare', screen: () => import('../pages/CompareStacksPage.tsx') },
  { path: '/compare/offerings', screen: () => import('../pages/CompareOfferingsPage.tsx') },
  { path: quoteRequestRoute, screen: () => import('../pages/QuoteRequestPage.tsx') },
  { path: '/report', screen: () => import('../pages/ReportPage.tsx') },
  { path: '/account', screen: () => import('../pages/account/AccountApp.tsx'), nest: true },
  { path: '/console', screen: () => import('../pages/console/ConsoleApp.tsx'), nest: true },
  { path: '/staff', screen: () => import('../pages/staff/StaffApp.tsx'), nest: true },
];

const routes = ROUTES.map(({ path, screen, nest }) => ({ path, nest, component: lazy(screen) }));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage.tsx'));

export function AppRoutes() {
  return (
    <Switch>
      {routes.map(({ path, nest, component }) => (
        <Route key={path} path={path} nest={nest} component={component} />
      ))}
      <Route component={NotFoundPage} />
    </Switch>
  );
}
