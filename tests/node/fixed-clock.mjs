// The moment the Node tests run at: tests/fixed_clock.py's, named there and copied here
// (tests/test_fixed_clock.py compares the two). Importing this module, first, sets the zone
// and makes `new Date()` and `Date.now()` start at that moment and run on from it, as Playwright's
// clock does for the browser tests, so no test reads the real date, time or the machine's zone.

process.env.TZ = "Europe/London";

/** Thursday 26 November 2026, 10:30 local time: the page's "today" and what `localDate()` gives. */
export const FIXED_TODAY = "2026-11-26";
export const FIXED_NOW_LOCAL = "2026-11-26T10:30";

const RealDate = globalThis.Date;
const startedAt = new RealDate(2026, 10, 26, 10, 30).getTime();
const startedTick = performance.now();

function now() {
  return startedAt + Math.floor(performance.now() - startedTick);
}

class FixedDate extends RealDate {
  constructor(...args) {
    super(...(args.length === 0 ? [now()] : args));
  }

  static now() {
    return now();
  }
}

globalThis.Date = FixedDate;
