import type { IncidentFilter } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';

const humanise = (code: string) => code.replace(/_/g, ' ');
const join = (values: string[]) => values.join(', ');

/**
 * The filter as sentences for the dossier cover, with vocabulary labels (English / French) and site
 * names instead of ids, so a reader of the paper copy knows exactly which records were selected.
 */
export async function filterInWords(db: DbOrTx, filter: IncidentFilter): Promise<string[]> {
  const termIds = [...(filter.actTypeId ?? []), ...(filter.forceId ?? [])];
  const [terms, sites] = await Promise.all([
    termIds.length ? db.vocabularyTerm.findMany({ where: { id: { in: termIds } } }) : [],
    filter.siteId?.length
      ? db.site.findMany({
          where: { id: { in: filter.siteId } },
          select: { id: true, name: true, commune: true },
        })
      : [],
  ]);
  const label = (id: string) => {
    const term = terms.find((t) => t.id === id);
    return term ? `${term.labelEn} / ${term.labelFr}` : `unknown term ${id}`;
  };
  const lines: string[] = [];
  if (filter.from && filter.to) lines.push(`Period: from ${filter.from} to ${filter.to} (inclusive)`);
  else if (filter.from) lines.push(`Period: from ${filter.from}`);
  else if (filter.to) lines.push(`Period: until ${filter.to} (inclusive)`);
  else lines.push('Period: all dates');
  if (filter.actTypeId?.length)
    lines.push(`Act types (with their sub-types): ${join(filter.actTypeId.map(label))}`);
  if (filter.forceId?.length) lines.push(`Forces: ${join(filter.forceId.map(label))}`);
  if (filter.unit?.length) lines.push(`Units: ${join(filter.unit)}`);
  if (filter.commune?.length) lines.push(`Communes: ${join(filter.commune)}`);
  if (filter.siteId?.length) {
    lines.push(
      `Sites: ${join(
        filter.siteId.map((id) => {
          const site = sites.find((s) => s.id === id);
          return site ? `${site.name} (${site.commune})` : `unknown site ${id}`;
        }),
      )}`,
    );
  }
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
