// What the page tests share: the builder page's own markup in a happy-dom document (the pinned DOM
// implementation, package-lock.json), globals as a browser page has them, a fake composer worker,
// composer results shaped like followup.bundle's, and the files the page "downloads".
//
// The markup is the built page's (site/builder/index.html, or FOLLOWUP_SITE_DIR): the form the build
// hook rendered from the schema and the page template, exactly as the browser gets them, so these
// tests cannot drift from the page. scripts/test builds the site before it runs them.

import { existsSync, readFileSync } from "node:fs";
import { resolveObjectURL } from "node:buffer";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { IDBFactory } from "fake-indexeddb";
import { Window } from "happy-dom";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SITE = resolve(process.env.FOLLOWUP_SITE_DIR || join(ROOT, "site"));
const PAGE = join(SITE, "builder", "index.html");
export const EXAMPLES = join(ROOT, "builder", "followup", "examples");

if (!existsSync(PAGE)) {
  throw new Error(`${PAGE} is missing: build the site first (.venv/bin/mkdocs build --site-dir site; scripts/test does)`);
}

const window = new Window({
  url: "https://example.test/builder/",
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    navigation: { disableMainFrameNavigation: true },
  },
});
const parsed = new window.DOMParser().parseFromString(readFileSync(PAGE, "utf8"), "text/html");
const APP_HTML = parsed.querySelector("[data-fk-app]").outerHTML;
const SNAPSHOT_META = parsed.querySelector('meta[name="followup-snapshot"]')?.outerHTML || "";
/** The scripts' words (strings.js), as the page carries them in <head>. */
const STRINGS_META = parsed.querySelector('meta[name="followup-strings"]').outerHTML;
/** The download formats the build wrote into the page (followup.exports.page_formats), by name. */
export const FORMATS = new Map(JSON.parse(parsed.querySelector("[data-fk-app]").dataset.formats).map((f) => [f.name, f]));

// The globals the page's modules use, as a browser page has them.
for (const name of ["window", "document", "CSS", "localStorage", "navigator", "MutationObserver"]) {
  Object.defineProperty(globalThis, name, { value: name === "window" ? window : window[name], configurable: true, writable: true });
}

/** Files the page saved: {name, type, text}; each download's Blob is read back. */
export const downloads = [];
window.HTMLAnchorElement.prototype.click = function click() {
  if (!this.download) return;
  const blob = resolveObjectURL(this.href);
  downloads.push({ name: this.download, type: blob.type, text: blob.text() });
};

// IndexedDB (fake-indexeddb, pinned in package-lock.json) and BroadcastChannel (Node's own), as a
// browser has them. A channel does not keep the test process alive.
const NodeChannel = globalThis.BroadcastChannel;
globalThis.BroadcastChannel = class extends NodeChannel {
  constructor(name) {
    super(name);
    this.unref?.();
  }
};

/**
 * A fresh builder page: the app's markup only, empty storage, no downloads. Returns the app.
 * `keepStorage`: the same browser's next visit (what is stored stays).
 */
export function freshPage({ keepStorage = false } = {}) {
  if (!keepStorage) {
    globalThis.indexedDB = new IDBFactory();
    localStorage.clear();
  }
  downloads.length = 0;
  document.head.innerHTML = SNAPSHOT_META + STRINGS_META;
  document.body.innerHTML = APP_HTML;
  return document.querySelector("[data-fk-app]");
}

export const $ = (selector) => document.querySelector(selector);
export const field = (path) => document.querySelector(`[data-path="${path}"]`);

/** Type into a control as a person does: the value, then the events the browser fires. */
export function type(path, value) {
  const control = typeof path === "string" ? field(path) : path;
  if (control.type === "checkbox") control.checked = value;
  else control.value = value;
  control.dispatchEvent(new window.Event("input", { bubbles: true }));
  control.dispatchEvent(new window.Event("change", { bubbles: true }));
  control.dispatchEvent(new window.FocusEvent("focusout", { bubbles: true }));
}

export function click(selectorOrElement) {
  const el = typeof selectorOrElement === "string" ? $(selectorOrElement) : selectorOrElement;
  el.dispatchEvent(new window.MouseEvent("click", { bubbles: true }));
}

export function key(el, name) {
  el.dispatchEvent(new window.KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
}

export const win = window;

/**
 * A composer worker that answers nothing by itself: the test reads what the page sent (`sent`)
 * and answers with `reply`. Reads the `type` option as a module-capable browser does.
 */
export class FakeWorker {
  static all = [];
  constructor(url, options) {
    this.url = String(url);
    this.type = options.type;
    this.name = options.name;
    this.sent = [];
    this.terminated = false;
    FakeWorker.all.push(this);
  }

  static get last() {
    return FakeWorker.all.at(-1);
  }

  postMessage(message) {
    this.sent.push(structuredClone(message));
  }

  terminate() {
    this.terminated = true;
  }

  reply(data) {
    this.onmessage({ data });
  }
}

/** A letter as followup.bundle returns it; `over` changes any of its fields. */
export function letterResult(over = {}) {
  const recipient = over.recipient ?? "Sam Okafor";
  const body = over.body ?? `Dear ${recipient},\n\nThank you for your time.\n\nBest regards,\nAlex Morgan`;
  return {
    recipient,
    subject: "Thank you – Data Analyst interview",
    body,
    text: `Subject: Thank you – Data Analyst interview\n\n${body}\n`,
    md: `**Subject:** Thank you – Data Analyst interview\n\n${body}\n`,
    article: `<p>Dear ${recipient},</p><p>Thank you for your time.</p>`,
    html: null,
    eml: null,
    mailto: `mailto:sam@example.com?subject=Thank%20you&body=Dear%20${encodeURIComponent(recipient)}`,
    characters: body.length,
    words: body.split(/\s+/).length,
    ...over,
  };
}

/** A successful result (followup.bundle.render) with these letters. */
export function okResult(letters = [letterResult()], over = {}) {
  return {
    ok: true,
    letters,
    ics: null,
    reminders: true,
    timing: null,
    findings: [],
    message_limit: 300,
    kind: "thank-you",
    channel: "email",
    ...over,
  };
}

export function errorResult(errors, over = {}) {
  return { ok: false, errors, refused: null, findings: [], ...over };
}

export const settle = () => new Promise((done) => setImmediate(done));

/** Stands in for composer-client.js's Composer: records the answers sent; files() answers `files`. */
export class FakeComposer {
  constructor({ ready = true } = {}) {
    this.ready = ready;
    this.failed = false;
    this.sent = [];
    this.files = async () => this.filesResult;
    this.filesResult = null;
    this.started = 0;
    this.retried = 0;
  }

  setListener(listener) {
    this.listener = listener;
  }

  start() {
    this.started += 1;
  }

  retry() {
    this.retried += 1;
  }

  render(answers) {
    this.sent.push(answers);
  }

  /** The applications files whose next steps the page asked for; answer with page.onPlan(result). */
  plan(file) {
    (this.plans ??= []).push(structuredClone(file));
  }

  get latest() {
    return this.sent.at(-1);
  }
}
