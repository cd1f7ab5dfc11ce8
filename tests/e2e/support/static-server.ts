import { createStaticHost, filesHiddenByRewrite } from './static-host';

/**
 * The static host of the sub-path test (see static-host.ts). It refuses to start on a build with a
 * file the SPA rewrite would hide. Usage: tsx tests/e2e/support/static-server.ts <dir> <base> <port>
 */
const [dir = 'dist', base = '/', port = '4187'] = process.argv.slice(2);

const hidden = filesHiddenByRewrite(dir);
if (hidden.length > 0) {
  process.stderr.write(
    `static-server: the Amplify rewrites in README "Deploy" would serve another file for ${hidden.join(', ')}; add their extension to tests/e2e/support/amplify-rewrites.ts and the README\n`,
  );
  process.exit(1);
}

createStaticHost({ dir, base }).listen(Number(port));
