'use client';

import type { partnerViewSchema } from '@vigil/contracts';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { PARTNER_KINDS } from '@vigil/contracts/enums';
import { savePartnerAction } from '@/app/(app)/cases/directory/actions';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ActionForm } from './action-form';

type Partner = z.output<typeof partnerViewSchema>;

/** A partner's entry (new when `partner` is absent); restricted notes are sealed at rest. */
export function PartnerForm({ partner }: { partner?: Partner }) {
  const t = useTranslations('caseDirectory');
  const te = useTranslations('caseEnums');
  const id = partner?.id ?? 'new';
  return (
    <ActionForm
      action={savePartnerAction}
      hidden={partner ? { partnerId: partner.id, notesBefore: partner.notes ?? '' } : {}}
      success={t('saved')}
      submitLabel={partner ? t('save') : t('add')}
      testId={partner ? 'partner-edit-form' : 'partner-form'}
    >
      {({ error, typed }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Input
              name="name"
              id={`partner-${id}-name`}
              label={t('name')}
              defaultValue={typed('name') ?? partner?.name}
              error={error('name')}
              maxLength={200}
              required
              dir="auto"
            />
            <Select
              name="kind"
              id={`partner-${id}-kind`}
              label={t('kind')}
              defaultValue={typed('kind') ?? partner?.kind ?? 'ngo'}
              error={error('kind')}
              options={PARTNER_KINDS.map((value) => ({ value, label: te(`partnerKind.${value}`) }))}
            />
          </div>
          <Input
            name="languages"
            id={`partner-${id}-languages`}
            label={t('languages')}
            hint={t('languagesHint')}
            defaultValue={typed('languages') ?? partner?.languages.join(', ')}
            error={error('languages')}
          />
          <Input
            name="contact"
            id={`partner-${id}-contact`}
            label={t('contact')}
            defaultValue={typed('contact') ?? partner?.contact ?? ''}
            error={error('contact')}
            maxLength={500}
            dir="auto"
          />
          <Textarea
            name="notes"
            id={`partner-${id}-notes`}
            label={t('notes')}
            hint={t('notesHint')}
            defaultValue={typed('notes') ?? partner?.notes ?? ''}
            error={error('notes')}
            maxLength={5_000}
            dir="auto"
          />
          <Checkbox
            id={`partner-${id}-legalAid`}
            name="takesLegalAid"
            label={t('takesLegalAid')}
            defaultChecked={partner?.takesLegalAid ?? false}
          />
          {partner ? (
            <Checkbox
              id={`partner-${id}-active`}
              name="active"
              label={t('active')}
              defaultChecked={partner.active}
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
