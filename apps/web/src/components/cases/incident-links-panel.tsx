import type { IncidentVictimCandidates, PersonIncidentLink } from '@vigil/contracts';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import {
  linkIncidentVictimAction,
  unlinkIncidentVictimAction,
} from '@/app/(app)/cases/people/[id]/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { Input } from '@/components/ui/input';
import { ActionForm } from './action-form';

type Lookup = { reference: string; found: IncidentVictimCandidates | null } | null;

/**
 * The incidents in which this person is a (pseudonymous) victim. The incident keeps its alias; the
 * link lets the person's case refer to the evidence without copying it. To link, a reader with both
 * casework and incident access looks an incident up by its reference and picks the victim.
 */
export function IncidentLinksPanel({
  personId,
  alias,
  links,
  lookup,
  canWrite,
}: {
  personId: string;
  alias: string;
  links: PersonIncidentLink[] | null;
  lookup: Lookup;
  canWrite: boolean;
}) {
  const t = useTranslations('casePerson');
  const format = useFormatter();
  return (
    <Card title={t('incidentsTitle')} description={t('incidentsIntro')}>
      <div className="flex flex-col gap-3" data-testid="incident-links">
        {links === null ? <p className="text-ink-soft">{t('unavailable')}</p> : null}
        {links?.length === 0 ? <p className="text-ink-soft">{t('noIncidents')}</p> : null}
        <ul className="flex flex-col gap-2">
          {(links ?? []).map((link) => (
            <li key={link.victimId} className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-line p-3 text-sm">
              <div className="flex flex-col gap-1">
                <Link href={`/incidents/${link.incident.id}`} className="font-semibold underline" dir="auto">
                  {link.incident.reference} · {link.incident.title}
                </Link>
                <p className="text-ink-soft">
                  {format.dateTime(new Date(link.incident.startAt), { dateStyle: 'medium' })} ·{' '}
                  {t('victimAs', { alias: link.victimAlias })}
                </p>
              </div>
              {canWrite ? (
                <ConfirmAction
                  action={unlinkIncidentVictimAction}
                  triggerLabel={t('unlinkIncident')}
                  title={t('unlinkIncidentTitle', { reference: link.incident.reference })}
                  body={t('unlinkIncidentBody')}
                  confirmLabel={t('unlinkIncident')}
                  hiddenFields={{ personId, victimId: link.victimId }}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {canWrite ? <VictimLookup personId={personId} alias={alias} lookup={lookup} /> : null}
      </div>
    </Card>
  );
}

function VictimLookup({ personId, alias, lookup }: { personId: string; alias: string; lookup: Lookup }) {
  const t = useTranslations('casePerson');
  return (
    <div className="flex flex-col gap-3 rounded-md bg-muted p-3 print:hidden">
      <form method="get" action={`/cases/people/${personId}#incident-links`} className="flex flex-wrap items-end gap-2">
        <Input
          name="linkReference"
          id="link-reference"
          label={t('incidentReference')}
          hint={t('incidentReferenceHint')}
          defaultValue={lookup?.reference ?? ''}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary" data-testid="incident-lookup">
          {t('findIncident')}
        </Button>
      </form>
      {lookup && !lookup.found ? (
        <Alert tone="warning" testId="incident-lookup-missing">
          {t('incidentNotFound', { reference: lookup.reference })}
        </Alert>
      ) : null}
      {lookup?.found ? (
        <div className="flex flex-col gap-2" data-testid="victim-candidates">
          <p className="font-semibold" dir="auto">
            {lookup.found.incident.reference} · {lookup.found.incident.title}
          </p>
          {lookup.found.victims.length === 0 ? <p className="text-ink-soft">{t('noVictims')}</p> : null}
          {lookup.found.victims.map((victim) =>
            victim.link === 'none' ? (
              <ActionForm
                key={victim.id}
                action={linkIncidentVictimAction}
                hidden={{ personId, victimId: victim.id }}
                submitLabel={t('linkVictim', { victim: victim.alias, alias })}
                variant="secondary"
                testId={`link-victim-${victim.id}`}
                className="flex flex-col gap-2"
              />
            ) : (
              <p key={victim.id} className="text-sm text-ink-soft" dir="auto">
                {victim.alias} · {victim.link === 'this_person' ? t('linkedHere') : t('linkedElsewhere')}
              </p>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
