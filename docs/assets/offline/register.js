// Offline support on every page: registers the service worker (sw.js at the site root, written by
// scripts/sitebuild/offline/build_sw.mjs) and, when a new version of the site has been downloaded, says so politely
// with a Reload button. The new version takes over only when the visitor chooses: a page never
// mixes files from two deploys.
//
// On the builder page it also asks the service worker to keep the Python runtime for offline use,
// once the composer is ready (guide pages never download the runtime). Progress is visible to
// tests and curious people as <html data-fk-offline="...">: "registered", then on the builder
// "caching" and "ready" (or "unavailable").
//
// Plain registration code instead of workbox-window (its module would replace a few lines; see
// scripts/sitebuild/README.md).

import { COMPOSER_STATE, COMPOSER_STATE_EVENT, SERVICE_WORKER, STAGED, STAGING_CHANNEL } from "../builder/protocol.js";

const SITE_ROOT = new URL("../../", import.meta.url);
const SW_URL = new URL("sw.js", SITE_ROOT);
const APP = "[data-fk-app]";

function setState(state) {
  document.documentElement.dataset.fkOffline = state;
}

// --- "A new version is available" ------------------------------------------------------------

let reloading = false;

function offerUpdate(waiting) {
  if (document.querySelector(".fk-update")) return;
  const notice = document.createElement("div");
  notice.className = "fk-update md-typeset";
  notice.setAttribute("role", "status");
  const text = document.createElement("p");
  text.className = "fk-update__text";
  text.textContent = "A new version of this site is available.";
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "md-button md-button--primary fk-update__button";
  reload.textContent = "Reload";
  const later = document.createElement("button");
  later.type = "button";
  later.className = "md-button fk-update__button";
  later.textContent = "Not now";
  reload.addEventListener("click", () => {
    reloading = true;
    reload.disabled = true;
    waiting.postMessage({ type: SERVICE_WORKER.skipWaiting });
  });
  later.addEventListener("click", () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
}

function watchForUpdates(registration) {
  // Only an update has a controller already; the very first install just takes over quietly.
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && navigator.serviceWorker.controller) offerUpdate(worker);
    });
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) window.location.reload();
  });
}

// --- the builder's runtime, kept for offline use ---------------------------------------------

/**
 * Resolves with the composer's state (COMPOSER_STATE) once it is one of `states`. The builder
 * page's composer (started by boot.js from <head>) is the one module instance of
 * composer-client.js, loaded here only on the builder page.
 */
async function composerState(states) {
  const { sharedComposer } = await import("../builder/composer-client.js");
  const composer = sharedComposer();
  if (states.includes(composer.state)) return composer.state;
  return new Promise((resolve) => {
    const check = () => {
      if (!states.includes(composer.state)) return;
      composer.removeEventListener(COMPOSER_STATE_EVENT, check);
      resolve(composer.state);
    };
    composer.addEventListener(COMPOSER_STATE_EVENT, check);
  });
}

async function keepRuntime() {
  setState("caching");
  const registration = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  const reply = new Promise((resolve) => {
    channel.port1.onmessage = (event) => resolve(Boolean(event.data && event.data.ok));
  });
  registration.active.postMessage({ type: SERVICE_WORKER.cacheRuntime }, [channel.port2]);
  setState((await reply) ? "ready" : "unavailable");
}

// --- start ------------------------------------------------------------------------------------

async function start() {
  const registration = await navigator.serviceWorker.register(SW_URL);
  if (!registration) return; // registration blocked (some automation and privacy tools)
  setState("registered");
  watchForUpdates(registration);
  const app = document.querySelector(APP);
  // After a failed start ("Try again"), the runtime is kept once the composer does load.
  if (app && (await composerState([COMPOSER_STATE.ready]))) await keepRuntime();
}

// The builder's worker hands its downloads to the service worker through Cache Storage and says
// when they are all written (assets/builder/runtime-loader.js); installing before that would
// download the runtime a second time. Listening starts now: the message may come before "ready".
const STAGED_WAIT_MS = 15_000;
const staged = new Promise((resolve) => {
  if (typeof BroadcastChannel !== "function" || !document.querySelector(APP)) return resolve();
  const channel = new BroadcastChannel(STAGING_CHANNEL);
  const done = () => {
    channel.close();
    resolve();
  };
  channel.onmessage = (event) => event.data?.type === STAGED && done();
  setTimeout(done, STAGED_WAIT_MS);
});

async function whenIdle() {
  // On the builder page, the service worker's own downloads wait until the composer has loaded
  // (and handed its downloads over); elsewhere until the page has.
  const app = document.querySelector(APP);
  if (app) {
    const state = await composerState([COMPOSER_STATE.ready, COMPOSER_STATE.failed]);
    if (state === COMPOSER_STATE.ready) await staged;
    return;
  }
  if (document.readyState !== "complete") {
    await new Promise((resolve) => window.addEventListener("load", resolve, { once: true }));
  }
  // ...and then until the page's own start-up work (Material's search index) is done.
  if (typeof requestIdleCallback === "function") {
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
  }
}

if ("serviceWorker" in navigator && window.isSecureContext) {
  whenIdle()
    .then(start)
    .catch((error) => {
      setState("unavailable");
      console.warn("Offline support is not available:", error);
    });
}
