// Numbers as the page's messages write them.

import { pageLocale } from "./strings.js";

// One formatter for the page: `toLocaleString("en-US")` builds a new one on every call, and the
// start-up pass over every field's counter calls it for each field.
let numberFormat = null;

let megabyteFormat = null;

/** 12345 -> "12,345" (English), "12.345" (German): the page's locale (`pageLocale()`). */
export const number = (n) => (numberFormat ??= new Intl.NumberFormat(pageLocale())).format(n);

/** Bytes as megabytes with one decimal: 1234567 -> "1.2" (English), "1,2" (German). */
export function megabytes(bytes) {
  megabyteFormat ??= new Intl.NumberFormat(pageLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  return megabyteFormat.format(bytes / 1_000_000);
}
