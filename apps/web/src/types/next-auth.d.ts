import type { Locale } from '@vigil/contracts';
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  /** What `authorize` returns: the API token travels from here into the encrypted JWT only. */
  interface User {
    apiToken: string;
    locale: Locale;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    apiToken?: string;
    locale?: Locale;
  }
}
