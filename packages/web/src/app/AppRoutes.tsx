import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { quoteRequestRoute } from '../components/stack/quote-request-link.ts';

// One chunk per screen: the first visit loads only the shell and the page it lands on.
const HomePage = lazy(() => import('../pages/HomePage.tsx'));
const CatalogPage = lazy(() => import('../pages/CatalogPage.tsx'));
const OfferingPage = lazy(() => import('../pages/OfferingPage.tsx'));
const VendorPage = lazy(() => import('../pages/VendorPage.tsx'));
const StackPage = lazy(() => import('../pages/StackPage.tsx'));
const SharedStackPage = lazy(() => import('../pages/SharedStackPage.tsx'));
const CompareStacksPage = lazy(() => import('../pages/CompareStacksPage.tsx'));
const CompareOfferingsPage = lazy(() => import('../pages/CompareOfferingsPage.tsx'));
const QuoteRequestPage = lazy(() => import('../pages/QuoteRequestPage.tsx'));
const ReportPage = lazy(() => import('../pages/ReportPage.tsx'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage.tsx'));
const ConsoleApp = lazy(() => import('../pages/console/ConsoleApp.tsx'));
const StaffApp = lazy(() => import('../pages/staff/StaffApp.tsx'));

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/catalog" component={CatalogPage} />
      <Route path="/offerings/:slug" component={OfferingPage} />
      <Route path="/vendors/:slug" component={VendorPage} />
      <Route path="/stack" component={StackPage} />
      <Route path="/stacks/:id" component={SharedStackPage} />
      <Route path="/compare" component={CompareStacksPage} />
      <Route path="/compare/offerings" component={CompareOfferingsPage} />
      <Route path={quoteRequestRoute} component={QuoteRequestPage} />
      <Route path="/report" component={ReportPage} />
      <Route path="/console" nest component={ConsoleApp} />
      <Route path="/staff" nest component={StaffApp} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
