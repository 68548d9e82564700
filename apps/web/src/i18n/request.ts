import { getRequestConfig } from 'next-intl/server';
import { messagesFor } from './messages';
import { resolveLocale } from './resolve-locale';
import { TIME_ZONE as timeZone } from './time-zone';


export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: messagesFor(locale), timeZone };
});
