import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, type DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { basename } from './app/basename';
import { routerInitialized } from './app/router-initialized';
import { routes } from './app/routes';
import './styles/tokens.css';
import './styles/global.css';
import './styles/print.css';

/** The first page is on screen and answers input: what the budgets and `npm run perf` measure to. */
function App({ router }: { router: DataRouter }) {
  useEffect(() => {
    performance.mark('app:interactive');
  }, []);
  return (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
}

const root = document.getElementById('root');
if (root) {
  const router = createBrowserRouter(routes, { basename });
  void routerInitialized(router).then(() => {
    // A prerendered page (src/prerender/) is already on screen: React takes it over as it is. The
    // transition lets a tap during hydration go first; the rest are rendered in the browser.
    if (root.hasChildNodes()) {
      startTransition(() => {
        hydrateRoot(root, <App router={router} />);
      });
    } else {
      createRoot(root).render(<App router={router} />);
    }
  });
}
