/**
 * The single-page-app rewrite README "Deploy" gives for AWS Amplify Hosting: AWS's documented rule
 * (Amplify user guide, "Redirects for single page web apps (SPA)") with `webmanifest` added for the
 * PWA manifest. A path with no dot, or with an extension not listed, is answered with index.html
 * (status 200). Amplify applies a 200 rewrite even where a file exists, so every kind of file the
 * build writes must be listed, or it is served as index.html.
 */
export const amplifySpaRewrite = {
  source:
    '</^[^.]+$|\\.(?!(css|gif|ico|jpg|js|png|txt|svg|woff|woff2|ttf|map|json|webp|webmanifest)$)([^.]+$)/>',
  status: '200',
  target: '/index.html',
  condition: null,
} as const;

/** Amplify writes a regular expression source as `</expression/>`. */
const rewrittenPath = new RegExp(amplifySpaRewrite.source.slice('</'.length, -'/>'.length));

/** Whether Amplify answers `path` (from the site root, such as `/sw.js`) with index.html. */
export function rewritesToIndex(path: string): boolean {
  return rewrittenPath.test(path);
}
