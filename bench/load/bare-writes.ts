import { randomUUID } from 'node:crypto';
import type { SupplySource } from '@vigil/db';
import type pg from 'pg';
import type { LedgerKey } from '../../apps/api/src/features/supplies/ledger/request-key';
import { StockRefs } from '../../apps/api/src/features/supplies/ledger/stock-refs';
import { NO_EXPIRY, StockSession } from '../../apps/api/src/features/supplies/ledger/stock-session';
import { inTransaction, rawDb } from './bare-db';

/** What the API's detail view loads (incidentDetailInclude), in one statement instead of Prisma's round. */
export const INCIDENT_DETAIL = `
SELECT i.*,
  (SELECT json_build_object('id', s.id, 'name', s.name, 'commune', s.commune) FROM sites s WHERE s.id = i.site_id) AS site,
  (SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u WHERE u.id = i.author_id) AS author,
  (SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM users u WHERE u.id = i.reviewed_by_id) AS reviewed_by,
  (SELECT coalesce(json_agg(json_build_object('act', a, 'actType', t,
            'victims', (SELECT array_agg(victim_id) FROM act_victims WHERE act_id = a.id),
            'perpetrators', (SELECT array_agg(perpetrator_id) FROM act_perpetrators WHERE act_id = a.id),
            'items', (SELECT json_agg(json_build_object('item', ai, 'propertyType', pt)) FROM act_items ai
                      JOIN vocabulary_terms pt ON pt.id = ai.property_type_id WHERE ai.act_id = a.id))
          ORDER BY a.position), '[]')
   FROM acts a JOIN vocabulary_terms t ON t.id = a.act_type_id WHERE a.incident_id = i.id) AS acts,
  (SELECT coalesce(json_agg(v), '[]') FROM victims v WHERE v.incident_id = i.id) AS victims,
  (SELECT coalesce(json_agg(json_build_object('perpetrator', p, 'force', f)), '[]') FROM perpetrators p
   JOIN vocabulary_terms f ON f.id = p.force_id WHERE p.incident_id = i.id) AS perpetrators,
  (SELECT coalesce(json_agg(w), '[]') FROM witnesses w WHERE w.incident_id = i.id) AS witnesses,
  (SELECT coalesce(json_agg(fu), '[]') FROM follow_ups fu WHERE fu.incident_id = i.id) AS follow_ups,
  (SELECT coalesce(json_agg(ef ORDER BY ef.uploaded_at), '[]') FROM evidence_files ef WHERE ef.incident_id = i.id) AS files
FROM incidents i WHERE i.id = $1`;

/** What the API's eviction view loads (evictionInclude). */
const EVICTION_DETAIL = `
SELECT e.*,
  (SELECT json_build_object('id', s.id, 'name', s.name, 'commune', s.commune) FROM sites s WHERE s.id = e.site_id) AS site,
  (SELECT coalesce(json_agg(json_build_object('force', ef, 'term', t)), '[]') FROM eviction_forces ef
   JOIN vocabulary_terms t ON t.id = ef.force_id WHERE ef.eviction_id = e.id) AS forces,
  (SELECT coalesce(json_agg(json_build_object('property', ep, 'type', t)), '[]') FROM eviction_property ep
   JOIN vocabulary_terms t ON t.id = ep.property_type_id WHERE ep.eviction_id = e.id) AS property,
  (SELECT coalesce(json_agg(l ORDER BY l.observed_at, l.entered_at), '[]') FROM eviction_log_entries l
   WHERE l.eviction_id = e.id) AS log,
  (SELECT coalesce(json_agg(i.id), '[]') FROM incidents i WHERE i.eviction_id = e.id) AS incidents
FROM evictions e WHERE e.id = $1`;

interface NewIncident {
  title: string;
  narrative: string;
  startAt: string;
  siteId: string;
  sourceType: string;
  status: string;
  victims: { alias: string; isGroup: boolean; count: number; minor: boolean }[];
  perpetrators: { forceId: string; unit: string; rioShown: string; officerCount: number }[];
  acts: { actTypeId: string; description: string }[];
}

/**
 * The rows the API's incident create writes (incident with its summary columns, one victim, one
 * perpetrator, one act and their links, the export row, the first revision), in one transaction.
 */
export async function createIncident(pool: pg.Pool, authorId: string, body: NewIncident) {
  const [victim, perpetrator, act] = [body.victims[0]!, body.perpetrators[0]!, body.acts[0]!];
  const ids = { incident: randomUUID(), victim: randomUUID(), perpetrator: randomUUID(), act: randomUUID() };
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ n: string }>(`SELECT nextval('incident_reference_seq') AS n`);
    const reference = `INC-${body.startAt.slice(0, 4)}-${rows[0]!.n.padStart(7, '0')}`;
    await client.query(
      `INSERT INTO incidents (id, reference, status, title, narrative, start_at, site_id, commune, source_type, author_id,
         act_type_ids, force_ids, units, rio_shown, victim_flags, updated_at)
       VALUES ($1, $2, $3::"IncidentStatus", $4, $5, $6, $7, (SELECT commune FROM sites WHERE id = $7), $8::"SourceType", $9,
         ARRAY[$10::uuid], ARRAY[$11::uuid], ARRAY[$12], ARRAY[$13::"RioShown"], $14::text[], now())`,
      [
        ids.incident,
        reference,
        body.status,
        body.title,
        body.narrative,
        body.startAt,
        body.siteId,
        body.sourceType,
        authorId,
        act.actTypeId,
        perpetrator.forceId,
        perpetrator.unit,
        perpetrator.rioShown,
        victim.minor ? ['minor'] : [],
      ],
    );
    await client.query(
      `INSERT INTO victims (id, incident_id, alias, is_group, count, minor) VALUES ($1, $2, $3, $4, $5, $6)`,
      [ids.victim, ids.incident, victim.alias, victim.isGroup, victim.count, victim.minor],
    );
    await client.query(
      `INSERT INTO perpetrators (id, incident_id, force_id, unit, rio_shown, officer_count)
       VALUES ($1, $2, $3, $4, $5::"RioShown", $6)`,
      [
        ids.perpetrator,
        ids.incident,
        perpetrator.forceId,
        perpetrator.unit,
        perpetrator.rioShown,
        perpetrator.officerCount,
      ],
    );
    await client.query(
      `INSERT INTO acts (id, incident_id, act_type_id, description) VALUES ($1, $2, $3, $4)`,
      [ids.act, ids.incident, act.actTypeId, act.description],
    );
    await client.query(`INSERT INTO act_victims (act_id, victim_id) VALUES ($1, $2)`, [ids.act, ids.victim]);
    await client.query(`INSERT INTO act_perpetrators (act_id, perpetrator_id) VALUES ($1, $2)`, [
      ids.act,
      ids.perpetrator,
    ]);
    await client.query(`SELECT incident_export_rows_refresh(ARRAY[$1::uuid])`, [ids.incident]);
    await client.query(
      `INSERT INTO incident_revisions (id, incident_id, version, author_id, changed_fields, snapshot)
       SELECT gen_random_uuid(), i.id, 1, $2, ARRAY['created'], to_jsonb(i) FROM incidents i WHERE i.id = $1`,
      [ids.incident, authorId],
    );
  });
  return (await pool.query(INCIDENT_DETAIL, [ids.incident])).rows[0];
}

/** A receipt through the API's own stock code: as in the API, one ledger statement with no lock. */
export async function receiveStock(
  pool: pg.Pool,
  actorId: string,
  requestKey: LedgerKey | null,
  body: { locationId: string; source: SupplySource; lines: { itemId: string; quantity: number }[] },
) {
  const db = rawDb(pool);
  const refs = await StockRefs.load(
    db,
    body.lines.map((l) => l.itemId),
    [body.locationId],
  );
  const pairs = body.lines.map((l) => ({ itemId: l.itemId, locationId: body.locationId }));
  const session = StockSession.incoming(refs, pairs);
  for (const l of body.lines) session.putIn('receive', l.itemId, body.locationId, l.quantity, NO_EXPIRY);
  const header = {
    kind: 'receive' as const,
    occurredAt: new Date(),
    actorId,
    requestKey,
    source: body.source,
  };
  return session.flush(db, header);
}

/** One observation-log entry, answered with the eviction as the API answers it. */
export async function appendEvictionLog(
  pool: pg.Pool,
  authorId: string,
  evictionId: string,
  body: { observedAt: string; text: string },
) {
  return inTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO eviction_log_entries (id, eviction_id, author_id, observed_at, text) VALUES (gen_random_uuid(), $1, $2, $3, $4)`,
      [evictionId, authorId, body.observedAt, body.text],
    );
    return (await client.query(EVICTION_DETAIL, [evictionId])).rows[0];
  });
}
