import { useLocale, useTranslations } from 'next-intl';
import { setLocaleAction } from '@/lib/actions/locale';
import { LOCALES } from '@/i18n/locales';
import { buttonClasses } from '@/components/ui/button';
import { CONTROL_CLASSES } from '@/components/ui/field';

/** A plain form, so switching language works even before any script has loaded. */
export function LanguageSwitcher({ persist, id = 'language' }: { persist: boolean; id?: string }) {
  const t = useTranslations('userMenu');
  const tl = useTranslations('languages');
  const locale = useLocale();
  return (
    <form key={locale} action={setLocaleAction} className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-40 flex-1 flex-col gap-1">
        <label htmlFor={id} className="text-sm font-semibold">
          {t('language')}
        </label>
        <select
          id={id}
          name="locale"
          defaultValue={locale}
          className={CONTROL_CLASSES}
          data-testid="language-select"
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {tl(code)}
            </option>
          ))}
        </select>
      </div>
      {persist ? <input type="hidden" name="persist" value="1" /> : null}
      <button type="submit" className={buttonClasses('secondary')} data-testid="language-submit">
        {t('changeLanguage')}
      </button>
    </form>
  );
}
