'use client';

import { useTranslations } from 'next-intl';
import { TextField } from '@/components/incident-form/form-fields';
import { FoldSection } from '@/components/ui/fold-section';
import { LEGAL_BASES } from '@vigil/contracts/enums';
import type { EvictionDraft } from '@/lib/evictions/form-model';
import { ChoiceField } from './choice-field';
import { triOptions } from './tri-options';

type Patch = (patch: Partial<EvictionDraft>) => void;
/** What each folded section of the form is given. */
type SectionProps = { draft: EvictionDraft; open: boolean; onChange: Patch };
type CountKey =
  'peopleAffected' | 'minorsAffected' | 'shelterAccepted' | 'idChecks' | 'arrests' | 'observersPresent';

/** A count typed with the phone's number pad; '' means "not counted", never zero. */
function CountField({ name, draft, onChange }: { name: CountKey; draft: EvictionDraft; onChange: Patch }) {
  const t = useTranslations('evictionForm');
  return (
    <TextField
      path={name}
      type="number"
      inputMode="numeric"
      min={0}
      label={t(name)}
      value={draft[name]}
      onChange={(value) => onChange({ [name]: value })}
    />
  );
}

type TriKey = 'shelterOffered' | 'observersObstructed' | 'observersDetained' | 'toldToStopFilming';

/** A yes / no / not known question, answered with one tap. */
function TriField({ name, draft, onChange }: { name: TriKey; draft: EvictionDraft; onChange: Patch }) {
  const t = useTranslations('evictionForm');
  const te = useTranslations('evictionEnums');
  return (
    <ChoiceField
      path={name}
      label={t(name)}
      value={draft[name]}
      options={triOptions(te)}
      onChange={(value) => onChange({ [name]: value })}
    />
  );
}

/** Whether an order was shown: a 2019 ruling found an eviction unlawful for the lack of one. */
export function LegalSection({ draft, open, onChange }: SectionProps) {
  const t = useTranslations('evictionForm');
  const te = useTranslations('evictionEnums');
  return (
    <FoldSection title={t('legal')} open={open} testId="section-legal">
      <div className="flex flex-col gap-4 px-4 pb-4">
        <ChoiceField
          path="legalBasis"
          label={t('legalBasis')}
          value={draft.legalBasis}
          options={LEGAL_BASES.map((value) => ({ value, label: te(`legalBasis.${value}`) }))}
          onChange={(legalBasis) => onChange({ legalBasis })}
        />
        {draft.legalBasis === 'order_shown' || draft.orderReference ? (
          <TextField
            path="orderReference"
            label={t('orderReference')}
            hint={t('orderReferenceHint')}
            value={draft.orderReference}
            onChange={(orderReference) => onChange({ orderReference })}
            maxLength={200}
          />
        ) : null}
      </div>
    </FoldSection>
  );
}

/** People affected, shelter offered, ID checks and arrests: counts only, never names. */
export function PeopleSection({ draft, open, onChange }: SectionProps) {
  const t = useTranslations('evictionForm');
  return (
    <FoldSection title={t('people')} open={open} testId="section-people">
      <div className="grid gap-4 px-4 pb-4 sm:grid-cols-2">
        <CountField name="peopleAffected" draft={draft} onChange={onChange} />
        <CountField name="minorsAffected" draft={draft} onChange={onChange} />
        <div className="sm:col-span-2">
          <TriField name="shelterOffered" draft={draft} onChange={onChange} />
        </div>
        {draft.shelterOffered === 'yes' || draft.shelterWhere || draft.shelterAccepted ? (
          <>
            <TextField
              path="shelterWhere"
              label={t('shelterWhere')}
              value={draft.shelterWhere}
              onChange={(shelterWhere) => onChange({ shelterWhere })}
              maxLength={500}
            />
            <CountField name="shelterAccepted" draft={draft} onChange={onChange} />
          </>
        ) : null}
        <CountField name="idChecks" draft={draft} onChange={onChange} />
        <CountField name="arrests" draft={draft} onChange={onChange} />
      </div>
    </FoldSection>
  );
}

/** The observers themselves: how many, and whether they were kept from watching. */
export function ObserversSection({ draft, open, onChange }: SectionProps) {
  const t = useTranslations('evictionForm');
  return (
    <FoldSection title={t('observers')} open={open} testId="section-observers">
      <div className="flex flex-col gap-4 px-4 pb-4">
        <CountField name="observersPresent" draft={draft} onChange={onChange} />
        {(['observersObstructed', 'observersDetained', 'toldToStopFilming'] as const).map((name) => (
          <TriField key={name} name={name} draft={draft} onChange={onChange} />
        ))}
      </div>
    </FoldSection>
  );
}
