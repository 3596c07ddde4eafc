// Respects a data saver: when the browser asks to save data (`navigator.connection.saveData`, the
// setting behind the Save-Data header) and the composer is not kept on this device yet, its
// runtime is not downloaded until the visitor asks. The form works meanwhile; the page states what
// the start will download (DOWNLOAD_META, measured at build time). Without the setting, or once the
// service worker keeps the runtime (a later visit downloads nothing), the composer starts at once.

import { DOWNLOAD_META } from "./protocol.js";

let decision = null;

/** Whether the browser asks to save data (false where the Network Information API is missing). */
export const savingData = () => Boolean(globalThis.navigator?.connection?.saveData);

/** Whether this device already keeps the runtime: a cache of this site (the service worker's, or
 * the hand-over to it) holds this build's runtime.json. */
async function runtimeKept() {
  if (!globalThis.caches) return false;
  const manifest = new URL("../pyodide/runtime.json", import.meta.url).href;
  return Boolean(await caches.match(manifest).catch(() => undefined));
}

/**
 * null when the composer may start now (decided at once, without waiting for anything), else a
 * promise of whether to wait for a tap. One decision per page: boot.js and builder.js share it.
 */
export function holdForDataSaver() {
  if (!savingData()) return null;
  decision ??= runtimeKept().then((kept) => !kept);
  return decision;
}

/** The bytes the page says starting the composer downloads, or null when the build named none. */
export function downloadBytes(doc = document) {
  const bytes = Number(doc.querySelector(`meta[name="${DOWNLOAD_META}"]`)?.content);
  return Number.isFinite(bytes) && bytes > 0 ? bytes : null;
}
