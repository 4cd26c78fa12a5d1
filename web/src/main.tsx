import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadWithEveryPage } from './app/area';
import { loadAreaMessages } from './i18n/en';
import './index.css';

// The areas' English messages are not in the first load: every page (and the signed-in layout) waits for them.
loadWithEveryPage(loadAreaMessages);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
