import type { IncidentSummary } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import { placeLabel, whenLabel } from './format';

/** One line of the incident list, already labelled and formatted on the server. */
export interface IncidentRow {
  id: string;
  reference: string;
  title: string;
  draft: boolean;
  when: string;
  precision: string;
  place: string;
  actTypes: string[];
  forces: string[];
  verification: IncidentSummary['verificationStatus'];
  hasMedia: boolean;
}

export async function toRows(
  incidents: IncidentSummary[],
  labels: Map<string, string>,
): Promise<IncidentRow[]> {
  const format = await getFormatter();
  const t = await getTranslations('incidentEnums');
  const unknown = (await getTranslations('incidents'))('unknownTerm');
  return incidents.map((incident) => ({
    id: incident.id,
    reference: incident.reference,
    title: incident.title,
    draft: incident.status === 'draft',
    when: whenLabel(format, incident.startAt, incident.datePrecision),
    precision: t(`precision.${incident.datePrecision}`),
    place: placeLabel(incident.place),
    actTypes: incident.actTypeIds.map((id) => labels.get(id) ?? unknown),
    forces: incident.forceIds.map((id) => labels.get(id) ?? unknown),
    verification: incident.verificationStatus,
    hasMedia: incident.hasMedia,
  }));
}
