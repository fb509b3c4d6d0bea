import './styles/site.css';

import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/Root.tsx';
import { createClient } from './client.ts';
import { readServerState } from './ssr/server-state.ts';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing');

// A page the server rendered is hydrated with the answers it was rendered with; the others (and every page
// on Vite's development server) are rendered here.
const state = readServerState();
const app = (
  <StrictMode>
    <Root client={createClient(state?.results ?? null)} head={null} origin={state?.origin ?? window.location.origin} />
  </StrictMode>
);
if (state?.results) hydrateRoot(container, app);
else createRoot(container).render(app);
