import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout.tsx';
import { RouteError } from './RouteError.tsx';

// One chunk per screen: the first visit loads only the shell and the page it lands on.
const HomePage = lazy(() => import('../pages/HomePage.tsx'));
const CatalogPage = lazy(() => import('../pages/CatalogPage.tsx'));
const OfferingPage = lazy(() => import('../pages/OfferingPage.tsx'));
const VendorPage = lazy(() => import('../pages/VendorPage.tsx'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage.tsx'));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'catalog', element: <CatalogPage /> },
          { path: 'offerings/:slug', element: <OfferingPage /> },
          { path: 'vendors/:slug', element: <VendorPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
