import outline from 'virtual:content/outline';
import { useEffect, useRef, type RefObject } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { PageLink } from '../ui/page-link';
import { splitLanguagePath } from '../domain/language-path';
import { useLang, useLocalize } from '../i18n/use-localize';
import { Announcer } from '../ui/announcer';
import { uiMessages } from '../ui/messages';
import { ServiceWorkerUpdatePrompt } from '../ui/update-prompt-container';
import { useInBrowser } from '../ui/use-in-browser';
import { useQuestionsPath } from '../ui/use-questions-path';
import { LanguageSwitch } from './language-switch';
import { LanguageUnavailableNotice } from './language-unavailable-notice';
import { appMessages } from './messages';
import { PageLoading } from './page-loading';
import { StorageNotice } from './storage-notice';
import { useCacheLanguage } from './use-cache-language';
import { useLanguageSwitch } from './use-language-switch';
import styles from './app-layout.module.css';

/**
 * After a client-side navigation, moves focus to the new page's heading (or main) so screen readers
 * announce the page and keyboard users continue from the top. Links with a #fragment are left to
 * the page, which focuses the target itself.
 */
function useFocusOnNavigate(main: RefObject<HTMLElement | null>): void {
  const { pathname, hash } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (hash) return;
    const heading = main.current?.querySelector('h1');
    // Programmatic focus only: the heading stays out of the Tab order.
    if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    (heading ?? main.current)?.focus();
  }, [pathname, hash, main]);
}

export function AppLayout() {
  const t = useLocalize();
  const lang = useLang();
  // The page below the language: `/ja/review` is the review page.
  const page = splitLanguagePath(useLocation().pathname)?.rest ?? '/';
  const questionsPath = useQuestionsPath(outline);
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  const languageSwitch = useLanguageSwitch();
  const inBrowser = useInBrowser();
  useCacheLanguage(lang);
  // The old page stays until the next one's code has arrived; say that it is coming.
  const loading = useNavigation().state === 'loading';

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const navItems = [
    {
      to: questionsPath,
      label: appMessages.navQuestions,
      current: page.startsWith('/questions'),
    },
    { to: '/review', label: appMessages.navReview, current: page === '/review' },
    { to: '/results', label: appMessages.navResults, current: page === '/results' },
    { to: '/compare', label: appMessages.navCompare, current: page === '/compare' },
  ];

  return (
    <>
      <a
        href="#main"
        className={styles.skip}
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t(appMessages.skipToContent)}
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <PageLink to="/" className={styles.brand}>
            {t(uiMessages.appName)}
          </PageLink>
          <nav aria-label={t(appMessages.mainNav)} className={styles.nav}>
            <ul>
              {navItems.map((item) => (
                <li key={item.label.en}>
                  <PageLink
                    to={item.to}
                    className={styles.navLink}
                    aria-current={item.current ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </PageLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitch {...languageSwitch} />
        </div>
      </header>
      <StorageNotice />
      <LanguageUnavailableNotice {...languageSwitch} />
      {loading && <PageLoading />}
      <main id="main" ref={main} tabIndex={-1} className={styles.main} aria-busy={loading}>
        <Outlet />
      </main>
      <Announcer />
      {inBrowser && <ServiceWorkerUpdatePrompt />}
      <ScrollRestoration />
    </>
  );
}
