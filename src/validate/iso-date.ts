// ISO dates as days: "2021-02-29" looks like a date but names no day.

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch of a real day written YYYY-MM-DD, or null. */
export function isoDayTime(text: string): number | null {
  const match = isoDay.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? time : null;
}
