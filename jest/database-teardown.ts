/** Stops the test database server started in database-setup.ts and waits for it to finish. */
export default async function teardown(): Promise<void> {
  const child = globalThis.vigilTestDatabase;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
