import { lazy, Suspense } from 'react';
import type { ComparePageProps } from '../../features/compare/compare-page';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import { appMessages } from '../messages';

/** The comparison needs the engine and the catalog, so it loads like the results do. */
const ComparePage = lazy(async () => {
  const [{ ComparePage: Page }, { default: content }] = await Promise.all([
    import('../../features/compare/compare-page'),
    import('virtual:content'),
  ]);
  function CompareWithContent(props: Omit<ComparePageProps, 'content'>) {
    return <Page {...props} content={content} />;
  }
  return { default: CompareWithContent };
});

/** `/compare`: my answers against an example team or against my team one stage later. */
function CompareRoute() {
  const t = useLocalize();
  const answers = useAnswersStore((state) => state.answers);
  return (
    <Suspense fallback={<p role="status">{t(appMessages.loading)}</p>}>
      <ComparePage answers={answers} />
    </Suspense>
  );
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { CompareRoute as Component };
