import pg from 'pg';

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

function sqlOf(first: unknown): string {
  const text = typeof first === 'string' ? first : ((first as { text?: string } | null)?.text ?? '?');
  return text.replace(/\s+/g, ' ').trim().slice(0, 110);
}

/**
 * Counts database round trips: every statement Prisma's adapter, a transaction's BEGIN/COMMIT or the
 * pool sends goes through `pg.Client.prototype.query`, so wrapping it counts them all in this process.
 */
export class RoundTrips {
  count = 0;
  private statements: string[] | null = null;

  install(): void {
    const original = pg.Client.prototype.query as unknown as Query;
    // An arrow function keeps this counter; the wrapper below is a plain function to keep pg's client.
    const note = (sql: string) => {
      this.count += 1;
      this.statements?.push(sql);
    };
    const counting: Query = function (...args) {
      note(sqlOf(args[0]));
      return original.apply(this, args);
    };
    (pg.Client.prototype as unknown as { query: Query }).query = counting;
  }

  /** The statements one call of `work` sends, for the breakdown printed with BENCH_VERBOSE=1. */
  async record(work: () => Promise<unknown>): Promise<string[]> {
    this.statements = [];
    try {
      await work();
      return this.statements;
    } finally {
      this.statements = null;
    }
  }
}
