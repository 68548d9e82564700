import fp from 'fastify-plugin';
import PgBoss from 'pg-boss';

export interface JobOptions {
  retryLimit?: number;
  /** How long one run may take before PostgreSQL-side expiry hands the job to another attempt. */
  expireInSeconds?: number;
}

/** Background jobs on PostgreSQL (pg-boss): no extra service to run, jobs survive restarts. */
export interface Jobs {
  /** Makes this process the worker of a queue (during boot); jobs run one at a time. */
  work<T extends object>(queue: string, handler: (data: T, jobId: string) => Promise<void>): Promise<void>;
  /**
   * Runs a queue's job on a cron schedule (UTC), registered during boot. pg-boss keeps one schedule
   * per queue in the database, so several API instances still send one job per tick.
   */
  schedule(queue: string, cron: string): Promise<void>;
  /** Queues a job and wakes this process's worker at once instead of at its next poll. */
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<string>;
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: Jobs;
  }
}

export default fp(
  async (app) => {
    const boss = new PgBoss({
      connectionString: app.config.DATABASE_URL,
      schema: 'pgboss',
      application_name: 'vigil-jobs',
      // Few, long jobs: a small pool leaves the API's own pool the connections it needs.
      max: 3,
      // Cron schedules (e.g. dossier expiry) and maintenance (expiry, retries, clean-up).
      schedule: true,
    });
    boss.on('error', (err) => app.log.error({ err }, 'job queue error'));

    const handlers = new Map<string, (data: object, jobId: string) => Promise<void>>();
    const workers = new Map<string, string>();
    const schedules = new Map<string, string>();
    let started = false;

    // Started once every plugin has loaded: a boot that fails half-way leaves no polling timers behind
    // (they would keep the process, or a test run, alive).
    app.addHook('onReady', async () => {
      await boss.start();
      started = true;
      for (const [queue, handler] of handlers) {
        await boss.createQueue(queue);
        const id = await boss.work<object>(queue, { pollingIntervalSeconds: 2 }, async (jobs) => {
          for (const job of jobs) await handler(job.data, job.id);
        });
        workers.set(queue, id);
      }
      for (const [queue, cron] of schedules) {
        if (!handlers.has(queue)) await boss.createQueue(queue);
        await boss.schedule(queue, cron, {}, { tz: 'UTC' });
      }
    });

    app.decorate('jobs', {
      async work<T extends object>(queue: string, handler: (data: T, jobId: string) => Promise<void>) {
        if (started) throw new Error('Register job handlers while the app boots');
        handlers.set(queue, handler as (data: object, jobId: string) => Promise<void>);
      },
      async schedule(queue: string, cron: string) {
        if (started) throw new Error('Register schedules while the app boots');
        schedules.set(queue, cron);
      },
      async send<T extends object>(queue: string, data: T, options: JobOptions = {}) {
        if (!started) throw new Error('The job queue is not running yet');
        if (!handlers.has(queue)) await boss.createQueue(queue);
        const id = await boss.send(queue, data, options);
        if (!id) throw new Error(`The job queue refused a job for ${queue}`);
        const worker = workers.get(queue);
        if (worker) boss.notifyWorker(worker);
        return id;
      },
    } satisfies Jobs);

    // Closed before the database client (hooks run last-registered first): a running job gets a few
    // seconds to finish, then pg-boss marks it failed so that it is retried after the restart.
    app.addHook('onClose', async () => {
      if (started) await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    });
  },
  { name: 'jobs', dependencies: ['db'] },
);
