import type { needSchema } from '@vigil/contracts';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { updateNeedStatusAction } from '@/app/(app)/supplies/needs/actions';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { Table, Td, Th } from '@/components/ui/table';
import { needAsker } from '@/lib/supplies/need-choices';
import { dayLabel, daysUntil, itemName } from '@/lib/supplies/names';

type Need = z.output<typeof needSchema>;

/** One need against stock: asked, already handed out, available now, and what is still missing. */
export async function NeedCard({ need, today, canWrite }: { need: Need; today: string; canWrite: boolean }) {
  const t = await getTranslations('suppliesNeeds');
  const te = await getTranslations('suppliesEnums');
  const locale = await getLocale();
  const format = await getFormatter();
  const who = needAsker(need);
  const days = daysUntil(need.neededBy, today);
  const short = need.lines.some((line) => line.shortfall > 0);
  return (
    <section
      id={`need-${need.id}`}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm"
      data-testid="need"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="text-lg font-bold" dir="auto">
            {who}
          </h2>
          <p className="text-sm text-ink-soft">
            {t('neededByOn', { date: dayLabel(need.neededBy, locale) })}
            {need.status === 'open' ? ` · ${days < 0 ? t('overdue') : t('inDays', { days })}` : ''}
          </p>
        </div>
        <div className="flex flex-wrap gap-1">
          <Badge tone={need.status === 'open' ? 'info' : 'neutral'}>{te(`needStatus.${need.status}`)}</Badge>
          {need.status === 'open' ? (
            <Badge tone={short ? 'danger' : 'success'}>{short ? t('short') : t('covered')}</Badge>
          ) : null}
        </div>
      </div>
      {need.note ? (
        <p className="whitespace-pre-line text-sm" dir="auto">
          {need.note}
        </p>
      ) : null}
      <Table caption={t('linesCaption', { who })}>
        <thead>
          <tr>
            <Th>{t('item')}</Th>
            <Th className="text-end">{t('asked')}</Th>
            <Th className="text-end">{t('delivered')}</Th>
            <Th className="text-end">{t('available')}</Th>
            <Th className="text-end">{t('shortfall')}</Th>
          </tr>
        </thead>
        <tbody>
          {need.lines.map((line) => (
            <tr key={line.item.id} data-testid="need-line" data-code={line.item.code}>
              <Td>{itemName(line.item, locale)}</Td>
              <Td className="text-end tabular-nums">{format.number(line.quantity)}</Td>
              <Td className="text-end tabular-nums">{format.number(line.delivered)}</Td>
              <Td className="text-end tabular-nums">{format.number(line.available)}</Td>
              <Td className={`text-end font-bold tabular-nums ${line.shortfall > 0 ? 'text-danger' : ''}`}>
                {format.number(line.shortfall)}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {canWrite && need.status === 'open' ? (
        <div className="flex flex-wrap items-start gap-2">
          <ButtonLink href={`/supplies/distributions/new?needId=${need.id}`} variant="primary">
            {t('planFrom')}
          </ButtonLink>
          <ButtonLink href={`/supplies/needs/${need.id}/edit`} testId="edit-need">
            {t('edit')}
          </ButtonLink>
          {(['met', 'cancelled'] as const).map((status) => (
            <ConfirmAction
              key={status}
              action={updateNeedStatusAction}
              triggerLabel={t(`mark.${status}`)}
              title={t(`mark.${status}`)}
              body={t(`markBody.${status}`, { who })}
              confirmLabel={t(`mark.${status}`)}
              variant={status === 'cancelled' ? 'danger' : 'secondary'}
              hiddenFields={{ needId: need.id, version: String(need.version), status }}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
