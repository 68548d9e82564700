import type { EvictionFilter, IncidentFilter } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';

const humanise = (code: string) => code.replace(/_/g, ' ');
const join = (values: string[]) => values.join(', ');

function period(filter: { from?: string; to?: string }): string {
  if (filter.from && filter.to) return `Period: from ${filter.from} to ${filter.to} (inclusive)`;
  if (filter.from) return `Period: from ${filter.from}`;
  if (filter.to) return `Period: until ${filter.to} (inclusive)`;
  return 'Period: all dates';
}

/** Names for the vocabulary terms and sites a filter names by id. */
async function namesOf(db: DbOrTx, termIds: string[], siteIds: string[]) {
  const [terms, sites] = await Promise.all([
    termIds.length ? db.vocabularyTerm.findMany({ where: { id: { in: termIds } } }) : [],
    siteIds.length
      ? db.site.findMany({ where: { id: { in: siteIds } }, select: { id: true, name: true, commune: true } })
      : [],
  ]);
  return {
    term(id: string) {
      const term = terms.find((t) => t.id === id);
      return term ? `${term.labelEn} / ${term.labelFr}` : `unknown term ${id}`;
    },
    site(id: string) {
      const site = sites.find((s) => s.id === id);
      return site ? `${site.name} (${site.commune})` : `unknown site ${id}`;
    },
  };
}

/** The eviction filter as sentences for the dossier cover. */
export async function evictionFilterInWords(db: DbOrTx, filter: EvictionFilter): Promise<string[]> {
  const names = await namesOf(db, filter.forceId ?? [], filter.siteId ?? []);
  const lines = [period(filter)];
  if (filter.siteId?.length) lines.push(`Sites: ${join(filter.siteId.map(names.site))}`);
  if (filter.commune?.length) lines.push(`Communes: ${join(filter.commune)}`);
  if (filter.forceId?.length) lines.push(`Forces present: ${join(filter.forceId.map(names.term))}`);
  if (filter.legalBasis?.length) lines.push(`Legal basis shown: ${join(filter.legalBasis.map(humanise))}`);
  if (filter.status?.length) lines.push(`Record status: ${join(filter.status)}`);
  if (filter.mine !== undefined)
    lines.push(
      filter.mine
        ? 'Only records written by the requester'
        : 'Only records written by others than the requester',
    );
  if (filter.hasIncidents !== undefined) {
    lines.push(
      filter.hasIncidents
        ? 'Only evictions with linked incidents'
        : 'Only evictions without linked incidents',
    );
  }
  if (filter.propertyDestroyed !== undefined) {
    lines.push(
      filter.propertyDestroyed
        ? 'Only evictions where property was destroyed'
        : 'Only evictions where no property was recorded destroyed',
    );
  }
  return lines;
}

/**
 * The filter as sentences for the dossier cover, with vocabulary labels (English / French) and site
 * names instead of ids, so a reader of the paper copy knows exactly which records were selected.
 */
export async function filterInWords(db: DbOrTx, filter: IncidentFilter): Promise<string[]> {
  const names = await namesOf(
    db,
    [...(filter.actTypeId ?? []), ...(filter.forceId ?? [])],
    filter.siteId ?? [],
  );
  const label = names.term;
  const lines = [period(filter)];
  if (filter.actTypeId?.length)
    lines.push(`Act types (with their sub-types): ${join(filter.actTypeId.map(label))}`);
  if (filter.forceId?.length) lines.push(`Forces: ${join(filter.forceId.map(label))}`);
  if (filter.unit?.length) lines.push(`Units: ${join(filter.unit)}`);
  if (filter.commune?.length) lines.push(`Communes: ${join(filter.commune)}`);
  if (filter.siteId?.length) lines.push(`Sites: ${join(filter.siteId.map(names.site))}`);
  if (filter.rioShown?.length) lines.push(`Officer ID (RIO) shown: ${join(filter.rioShown.map(humanise))}`);
  if (filter.victimFlag?.length)
    lines.push(`Victims include all of: ${join(filter.victimFlag.map(humanise))}`);
  if (filter.verificationStatus?.length)
    lines.push(`Verification status: ${join(filter.verificationStatus.map(humanise))}`);
  if (filter.sourceType?.length) lines.push(`Source types: ${join(filter.sourceType.map(humanise))}`);
  if (filter.followUpStatus?.length)
    lines.push(`Follow-up status: ${join(filter.followUpStatus.map(humanise))}`);
  if (filter.status?.length) lines.push(`Record status: ${join(filter.status)}`);
  if (filter.hasMedia !== undefined)
    lines.push(filter.hasMedia ? 'Only records with media' : 'Only records without media');
  if (filter.q) lines.push(`Text search: "${filter.q}"`);
  return lines;
}
