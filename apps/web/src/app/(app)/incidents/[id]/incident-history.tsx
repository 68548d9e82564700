import type { incidentRevisionSchema } from '@vigil/contracts';
import type { z } from 'zod';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Table, Td, Th } from '@/components/ui/table';

type IncidentRevision = z.output<typeof incidentRevisionSchema>;

/** Every saved version: who, when, and which parts of the record changed. */
export async function IncidentHistory({ revisions }: { revisions: IncidentRevision[] }) {
  const t = await getTranslations('incidentHistory');
  const format = await getFormatter();
  const field = (name: string) =>
    t.has(`fields.${name}` as 'fields.title') ? t(`fields.${name}` as 'fields.title') : name;
  if (revisions.length === 0) return <p className="text-ink-soft">{t('none')}</p>;
  return (
    <Table caption={t('caption')}>
      <thead>
        <tr>
          <Th>{t('version')}</Th>
          <Th>{t('who')}</Th>
          <Th>{t('when')}</Th>
          <Th>{t('what')}</Th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((revision) => (
          <tr key={revision.version} data-testid="revision">
            <Td>{revision.version}</Td>
            <Td>{revision.author.displayName}</Td>
            <Td className="whitespace-nowrap">
              {format.dateTime(revision.at, { dateStyle: 'medium', timeStyle: 'short' })}
            </Td>
            <Td>{revision.changedFields.map(field).join(', ') || '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
