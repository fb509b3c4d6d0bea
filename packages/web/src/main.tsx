import './styles/site.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { Layout } from './app/Layout.tsx';
import { client } from './client.ts';
import { I18nProvider } from './i18n/i18n.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <Provider value={client}>
        <Layout />
      </Provider>
    </I18nProvider>
  </StrictMode>,
);
