/** UTC calendar helpers for time expressions. All dates are UTC midnights unless said. */

export const DAY_MS = 86_400_000;

export function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/** Monday 00:00 UTC of the week holding `d`. */
export function startOfWeek(d: Date): Date {
  const day = startOfDay(d);
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

export function startOfMonth(d: Date, offset = 0): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
}

export function startOfYear(d: Date, offset = 0): Date {
  return new Date(Date.UTC(d.getUTCFullYear() + offset, 0, 1));
}

/** `2024-01-13T00:00:00Z` (no milliseconds). */
export function isoDateTime(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** `2024-01-13`. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 0, jan: 0, february: 1, feb: 1, march: 2, mar: 2, april: 3, apr: 3, may: 4, june: 5,
  jun: 5, july: 6, jul: 6, august: 7, aug: 7, september: 8, sep: 8, sept: 8, october: 9, oct: 9,
  november: 10, nov: 10, december: 11, dec: 11,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** The most recent given weekday on or before `now`'s day. */
export function lastWeekday(now: Date, weekday: number): Date {
  const today = startOfDay(now);
  return addDays(today, -((today.getUTCDay() - weekday + 7) % 7));
}

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  couple: 2, few: 3, several: 3,
};
