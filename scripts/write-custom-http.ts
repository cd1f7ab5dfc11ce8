import { writeFileSync } from 'node:fs';
import { amplifyCustomHttp } from '../src/node/amplify-custom-http';
import { builtStyleHashes } from '../src/node/inline-style-hashes';
import { securityHeaders } from '../src/node/security-headers';

/**
 * Rewrites customHttp.yml for the build in dist/: its Content-Security-Policy allows the inline
 * styles of exactly that build. `npm run headers` builds first; commit the file it changes.
 */
const hashes = builtStyleHashes('dist');
writeFileSync('customHttp.yml', amplifyCustomHttp(securityHeaders(hashes)));
console.log(`wrote customHttp.yml, allowing ${hashes.length} inline styles`);
