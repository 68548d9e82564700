import { getRequestConfig } from 'next-intl/server';
import { messagesFor } from './messages';
import { resolveLocale } from './resolve-locale';

/** One time zone for server and browser rendering so dates never disagree during hydration. */
const timeZone = process.env.VIGIL_TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone;

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: messagesFor(locale), timeZone };
});
