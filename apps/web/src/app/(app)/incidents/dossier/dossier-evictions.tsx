import type { EvictionStats } from '@vigil/contracts';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FilterChecks } from '@/components/incidents/filter-checks';
import { buttonClasses } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import type { DossierEvictions } from '@/lib/evictions/dossier-evictions';
import { EVICTION_STATUSES, LEGAL_BASES } from '@vigil/contracts/enums';

/**
 * Whether the dossier also covers evictions: those of the same period, sites, communes and forces
 * as the incidents above, narrowed by legal basis and record status. A GET form like the filter
 * above, carrying that filter along; the count shows what the dossier will hold.
 */
export async function DossierEvictionsForm({
  choice,
  incidentParams,
  stats,
}: {
  choice: DossierEvictions;
  /** The incident filter's parameters, kept when this part changes. */
  incidentParams: [string, string][];
  stats: EvictionStats | null;
}) {
  const t = await getTranslations('dossierEvictions');
  const te = await getTranslations('evictionEnums');
  const format = await getFormatter();
  return (
    <form
      method="get"
      action="/incidents/dossier"
      className="flex flex-col gap-3"
      data-testid="dossier-evictions"
    >
      {incidentParams.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <Checkbox
        id="dossier-include-evictions"
        name="evictions"
        value="1"
        label={t('include')}
        defaultChecked={choice.include}
      />
      <p className="text-sm text-ink-soft">{t('sameFilter')}</p>
      <div className="grid items-start gap-3 md:grid-cols-2">
        <FilterChecks
          name="evictionLegalBasis"
          legend={t('legalBasis')}
          options={LEGAL_BASES.map((value) => ({ value, label: te(`legalBasis.${value}`) }))}
          selected={choice.legalBasis}
        />
        <FilterChecks
          name="evictionStatus"
          legend={t('status')}
          options={EVICTION_STATUSES.map((value) => ({ value, label: te(`status.${value}`) }))}
          selected={choice.status}
        />
      </div>
      <div>
        <button type="submit" className={buttonClasses('secondary')} data-testid="apply-dossier-evictions">
          {t('apply')}
        </button>
      </div>
      {choice.include ? (
        <p data-testid="dossier-eviction-preview">
          <span className="block text-sm text-ink-soft">{t('count')}</span>
          <span className="text-3xl font-bold tabular-nums" data-testid="preview-evictions">
            {stats ? format.number(stats.total) : '—'}
          </span>
          {stats && stats.legalBasis.noneShownShare !== null ? (
            <span className="block text-xs text-ink-soft">
              {t('noneShown', {
                share: format.number(stats.legalBasis.noneShownShare, { style: 'percent' }),
              })}
            </span>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
