import type { EvictionFilter, IncidentFilter } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';
import type { EnumKind } from '../exports/enum-words';
import type { PdfWords } from './pdf-labels';

const join = (values: string[]) => values.join(', ');

function period(filter: { from?: string; to?: string }, w: PdfWords): string {
  if (filter.from && filter.to) return w.periodBetween(filter.from, filter.to);
  if (filter.from) return w.periodFrom(filter.from);
  if (filter.to) return w.periodUntil(filter.to);
  return w.periodAll;
}

/** Names for the vocabulary terms and sites a filter names by id. */
async function namesOf(db: DbOrTx, termIds: string[], siteIds: string[], w: PdfWords) {
  const [terms, sites] = await Promise.all([
    termIds.length ? db.vocabularyTerm.findMany({ where: { id: { in: termIds } } }) : [],
    siteIds.length
      ? db.site.findMany({ where: { id: { in: siteIds } }, select: { id: true, name: true, commune: true } })
      : [],
  ]);
  return {
    term(id: string) {
      const term = terms.find((t) => t.id === id);
      return term ? w.termBoth(term) : w.unknownTermId(id);
    },
    site(id: string) {
      const site = sites.find((s) => s.id === id);
      return site ? `${site.name} (${site.commune})` : w.unknownSite(id);
    },
  };
}

/** Lines of the form "<label>: a, b, c", only for the filter fields that are set. */
function lister(lines: string[], w: PdfWords) {
  return {
    add(label: string, values: string[] | undefined, name: (value: string) => string = (v) => v) {
      if (values?.length) lines.push(`${label}: ${join(values.map(name))}`);
    },
    words(kind: EnumKind) {
      return (code: string) => w.word(kind, code);
    },
  };
}

/** The eviction filter as sentences for the dossier cover, in the dossier's language. */
export async function evictionFilterInWords(
  db: DbOrTx,
  filter: EvictionFilter,
  w: PdfWords,
): Promise<string[]> {
  const names = await namesOf(db, filter.forceId ?? [], filter.siteId ?? [], w);
  const lines = [period(filter, w)];
  const list = lister(lines, w);
  list.add(w.filter.sites, filter.siteId, names.site);
  list.add(w.filter.communes, filter.commune);
  list.add(w.filter.forcesPresent, filter.forceId, names.term);
  list.add(w.filter.legalBasisShown, filter.legalBasis, list.words('legalBasis'));
  list.add(w.filter.recordStatus, filter.status, list.words('evictionStatus'));
  if (filter.mine !== undefined) lines.push(filter.mine ? w.onlyMine : w.onlyOthers);
  if (filter.hasIncidents !== undefined)
    lines.push(filter.hasIncidents ? w.withIncidents : w.withoutIncidents);
  if (filter.propertyDestroyed !== undefined) {
    lines.push(filter.propertyDestroyed ? w.propertyDestroyed : w.noPropertyDestroyed);
  }
  return lines;
}

/**
 * The filter as sentences for the dossier cover, with vocabulary labels (English / French in an
 * English dossier, French in a French one) and site names instead of ids, so a reader of the paper
 * copy knows exactly which records were selected.
 */
export async function filterInWords(db: DbOrTx, filter: IncidentFilter, w: PdfWords): Promise<string[]> {
  const names = await namesOf(
    db,
    [...(filter.actTypeId ?? []), ...(filter.forceId ?? [])],
    filter.siteId ?? [],
    w,
  );
  const lines = [period(filter, w)];
  const list = lister(lines, w);
  list.add(w.filter.actTypes, filter.actTypeId, names.term);
  list.add(w.filter.forces, filter.forceId, names.term);
  list.add(w.filter.units, filter.unit);
  list.add(w.filter.communes, filter.commune);
  list.add(w.filter.sites, filter.siteId, names.site);
  list.add(w.filter.rioShown, filter.rioShown, list.words('rioShown'));
  list.add(w.filter.victimsInclude, filter.victimFlag, list.words('victimFlag'));
  list.add(w.filter.verificationStatus, filter.verificationStatus, list.words('verificationStatus'));
  list.add(w.filter.sourceTypes, filter.sourceType, list.words('sourceType'));
  list.add(w.filter.followUpStatus, filter.followUpStatus, list.words('followUpStatus'));
  list.add(w.filter.recordStatus, filter.status, list.words('incidentStatus'));
  if (filter.hasMedia !== undefined) lines.push(filter.hasMedia ? w.withMedia : w.withoutMedia);
  if (filter.q) lines.push(`${w.filter.textSearch}: "${filter.q}"`);
  return lines;
}
