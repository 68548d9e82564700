'use client';

import type { StockLocationRef } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type FormEvent } from 'react';
import { saveThresholdsAction } from '@/app/(app)/supplies/items/[id]/actions';
import { Button } from '@/components/ui/button';
import { FormFeedback } from '@/components/ui/form-feedback';
import { Input } from '@/components/ui/input';
import { IDLE, type FormState } from '@/lib/form-state';
import { numberOrText } from '@/lib/form-values';

/**
 * Below how many available units an item counts as low, per location (empty: no threshold there).
 * The whole set is replaced at once.
 */
export function ThresholdForm({
  itemId,
  locations,
  current,
}: {
  itemId: string;
  locations: StockLocationRef[];
  current: { location: { id: string }; threshold: number | null }[];
}) {
  const t = useTranslations('supplies');
  const known = new Map(current.map((row) => [row.location.id, row.threshold]));
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(locations.map((location) => [location.id, String(known.get(location.id) ?? '')])),
  );
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, startTransition] = useTransition();
  // API error paths count the thresholds sent (thresholds.2.minQuantity), not the locations shown.
  const [sent, setSent] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const thresholds = locations
      .filter((location) => (values[location.id] ?? '').trim() !== '')
      .map((location) => ({ locationId: location.id, minQuantity: numberOrText(values[location.id] ?? '') }));
    setSent(thresholds.map((threshold) => threshold.locationId));
    startTransition(async () => setState(await saveThresholdsAction(itemId, thresholds)));
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" data-testid="threshold-form">
      <FormFeedback state={state} success={t('thresholdsSaved')} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {locations.map((location) => (
          <Input
            key={location.id}
            name={`threshold-${location.id}`}
            label={location.name}
            inputMode="numeric"
            value={values[location.id] ?? ''}
            error={state.fieldErrors?.[`thresholds.${sent.indexOf(location.id)}.minQuantity`]}
            onChange={(event) => setValues((current) => ({ ...current, [location.id]: event.target.value }))}
          />
        ))}
      </div>
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {t('saveThresholds')}
        </Button>
      </div>
    </form>
  );
}
