import { ConfigError, loadApiEnv } from '@vigil/config';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';

async function main() {
  const env = loadApiEnv();
  const app = await buildApp({ env });
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    await app.close();
  });
  await app.listen({ host: env.API_HOST, port: env.API_PORT });
}

main().catch((error: unknown) => {
  // Before the logger exists, a configuration problem is best said plainly on stderr.
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
