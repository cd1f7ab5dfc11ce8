import { spawn } from 'node:child_process';

/** A running `vite preview` of dist/ and how to stop it. */
export interface PreviewServer {
  origin: string;
  stop: () => void;
}

/**
 * Serves the production build in dist/ on `port` and resolves once it answers. Vite's own entry,
 * not `npx vite`: killing npx would leave the server running.
 */
export async function startPreview(port: number): Promise<PreviewServer> {
  const origin = `http://localhost:${port}`;
  const preview = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const stop = () => {
    preview.kill();
  };
  try {
    for (let tries = 0; ; tries += 1) {
      try {
        await fetch(origin);
        break;
      } catch (error) {
        if (tries > 50 || preview.exitCode !== null) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
