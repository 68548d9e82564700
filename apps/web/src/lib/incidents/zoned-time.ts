/**
 * `<input type="datetime-local">` values ("2026-01-05T06:30") read as wall-clock time in the
 * instance's time zone (VIGIL_TIME_ZONE, the one every date is shown in), so the server and the
 * browser turn them into the same instant whatever the device's own zone.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClock(date: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

export function toLocalInput(date: Date | string | null | undefined, timeZone: string): string {
  if (!date) return '';
  const p = wallClock(new Date(date), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The instant as ISO 8601; an unreadable value is returned as it is, for the API to reject. */
export function fromLocalInput(value: string, timeZone: string): string {
  const match = LOCAL.exec(value.slice(0, 16));
  if (!match) return value;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const target = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const p = wallClock(new Date(instant), timeZone);
    return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!) - instant;
  };
  // Twice: the first guess may sit on the other side of a daylight-saving change.
  let instant = target - offsetAt(target);
  instant = target - offsetAt(instant);
  return new Date(instant).toISOString();
}
