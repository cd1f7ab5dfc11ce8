import { languages } from '../../../src/domain/languages';

interface AmplifyRule {
  source: string;
  status: '200';
  target: string;
  condition: null;
}

/**
 * The prerendered pages at their addresses: a 200 rewrite from `/ja/p/seed-saas/` to its file. An
 * Amplify placeholder (`<preset>`) stands for one path segment. They come before the single-page
 * rule, which would otherwise answer these paths (no dot in them) with the app's shell.
 */
const prerenderedPages: AmplifyRule[] = languages.flatMap((lang) =>
  [`/${lang}/`, `/${lang}/questions/<section>/`, `/${lang}/p/<preset>/`].map((source) => ({
    source,
    status: '200' as const,
    target: `${source}index.html`,
    condition: null,
  })),
);

/**
 * The single-page-app rewrite: AWS's documented rule (Amplify user guide, "Redirects for single
 * page web apps (SPA)") with `webmanifest` added for the PWA manifest and `html` for the
 * prerendered files, which the service worker fetches by name. A path with no dot, or with an
 * extension not listed, is answered with index.html (status 200). Amplify applies a 200 rewrite
 * even where a file exists, so every kind of file the build writes must be listed.
 */
export const amplifySpaRewrite: AmplifyRule = {
  source:
    '</^[^.]+$|\\.(?!(css|gif|ico|jpg|js|png|txt|svg|woff|woff2|ttf|map|json|webp|webmanifest|html)$)([^.]+$)/>',
  status: '200',
  target: '/index.html',
  condition: null,
};

/** The rules README "Deploy" gives for AWS Amplify Hosting, in the order Amplify applies them. */
export const amplifyRewrites: readonly AmplifyRule[] = [...prerenderedPages, amplifySpaRewrite];

/** Amplify writes a regular expression source as `</expression/>`. */
const spaPath = new RegExp(amplifySpaRewrite.source.slice('</'.length, -'/>'.length));

/** A source with placeholders as a regular expression whose groups are the placeholders. */
function placeholderPattern(source: string): RegExp {
  const escaped = source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<\w+>/g, '([^/]+)');
  return new RegExp(`^${escaped}$`);
}

/**
 * The file Amplify answers `path` (from the site root, such as `/ja/`) with: the target of the first
 * rule that matches, or `undefined` when none does and the file at `path` itself is served.
 */
export function amplifyTarget(path: string): string | undefined {
  for (const rule of prerenderedPages) {
    const match = placeholderPattern(rule.source).exec(path);
    if (!match) continue;
    let placeholder = 0;
    return rule.target.replace(/<\w+>/g, () => match[(placeholder += 1)] ?? '');
  }
  return spaPath.test(path) ? amplifySpaRewrite.target : undefined;
}
