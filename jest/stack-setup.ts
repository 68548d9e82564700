import type { ChildProcess } from 'node:child_process';
import { startChildService } from './child-service';

declare global {
  var vigilE2eStack: ChildProcess | undefined;
}

/** Starts the built API and dashboard on a fresh database for the browser tests (scripts/e2e-stack.ts). */
export default async function setup(): Promise<void> {
  const { child, info } = await startChildService('e2e-stack.ts');
  globalThis.vigilE2eStack = child;
  process.env.E2E_WEB_URL = info.webUrl;
  process.env.E2E_API_URL = info.apiUrl;
}
