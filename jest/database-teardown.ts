import { stopChildService } from './child-service';

export default async function teardown(): Promise<void> {
  await stopChildService(globalThis.vigilTestDatabase);
}
