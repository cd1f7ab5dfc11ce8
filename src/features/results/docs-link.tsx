import type { CatalogService } from '../../domain/content';
import { useLocalize } from '../../i18n/use-localize';
import visuallyHidden from '../../ui/visually-hidden.module.css';
import { messages } from './messages';

/** The service's documentation on AWS, opened in a new tab so the results stay where they are. */
export function DocsLink({ service }: { service: Pick<CatalogService, 'id' | 'name' | 'docs'> }) {
  const t = useLocalize();
  return (
    <a href={service.docs} target="_blank" rel="noopener noreferrer">
      {t(messages.cardDocs, { service: service.name })}{' '}
      <span className={visuallyHidden.hidden}>{t(messages.newTab)}</span>
    </a>
  );
}
