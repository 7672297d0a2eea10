/**
 * Days and hours in the store's time zone, so "today" and "9 AM" mean what the manager on the shop
 * floor means, whatever zone the terminal's clock is set to.
 */

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayInZone(instant: Date, timeZone: string): string {
  const parts = partsInZone(instant, timeZone);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The hour (0–23) of an instant in a time zone. */
export function hourInZone(instant: Date, timeZone: string): number {
  return Number(partsInZone(instant, timeZone).hour) % 24;
}

/** The instant a calendar day (YYYY-MM-DD) begins in a time zone, as an ISO string. */
export function startOfDayIso(day: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wallClockMs = Date.UTC(year, month - 1, date);
  // Two passes: the zone's offset at the first guess can differ from the one at midnight (DST).
  let instantMs = wallClockMs - offsetMs(new Date(wallClockMs), timeZone);
  instantMs = wallClockMs - offsetMs(new Date(instantMs), timeZone);
  return new Date(instantMs).toISOString();
}

/** The day after a calendar day (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * An instant as the store's wall-clock time with its UTC offset (ISO 8601), for exports:
 * `2026-11-22T09:00:00-05:00` reads as the screen's 9 AM and still names the exact instant.
 */
export function localIsoWithOffset(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const parts = partsInZone(instant, timeZone);
  const offsetMinutes = Math.round(offsetMs(instant, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  const clock = `${String(Number(parts.hour) % 24).padStart(2, '0')}:${parts.minute}:${parts.second}`;
  return `${parts.year}-${parts.month}-${parts.day}T${clock}${sign}${hours}:${minutes}`;
}

function offsetMs(instant: Date, timeZone: string): number {
  const parts = partsInZone(instant, timeZone);
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour) % 24,
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

function partsInZone(instant: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}
