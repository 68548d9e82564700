import { Prisma } from '@vigil/db';
import { evictionConditions, evictionVisibility } from '../../evictions/eviction-filter-sql';
import { summaryFromRow as evictionSummary } from '../../evictions/eviction-view';
import { countEvictionRows, listEvictionRows } from '../../evictions/evictions-repository';
import { incidentConditions } from '../../incidents/incident-filter-sql';
import { countIncidentRows, listIncidentRows } from '../../incidents/incident-repository';
import { type BlockContext, FIRST_FEW } from '../overview-context';

/** Incident drafts I wrote: the list's draft filter, narrowed to my own (reviewers see everyone's). */
async function incidentDrafts({ db, actor, incidents }: BlockContext) {
  const where = Prisma.sql`${incidentConditions({ status: ['draft'] }, [], incidents.visibility(actor))}
    AND i.author_id = ${actor.userId}::uuid`;
  const [rows, [counted]] = await Promise.all([
    listIncidentRows(db, where, 'start_desc', null, FIRST_FEW),
    countIncidentRows(db, where),
  ]);
  return {
    total: Number(counted?.n ?? 0),
    items: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      title: row.title,
      startAt: row.start_at,
    })),
  };
}

/** Eviction drafts I wrote (the list's status=draft&mine=true). */
async function evictionDrafts({ db, actor }: BlockContext) {
  const where = evictionConditions({ status: ['draft'], mine: true }, evictionVisibility(actor));
  const [rows, counted] = await Promise.all([
    listEvictionRows(db, where, 'start_desc', null, FIRST_FEW),
    countEvictionRows(db, where),
  ]);
  return { total: counted.count, items: rows.map(evictionSummary) };
}

/** Records started in the field and not submitted yet, newest first. */
export async function myDraftsBlock(context: BlockContext) {
  const [incidents, evictions] = await Promise.all([incidentDrafts(context), evictionDrafts(context)]);
  return { incidents, evictions };
}
