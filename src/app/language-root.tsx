import { Navigate, useLocation, useParams } from 'react-router';
import { languages } from '../domain/languages';
import { pathInLanguage } from '../domain/language-path';
import { PageLanguage } from '../i18n/use-localize';
import { useLanguageStore } from '../stores/language-store';
import { AppLayout } from './app-layout';

/**
 * A path without a language, from before the language was in the address (`/p/seed-saas`, a share
 * link `/s?…`) or typed by hand (`/`): the same page, query and fragment in the language the visitor
 * chose last time, else their browser's.
 */
export function LanguageRedirect() {
  const { pathname, search, hash } = useLocation();
  const preferred = useLanguageStore((state) => state.lang);
  return <Navigate replace to={{ pathname: pathInLanguage(preferred, pathname), search, hash }} />;
}

/** `/:lang/…`: the pages in the language their address names. */
export function LanguageRoot() {
  const { lang } = useParams();
  const pageLang = languages.find((candidate) => candidate === lang);
  if (!pageLang) return <LanguageRedirect />;
  return (
    <PageLanguage value={pageLang}>
      <AppLayout />
    </PageLanguage>
  );
}
