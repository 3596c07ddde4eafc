#!/usr/bin/env node
// Write the site's service worker (sw.js, at the site root so that it controls every page).
//
// Run by the MkDocs hook (scripts/sitebuild/offline/__init__.py) after everything else has written the site
// (the precache revisions are hashes of the final files). Two cache groups:
//
// - the site shell, precached by Workbox (workbox-build's generateSW) when the service worker
//   installs: every page, stylesheet, script, image, the search index, the example answers and
//   the 404 page; each entry carries a content hash, so a new deploy replaces the old set whole;
// - the builder's runtime (assets/pyodide/), NOT precached: a guide reader must not download
//   the Python runtime. assets/offline/sw-runtime.js caches it when the builder uses it, checked
//   against the sha256 of each file, which this script embeds in sw.js (`self.FOLLOWUP_RUNTIME`).
//   It includes the builder's start-up snapshot, named in runtime.json.
//
// Usage: node scripts/sitebuild/offline/build_sw.mjs --site DIR [--retire]
//   --retire  write a service worker that removes itself and its caches (used under
//             `mkdocs serve`, where cached pages would hide every edit).
// Prints one JSON line: {"entries": n, "bytes": n, "runtimeFiles": n, "runtimeBytes": n}.

import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { generateSW } from "workbox-build";

import { CACHES, SERVICE_WORKER } from "../../../docs/assets/builder/protocol.js";

export const SW_NAME = "sw.js";
export const RUNTIME_BASE = "assets/pyodide/";
export const RUNTIME_SCRIPT = "assets/offline/sw-runtime.js";
export const CACHE_PREFIX = CACHES.prefix;
// The names sw-runtime.js shares with the pages (a classic script cannot import protocol.js).
const PROTOCOL = { caches: CACHES, serviceWorker: SERVICE_WORKER };

// What the shell is made of; everything else in the site is left out.
const SHELL_PATTERNS = ["**/*.{html,css,js,json,svg,png,ico,webmanifest}"];
const SHELL_IGNORES = [
  `${RUNTIME_BASE}**`, // the runtime group, see above
  "assets/javascripts/lunr/**", // search stemmers for other languages (the site is English)
  "**/*.map",
  SW_NAME,
  RUNTIME_SCRIPT, // imported by sw.js, cached with it by the browser
];

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** The runtime group: every file named in runtime.json (the snapshot too), plus runtime.json itself. */
export async function runtimeGroup(site) {
  const dir = path.join(site, RUNTIME_BASE);
  const text = await readFile(path.join(dir, "runtime.json"));
  const manifest = JSON.parse(text);
  const files = { "runtime.json": sha256(text), "pyodide-lock.json": manifest.lock_sha256 };
  let bytes = text.length;
  for (const entry of [...Object.values(manifest.core), ...Object.values(manifest.wheels), manifest.snapshot]) {
    files[entry.file] = entry.sha256;
    bytes += entry.size;
  }
  bytes += (await readFile(path.join(dir, "pyodide-lock.json"))).length;
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  return {
    version: sha256(JSON.stringify(sorted)).slice(0, 16),
    base: RUNTIME_BASE,
    files: sorted,
    // Only the ordinary load uses the wheels: kept offline only where it was used (sw-runtime.js).
    fallback: Object.values(manifest.wheels).map((entry) => entry.file).sort(),
    bytes,
  };
}

async function writeServiceWorker(site) {
  const runtime = await runtimeGroup(site);
  const runtimeScript = await readFile(path.join(site, RUNTIME_SCRIPT));
  const swDest = path.join(site, SW_NAME);
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    globPatterns: SHELL_PATTERNS,
    globIgnores: SHELL_IGNORES,
    swDest,
    mode: "production",
    sourcemap: false,
    inlineWorkboxRuntime: true,
    cacheId: CACHE_PREFIX,
    cleanupOutdatedCaches: true,
    // A new version waits until the visitor chooses "Reload" (assets/offline/register.js sends
    // SKIP_WAITING); the first one takes control at once so the builder's fetches pass through it.
    skipWaiting: false,
    clientsClaim: true,
    directoryIndex: "index.html",
    // Material's search appends ?h=term to result links; the page is the same.
    ignoreURLParametersMatching: [/^h$/, /^q$/, /^utm_/, /^fbclid$/],
    // Material's hashed bundle names change with their content: no revision parameter needed.
    dontCacheBustURLsMatching: /\.[0-9a-f]{8}\.min\.(js|css)$/,
    importScripts: [`${RUNTIME_SCRIPT}?v=${sha256(runtimeScript).slice(0, 16)}`],
    // A page that is not in the precache: the network, else (offline) the site's 404 page.
    runtimeCaching: [
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
        handler: "NetworkOnly",
        options: { precacheFallback: { fallbackURL: "404.html" } },
      },
    ],
  });
  if (warnings.length) throw new Error(warnings.join("\n"));
  const { bytes: runtimeBytes, ...embedded } = runtime;
  const generated = await readFile(swDest, "utf8");
  const globals = `self.FOLLOWUP_RUNTIME = ${JSON.stringify(embedded)};\nself.FOLLOWUP_PROTOCOL = ${JSON.stringify(PROTOCOL)};\n`;
  await writeFile(swDest, globals + generated);
  return { entries: count, bytes: size, runtimeFiles: Object.keys(runtime.files).length, runtimeBytes };
}

/** A service worker that undoes any earlier one on this origin and scope (for `mkdocs serve`). */
async function writeRetiringWorker(site) {
  const source = `// Development build (mkdocs serve): no offline caching, so every edit shows on reload.
// Removes the caches and the registration an earlier build of this site may have left here.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(${JSON.stringify(CACHE_PREFIX + "-")})) await caches.delete(key);
    }
    await self.registration.unregister();
  })());
});
`;
  await writeFile(path.join(site, SW_NAME), source);
  return { entries: 0, bytes: 0, runtimeFiles: 0, runtimeBytes: 0 };
}

async function main() {
  const { values } = parseArgs({ options: { site: { type: "string" }, retire: { type: "boolean" } } });
  if (!values.site) throw new Error("usage: node scripts/sitebuild/offline/build_sw.mjs --site DIR [--retire]");
  const site = path.resolve(values.site);
  const result = values.retire ? await writeRetiringWorker(site) : await writeServiceWorker(site);
  process.stdout.write(JSON.stringify(result) + "\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    process.stderr.write(`build_sw: ${error.message}\n`);
    process.exit(1);
  });
}
