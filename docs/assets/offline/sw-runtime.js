// The service worker's second cache group: the builder's Python runtime (Pyodide core, wheels,
// lockfile, runtime.json, the start-up snapshot): its size is in scripts/sitebuild/README.md.
//
// Why not in Workbox's precache: a precache downloads everything when the service worker installs,
// and the service worker installs on any page. A visitor who only reads the guide must download no
// Pyodide bytes, so this group is filled only by the builder page: each runtime file is kept when
// the builder fetches it, and the page asks for the rest (SERVICE_WORKER.cacheRuntime) once the
// composer is ready. The wheels are kept only where the builder has used them: a browser that
// starts from the snapshot never needs them (runtime-loader.js), and they are 1.1 MB of a phone's
// data plan; a browser that loads the ordinary way downloads them itself, and they are kept then.
// Every file is checked against the sha256 the build recorded before it is kept, and the cache is
// named by the hash of the whole set, so a new deploy starts a new cache and the old one is
// deleted when the new service worker takes over: never a mix of two builds.
//
// The wasm is answered from the browser's HTTP cache when that holds the same version (see
// `compiledCopy`): Chromium keeps the optimised machine code it compiles with the response it
// compiled, and the first visit's response is the network's, which the HTTP cache keeps. Answered
// from Cache Storage, a second visit would start from the baseline compile again.
//
// Imported by sw.js (made by scripts/sitebuild/offline/build_sw.mjs), which defines first:
//   self.FOLLOWUP_RUNTIME = {version, base: "assets/pyodide/", files: {name: sha256hex},
//                            fallback: [names only the ordinary load uses: the wheels]}
//   self.FOLLOWUP_PROTOCOL = {caches, serviceWorker}: CACHES and SERVICE_WORKER of
//                            assets/builder/protocol.js (a classic script cannot import it)
// Classic script: service workers are not modules everywhere.

/* global FOLLOWUP_RUNTIME, FOLLOWUP_PROTOCOL */
(() => {
  const RUNTIME = self.FOLLOWUP_RUNTIME;
  const NAMES = self.FOLLOWUP_PROTOCOL;
  if (!RUNTIME || !NAMES) return;
  const MESSAGES = NAMES.serviceWorker;
  const PREFIX = NAMES.caches.runtimePrefix;
  const CACHE = PREFIX + RUNTIME.version;
  const STAGING = NAMES.caches.staging; // never a CACHE: versions are hex
  const LEGACY_SNAPSHOTS = NAMES.caches.legacySnapshots;
  const BASE = new URL(RUNTIME.base, self.registration.scope).href;
  const FALLBACK = new Set(RUNTIME.fallback || []);

  /** The runtime file name a URL asks for, or null when it is not one of this build's. */
  function runtimeName(url) {
    const clean = url.split(/[?#]/, 1)[0];
    if (!clean.startsWith(BASE)) return null;
    const name = clean.slice(BASE.length);
    return Object.prototype.hasOwnProperty.call(RUNTIME.files, name) ? name : null;
  }

  async function sha256Hex(buffer) {
    const digest = await crypto.subtle.digest("SHA-256", buffer);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  /** Keep `response` for `name` if its bytes are this build's; a stale or broken copy is dropped. */
  async function keep(name, response) {
    const body = await response.arrayBuffer();
    if ((await sha256Hex(body)) !== RUNTIME.files[name]) return false;
    const headers = new Headers();
    for (const header of ["Content-Type", "Last-Modified", "ETag"]) {
      const value = response.headers.get(header);
      if (value) headers.set(header, value);
    }
    headers.set("Content-Length", String(body.byteLength));
    const cache = await caches.open(CACHE);
    await cache.put(BASE + name, new Response(body, { status: 200, headers }));
    return true;
  }

  /**
   * Keep one file: the copy the builder's worker already downloaded (it hands them over in
   * STAGING, see assets/builder/runtime-loader.js), else as the HTTP cache has it, else anew.
   */
  async function fill(name, cache) {
    if (await cache.match(BASE + name)) return true;
    const staged = await (await caches.open(STAGING)).match(BASE + name);
    if (staged && (await keep(name, staged))) return true;
    for (const mode of ["default", "reload"]) {
      try {
        const response = await fetch(BASE + name, { cache: mode, credentials: "same-origin" });
        if (response.ok && (await keep(name, response))) return true;
      } catch {
        return false; // offline: try again on the next visit
      }
    }
    return false;
  }

  /**
   * Whether this browser needs `name` offline: every file but the wheels; a wheel when the builder
   * downloaded it here (handed over in STAGING, or kept by an older build's runtime cache).
   */
  async function wanted(name, older) {
    if (!FALLBACK.has(name)) return true;
    if (await (await caches.open(STAGING)).match(BASE + name)) return true;
    for (const key of older) if (await (await caches.open(key)).match(BASE + name)) return true;
    return false;
  }

  /** Every runtime file this browser needs in the current cache; resolves to true when all are there. */
  async function fillAll() {
    const cache = await caches.open(CACHE);
    const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
    const names = Object.keys(RUNTIME.files);
    const flags = await Promise.all(names.map((name) => wanted(name, older)));
    const results = await Promise.all(names.filter((_, i) => flags[i]).map((name) => fill(name, cache)));
    await caches.delete(STAGING);
    return results.every(Boolean);
  }

  /** The builder has been used here: an older build's runtime, or the worker's fresh downloads. */
  async function hasOlderRuntime() {
    return (await caches.keys()).some((key) => key.startsWith(PREFIX) && key !== CACHE);
  }

  /** Whether two responses are the same version of a file, by HTTP's validators: ETag, else Last-Modified. */
  function sameVersion(a, b) {
    const tag = a.headers.get("ETag");
    if (tag) return tag === b.headers.get("ETag");
    const modified = a.headers.get("Last-Modified");
    return Boolean(modified) && modified === b.headers.get("Last-Modified");
  }

  /**
   * For the wasm, the HTTP cache's copy of `kept` (the checked copy), when it is the same version:
   * Chromium finds the code it optimised on an earlier visit only with that response (measured in
   * scripts/sitebuild/README.md). `only-if-cached` never asks the network, online or not; anything
   * else (not there, another version, a browser without the mode) gives null: `kept` answers.
   */
  async function compiledCopy(name, kept) {
    if (!name.endsWith(".wasm")) return null;
    try {
      const copy = await fetch(BASE + name, { cache: "only-if-cached", mode: "same-origin", credentials: "same-origin" });
      if (copy.status === 200 && sameVersion(kept, copy)) return copy; // whole, this version
      copy.body?.cancel();
    } catch {
      // not in the HTTP cache
    }
    return null;
  }

  async function respond(event, name) {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(BASE + name);
    if (hit) return (await compiledCopy(name, hit)) || hit;
    const response = await fetch(event.request);
    if (response.ok && response.type === "basic") {
      event.waitUntil(keep(name, response.clone()).catch(() => false));
    }
    return response;
  }

  self.addEventListener("fetch", (event) => {
    if (event.request.method !== "GET") return;
    const name = runtimeName(event.request.url);
    if (name) event.respondWith(respond(event, name));
  });

  self.addEventListener("message", (event) => {
    if (!event.data || event.data.type !== MESSAGES.cacheRuntime) return;
    const port = event.ports && event.ports[0];
    event.waitUntil(
      fillAll().then(
        (ok) => port && port.postMessage({ type: MESSAGES.runtimeCached, ok }),
        () => port && port.postMessage({ type: MESSAGES.runtimeCached, ok: false }),
      ),
    );
  });

  // A visitor who has used the builder keeps an offline builder across deploys: when an older
  // runtime cache (or the worker's hand-over) exists, the new one is filled before this worker
  // counts as installed. Best effort: a failure leaves the files to be fetched when the builder
  // next needs them.
  self.addEventListener("install", (event) => {
    event.waitUntil(hasOlderRuntime().then((older) => (older ? fillAll() : true)).catch(() => false));
  });

  // The new build takes over: drop other builds' runtime caches, whole.
  self.addEventListener("activate", (event) => {
    event.waitUntil(
      (async () => {
        for (const key of await caches.keys()) {
          if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key); // STAGING too
        }
        await caches.delete(LEGACY_SNAPSHOTS);
      })(),
    );
  });
})();
