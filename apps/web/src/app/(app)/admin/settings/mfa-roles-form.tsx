'use client';

import type { Role } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { FormFeedback } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/form-state';
import { ROLE_OPTIONS } from '@/lib/roles';
import { updateMfaRolesAction } from './actions';

export function MfaRolesForm({ selected }: { selected: Role[] }) {
  const t = useTranslations('settings');
  const tr = useTranslations('roles');
  const tc = useTranslations('common');
  const [state, formAction] = useActionState(updateMfaRolesAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4" data-testid="mfa-roles-form">
      <FormFeedback state={state} success={tc('saved')} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-2 font-semibold">{t('mfaLegend')}</legend>
        {ROLE_OPTIONS.map((role) => (
          <Checkbox
            key={role}
            id={`mfa-${role}`}
            name="mfaRequiredRoles"
            value={role}
            defaultChecked={selected.includes(role)}
            label={tr(role)}
          />
        ))}
      </fieldset>
      <p className="text-sm text-ink-soft">{t('mfaNote')}</p>
      <div>
        <SubmitButton>{tc('save')}</SubmitButton>
      </div>
    </form>
  );
}
