import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from './app/routes';
import './styles/tokens.css';
import './styles/global.css';
import './styles/print.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider
        router={createBrowserRouter(routes, {
          // `/advisor/` from BASE_PATH becomes `/advisor`; at the root, no basename.
          basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
        })}
      />
    </StrictMode>,
  );
}
