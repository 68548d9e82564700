'use client';

import { SelectField } from '@/components/incident-form/form-fields';

export interface SiteChoice {
  id: string;
  label: string;
}

/** A site of the registry (or none); nothing at all when the registry cannot be read. */
export function SiteField({
  sites,
  value,
  onChange,
  label,
  none,
}: {
  sites: SiteChoice[] | null;
  value: string;
  onChange: (id: string) => void;
  label: string;
  none: string;
}) {
  if (!sites) return null;
  return (
    <SelectField
      path="siteId"
      label={label}
      value={value}
      onChange={onChange}
      options={[{ value: '', label: none }, ...sites.map((site) => ({ value: site.id, label: site.label }))]}
    />
  );
}
