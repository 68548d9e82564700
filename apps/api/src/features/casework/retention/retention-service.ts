import type { ErasureCounts, RetentionPreview, forgetPersonBodySchema } from '@vigil/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { readSettings } from '../../settings/settings-repository';
import { assertPersonVisible } from '../access/case-access';
import { type ErasureDeps, erasePerson } from './erase-person';
import { casesOf, closedBefore, countExpiredPeople, expiredPeople } from './expired-people';

export const RETENTION_QUEUE = 'casework-retention';
/** Daily at 03:41 UTC, clear of the hourly dossier sweep. */
export const RETENTION_CRON = '41 3 * * *';

const PAGE = 100;
const PREVIEW_LIMIT = 1_000;

type SweepResult = ErasureCounts & { people: number; failed: number };

export function createRetentionService(deps: ErasureDeps) {
  const { db } = deps;

  async function cutoffAt(now: Date) {
    const retentionMonths = (await readSettings(db)).caseworkRetentionMonths;
    return { retentionMonths, cutoff: closedBefore(now, retentionMonths) };
  }

  /** Every expired person, page by page (a page is read only once the previous one was handled). */
  async function* expired(cutoff: Date, limit = Number.POSITIVE_INFINITY) {
    let after: string | undefined;
    let seen = 0;
    while (seen < limit) {
      const page = await expiredPeople(db, cutoff, { after, take: Math.min(PAGE, limit - seen) });
      if (page.length === 0) return;
      yield page;
      seen += page.length;
      after = page[page.length - 1]!.id;
    }
  }

  return {
    /** The dry run: who would be erased now, with their cases; changes nothing. */
    async preview(options: { limit?: number; now?: Date } = {}): Promise<RetentionPreview> {
      const { retentionMonths, cutoff } = await cutoffAt(options.now ?? new Date());
      const people: RetentionPreview['people'] = [];
      for await (const page of expired(cutoff, options.limit ?? PREVIEW_LIMIT)) {
        const cases = await casesOf(
          db,
          page.map((p) => p.id),
        );
        for (const person of page) {
          const own = cases.filter((c) => c.personId === person.id);
          people.push({
            ...person,
            cases: own.map((c) => ({
              id: c.id,
              reference: c.reference,
              type: c.type,
              closedAt: c.closedAt!,
            })),
          });
        }
      }
      return { retentionMonths, closedBefore: cutoff, total: await countExpiredPeople(db, cutoff), people };
    },

    /**
     * The scheduled erasure: each expired person in a transaction of their own. One that fails is
     * logged and counted; the others go ahead, and the job fails at the end so pg-boss retries it.
     */
    async sweep(now = new Date()): Promise<SweepResult> {
      const { retentionMonths, cutoff } = await cutoffAt(now);
      const total: SweepResult = {
        people: 0,
        failed: 0,
        cases: 0,
        notes: 0,
        documents: 0,
        deadlines: 0,
        grants: 0,
        victimsUnlinked: 0,
        historyValues: 0,
      };
      for await (const page of expired(cutoff)) {
        for (const person of page) {
          try {
            const reason = `retention of ${retentionMonths} months`;
            const { counts } = await erasePerson(
              deps,
              person.id,
              { actor: null, trigger: 'retention', reason },
              now,
            );
            total.people += 1;
            for (const [key, n] of Object.entries(counts)) total[key as keyof ErasureCounts] += n;
          } catch (err) {
            // Erased meanwhile by a "forget": nothing left to do.
            if (err instanceof AppError && err.statusCode === 409) continue;
            total.failed += 1;
            deps.log.error({ err, personId: person.id }, 'retention could not erase a person');
          }
        }
      }
      return total;
    },

    /** "Forget this person": erases at once, on request; the coordinator confirms with the alias. */
    async forget(actor: Actor, personId: string, body: z.output<typeof forgetPersonBodySchema>) {
      const person = await assertPersonVisible(db, actor, personId);
      if (person.erasedAt) throw AppError.conflict('This person was already erased');
      const { alias } = await db.person.findUniqueOrThrow({
        where: { id: personId },
        select: { alias: true },
      });
      if (body.confirmAlias !== alias) {
        throw AppError.invalid(
          'body/confirmAlias',
          "Type the person's alias exactly as it is shown to confirm",
        );
      }
      return erasePerson(deps, personId, { actor, trigger: 'request', reason: body.reason });
    },
  };
}
