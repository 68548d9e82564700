/** One time zone for server and browser rendering so dates never disagree during hydration. */
export const TIME_ZONE = process.env.VIGIL_TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone;
