import { useLoaderData } from 'react-router';
import type { ScreenContent } from './content-in-language';

/*
 * The content a screen's route loaded in the page's language (routes.tsx), for the screen's
 * components. react-router types loader data by what the caller says it is; these say it once,
 * next to the loaders that return it.
 */

export function useQuestionsContent(): ScreenContent<'questions'> {
  return useLoaderData<ScreenContent<'questions'>>();
}

export function useResultsContent(): ScreenContent<'results'> {
  return useLoaderData<ScreenContent<'results'>>();
}

export function useExampleContent(): ScreenContent<'example'> {
  return useLoaderData<ScreenContent<'example'>>();
}
