/**
 * The load client of `npm run bench:supplies`, in a process of its own: run in the API's process it
 * would take half the CPU of a 2-core machine from the API it measures. Started by
 * `recordMovementsInChild`; receives its job over IPC and answers with the result.
 */
import { type LoadJob, recordMovements } from './supplies-load';

process.once('message', (job: LoadJob) => {
  recordMovements(job.address, job.token, job.pools, job.clients, job.seconds)
    .then((result) => process.send!(result, () => process.exit(0)))
    .catch((error: unknown) => {
      process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
      process.exit(1);
    });
});
