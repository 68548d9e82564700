'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { FormFeedback } from '@/components/ui/form-feedback';
import { StaleEditAlert } from '@/components/ui/stale-edit-alert';
import type { FormState } from '@/lib/form-state';
import { fieldId } from './form-fields';

const SECTIONS = ['acts', 'victims', 'perpetrators', 'witnesses', 'followUps'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Above the form after a refusal: every field error, each linking to its field (which may sit in a
 * folded section), or, for a stale version, what to do about it.
 */
export function ErrorSummary({ state, reloadHref }: { state: FormState; reloadHref: string | null }) {
  const t = useTranslations('incidentForm');
  if (state.status !== 'error') return null;
  if (state.code === 'CONFLICT' && reloadHref) {
    return (
      <StaleEditAlert
        title={t('conflictTitle')}
        body={t('conflictBody')}
        reloadLabel={t('reload')}
        reloadHref={reloadHref}
      />
    );
  }
  const errors = Object.entries(state.fieldErrors ?? {});
  // A field by its label on the form when it has one (`actTypeId` → "Act type"), else by its name.
  const label = (field: string) => {
    const key = field.replace(/Id$/, '') as 'title';
    return t.has(key) ? t(key) : field;
  };
  const where = (path: string) => {
    const [section, index, ...rest] = path.split('.');
    if (
      (SECTIONS as readonly string[]).includes(section ?? '') &&
      index !== undefined &&
      /^\d+$/.test(index)
    ) {
      return [t(`rowOf.${section as Section}`, { n: Number(index) + 1 }), ...rest.map(label)].join(' › ');
    }
    return path.split('.').map(label).join(' › ');
  };
  return (
    <div className="flex flex-col gap-2" data-testid="form-errors">
      <FormFeedback state={state} />
      {errors.length > 0 ? (
        <Alert tone="warning">
          <ul className="list-disc ps-5">
            {errors.map(([path, message]) => (
              <li key={path}>
                <a href={`#${fieldId(path)}`} className="underline underline-offset-2">
                  <span dir="auto">{where(path)}</span>
                </a>
                : {message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
