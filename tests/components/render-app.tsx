import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routerInitialized } from '../../src/app/router-initialized';
import { routes } from '../../src/app/routes';
import { pathInLanguage, splitLanguagePath } from '../../src/domain/language-path';
import { useLanguageStore } from '../../src/stores/language-store';

/**
 * Renders the whole app, router and layout included, at `path`, as a user would open it: once the
 * page's code has loaded, as every screen but the landing page loads on demand. A path without a
 * language (`/results`) opens in the language store's language (`/en/results`), as the app's own
 * links do; `location()` gives the page below the language, so tests read `/results` in either.
 */
export async function renderApp(path = '/') {
  return openAddress(
    splitLanguagePath(path) ? path : pathInLanguage(useLanguageStore.getState().lang, path),
  );
}

/** The app at exactly this address, such as an old link without a language. */
export async function openAddress(address: string) {
  const router = createMemoryRouter(routes, { initialEntries: [address] });
  await routerInitialized(router);
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  const location = () => {
    const { pathname, ...rest } = router.state.location;
    return { ...rest, pathname: splitLanguagePath(pathname)?.rest ?? pathname, address: pathname };
  };
  return { ...view, user, router, location };
}
