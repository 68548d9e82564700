import type { IncidentDetail } from '@vigil/contracts';
import { can } from '@vigil/contracts';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import type { KeyRing } from '../../lib/secrets';
import type { IncidentsService } from '../incidents/incident-service';
import type { Disclosure } from '../incidents/incident-view';

/** What an export or a dossier discloses beyond the pseudonymous record. */
export interface ExportScope {
  includeIdentities: boolean;
  disclosure: Disclosure;
  /** A stable pseudonym for a member of the collective (authors, reviewers, custody actors). */
  memberRef(user: { id: string; displayName: string }): string;
}

/**
 * Exports leave the instance, so they are redacted by default whatever the reader may see on screen:
 * no exact coordinates, no witness contacts, no nationality or language of victims, and members of
 * the collective named by pseudonym (defenders are prosecuted too). `includeIdentities` lifts this
 * for those with reports.export_identities; coordinates still follow sites.read_exact_location.
 */
export function exportScope(
  incidents: IncidentsService,
  keys: KeyRing,
  actor: Actor,
  includeIdentities: boolean,
): ExportScope {
  if (includeIdentities && !can(actor.role, 'reports.export_identities')) {
    throw AppError.forbidden('Including identities needs the reports.export_identities permission');
  }
  return {
    includeIdentities,
    disclosure: includeIdentities ? incidents.disclosureFor(actor, true) : { exactLocation: false },
    memberRef: (user) =>
      includeIdentities ? user.displayName : `member-${keys.hmac('export-member', user.id).slice(0, 8)}`,
  };
}

/** The audit entry's field list: what the export disclosed, never the values. */
export function disclosedFields(scope: ExportScope): string[] {
  if (!scope.includeIdentities) return [];
  return [
    'witnesses.contact',
    'victims.nationality',
    'victims.language',
    ...(scope.disclosure.exactLocation ? ['place.coordinates'] : []),
  ];
}

/** The record as it goes into an export (the stream already applied `disclosure`). */
export function redactForExport(detail: IncidentDetail, scope: ExportScope): IncidentDetail {
  if (scope.includeIdentities) return detail;
  return {
    ...detail,
    author: { id: detail.author.id, displayName: scope.memberRef(detail.author) },
    reviewedBy: detail.reviewedBy
      ? { id: detail.reviewedBy.id, displayName: scope.memberRef(detail.reviewedBy) }
      : null,
    victims: detail.victims.map((v) => ({ ...v, nationality: null, language: null })),
  };
}
