// Numbers as the page's messages write them.

// One formatter for the page: `toLocaleString("en-US")` builds a new one on every call, and the
// start-up pass over every field's counter calls it for each field.
let numberFormat = null;

/** 12345 -> "12,345". */
export const number = (n) => (numberFormat ??= new Intl.NumberFormat("en-US")).format(n);

/** Bytes as megabytes with one decimal: 1234567 -> "1.2". */
export function megabytes(bytes) {
  return (bytes / 1_000_000).toFixed(1);
}
