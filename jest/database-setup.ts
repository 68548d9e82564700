import type { ChildProcess } from 'node:child_process';
import { startChildService } from './child-service';

declare global {
  var vigilTestDatabase: ChildProcess | undefined;
}

/** Starts scripts/test-database.ts and hands its server to the test workers through the environment. */
export default async function setup(): Promise<void> {
  const { child, info } = await startChildService('test-database.ts');
  globalThis.vigilTestDatabase = child;
  process.env.VIGIL_TEST_ADMIN_URL = info.adminUrl;
  process.env.VIGIL_TEST_TEMPLATE = info.template;
}
