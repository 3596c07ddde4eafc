// The page's side of the composer worker (worker.js): start, restart, and render with the
// latest answers winning; the applications' next steps ("plan") the same way, after any render.
// The page listens through `setListener({onProgress, onReady, onResult, onPlan, ...})`;
// other scripts (register.js) read `state` and listen for COMPOSER_STATE_EVENT. The messages are
// named in protocol.js.

import {
  COMPOSER_STATE,
  COMPOSER_STATE_EVENT,
  MESSAGE,
  SNAPSHOT_META,
  STAGE,
  STAGE_LABEL,
  WORKER_NAME,
} from "./protocol.js";

const WORKER_URL = new URL("./worker.js", import.meta.url);
const RESTARTS_MAX = 3;
// Watchdogs. Not speed limits: a start-up that has said nothing for a whole minute is stuck (seen:
// a wasm file that fails to compile leaves Pyodide waiting forever), and a render takes well under a
// second, so one unanswered for 30 s means the worker died without a word (e.g. closed by the browser).
const BOOT_SILENCE_MS = 60_000;
const RENDER_SILENCE_MS = 30_000;
/**
 * A plan is asked only once no render has been asked for this long: typing changes the answers the
 * next steps come from at every key, and a plan sent between two keystrokes would hold up the
 * second one's letter (the worker answers one request at a time).
 */
export const PLAN_AFTER_MS = 400;

/**
 * Why this browser cannot run the composer at all, or null when it can. Checked on the page,
 * before any worker starts: a worker has its own global, so a missing feature would only show
 * up there as a confusing crash. Module workers are detected by whether the browser reads the
 * `type` option at all (older browsers ignore it and start a classic worker, which then fails).
 */
export function unsupported() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") return "WebAssembly";
  if (typeof Worker !== "function") return "Web Workers";
  return null;
}

/** Now in the visitor's own time zone, as the composer's `today` (YYYY-MM-DDTHH:MM). */
export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Owns the module worker. Keeps at most one render in flight and one pending: a newer request
 * replaces the pending one, so the latest answers always win and stale ones are never queued.
 * A worker that dies is restarted (a few times), and the latest answers are sent again.
 */
export class Composer extends EventTarget {
  constructor() {
    super();
    this.listener = null;
    this.worker = null;
    this.ready = false;
    this.nextId = 1;
    this.inFlight = null; // {id, answers} or {id, plan}: one request at a time, renders first
    this.pending = null; // answers
    this.pendingPlan = null; // an applications file whose next steps are wanted
    this.planDue = false; // true once typing has paused for PLAN_AFTER_MS with a plan pending
    this.planTimer = null;
    this.latest = null;
    this.restarts = 0;
    this.timer = null;
    this.stage = null;
    this.problem = null; // the last unexpected error the worker reported while starting
    this.lastProgress = null;
    this.lastFailure = null; // {message, canRetry} while failed
    this.fileRequests = new Map(); // id -> {resolve, reject, timer}: see files()
    this.shownState = this.state; // the state last dispatched (COMPOSER_STATE_EVENT)
  }

  get failed() {
    return this.lastFailure !== null;
  }

  /** COMPOSER_STATE.starting (also while restarting), .ready or .failed. */
  get state() {
    if (this.failed) return COMPOSER_STATE.failed;
    return this.ready ? COMPOSER_STATE.ready : COMPOSER_STATE.starting;
  }

  /** Tells other scripts when `state` has changed (called after every change of ready or failed). */
  stateChanged() {
    if (this.state === this.shownState) return;
    this.shownState = this.state;
    this.dispatchEvent(new Event(COMPOSER_STATE_EVENT));
  }

  /** The page may subscribe after the worker started (boot.js starts it from <head>): it gets the
   * latest progress or failure at once, and `ready` it reads from `this.ready`. */
  setListener(listener) {
    this.listener = listener;
    if (this.failed) this.emit("onFailure", this.lastFailure);
    else if (!this.ready && this.lastProgress) this.emit("onProgress", this.lastProgress);
  }

  emit(event, data) {
    this.listener?.[event]?.(data);
  }

  start() {
    if (this.worker) return;
    this.ready = false;
    this.inFlight = null;
    this.problem = null;
    this.lastFailure = null;
    this.stateChanged();
    const missing = unsupported();
    if (missing) return this.cannotRun(missing);
    let worker;
    let readsType = false;
    const options = {
      get type() {
        readsType = true;
        return "module";
      },
      // "followup-composer FILE SIZE": the start-up snapshot the page names (overrides/builder.html),
      // so that the worker starts downloading it before it has read runtime.json.
      name: [WORKER_NAME, document.querySelector(`meta[name="${SNAPSHOT_META}"]`)?.content]
        .filter(Boolean)
        .join(" "),
    };
    try {
      worker = new Worker(WORKER_URL, options);
    } catch (error) {
      this.fail(`The letter composer could not start (${error.message || error}).`, true);
      return;
    }
    if (!readsType) {
      worker.terminate();
      return this.cannotRun("module workers");
    }
    this.worker = worker;
    worker.onmessage = (event) => this.onMessage(event.data || {});
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.onCrash(event.message || "an unexpected error");
    };
    worker.onmessageerror = () => this.onCrash("a message could not be read");
    this.stage = STAGE.download;
    this.watch(BOOT_SILENCE_MS, () => this.stuck());
    this.progress({ stage: this.stage, loaded: 0, total: null });
  }

  cannotRun(missing) {
    this.fail(`This browser can't run the letter builder: it needs ${missing}, which it does not have or has turned off. Every current version of Firefox, Chrome, Edge and Safari has them.`, false);
  }

  /** (Re)arm the one watchdog: `then` runs if nothing resets it for `ms`. */
  watch(ms, then) {
    clearTimeout(this.timer);
    this.timer = setTimeout(then, ms);
  }

  unwatch() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  stuck() {
    const at = this.stage ? ` at “${STAGE_LABEL[this.stage] || this.stage}”` : "";
    const why = this.problem ? ` (${this.problem})` : "";
    this.stop();
    this.fail(`The letter composer did not start: it has been stuck${at} for a minute${why}.`, true);
  }

  stop() {
    this.unwatch();
    this.worker?.terminate();
    this.worker = null;
    this.ready = false;
    if (this.inFlight?.plan) {
      this.pendingPlan ??= this.inFlight.plan;
      this.planDue = true; // it was due already: asked again as soon as the new worker is ready
    } else if (this.inFlight) this.pending ??= this.inFlight.answers;
    this.inFlight = null;
    for (const id of [...this.fileRequests.keys()]) this.settleFiles(id, null, "the letter composer restarted");
    this.stateChanged();
  }

  retry() {
    this.stop();
    this.restarts = 0;
    this.start();
  }

  onCrash(reason) {
    const wasReady = this.ready;
    this.stop();
    if (!wasReady) {
      // The worker script or the Pyodide loader it imports did not arrive or did not run.
      this.fail("The letter composer could not start: its files did not download completely.", true);
    } else if (this.restarts < RESTARTS_MAX) {
      // Crashed mid-session: start again quietly and re-send the latest answers.
      this.restarts += 1;
      this.pending ??= this.latest;
      this.emit("onRestart", reason);
      this.start();
    } else {
      this.fail(`The letter composer stopped (${reason}) and did not recover.`, true);
    }
  }

  progress(message) {
    this.lastProgress = message;
    this.emit("onProgress", message);
  }

  fail(message, canRetry) {
    this.lastFailure = { message, canRetry };
    this.emit("onFailure", this.lastFailure);
    this.stateChanged();
  }

  onMessage(message) {
    if (!this.ready && message.type !== MESSAGE.error) this.watch(BOOT_SILENCE_MS, () => this.stuck());
    switch (message.type) {
      case MESSAGE.progress:
        this.stage = message.stage;
        if (!this.ready) this.progress(message);
        break;
      case MESSAGE.problem:
        this.problem = message.message;
        break;
      case MESSAGE.ready:
        this.ready = true;
        this.unwatch();
        this.emit("onReady");
        this.stateChanged();
        this.flush();
        break;
      case MESSAGE.rendered:
        if (this.inFlight && message.id === this.inFlight.id) {
          this.unwatch();
          this.inFlight = null;
          this.restarts = 0; // working again: a later crash gets its own restarts
          // A newer request is waiting: this result is already stale, skip it.
          if (!this.pending) this.emit("onResult", message.result);
        }
        this.flush();
        break;
      case MESSAGE.plan:
        if (this.inFlight && message.id === this.inFlight.id) {
          this.unwatch();
          this.inFlight = null;
          if (!this.pendingPlan) this.emit("onPlan", message.result);
        }
        this.flush();
        break;
      case MESSAGE.files:
      case MESSAGE.document:
      case MESSAGE.log: // job-log.js asks through request()
      case MESSAGE.importCsv:
        this.settleFiles(message.id, message.result);
        break;
      case MESSAGE.error:
        if (this.fileRequests.has(message.id)) this.settleFiles(message.id, null, message.message);
        if (message.id !== undefined && this.ready) {
          // The composer never raises for bad answers, so this is the runtime itself failing:
          // start a fresh one rather than keep talking to a broken interpreter.
          this.emit("onRenderError", message.message);
          this.onCrash(message.message);
        } else {
          this.stop();
          this.fail(`The letter composer could not start: ${message.message}.`, true);
        }
        break;
      default:
    }
  }

  render(answers) {
    this.latest = answers;
    this.pending = answers;
    if (this.pendingPlan) this.waitForPause();
    this.flush();
  }

  /**
   * Asks for the next steps of the applications in `file` (an applications file); answered through
   * the listener's onPlan(result). Latest wins, as for renders; it is sent once typing pauses
   * (PLAN_AFTER_MS) and no render is waiting: keystrokes never wait behind a plan.
   */
  plan(file) {
    this.pendingPlan = file;
    this.waitForPause();
  }

  waitForPause() {
    clearTimeout(this.planTimer);
    this.planDue = false;
    this.planTimer = setTimeout(() => {
      this.planDue = true;
      this.flush();
    }, PLAN_AFTER_MS);
  }

  /**
   * The result for `answers` with the `.eml` and `.ics` texts, which the keystroke renders leave
   * out (they are most of a render's time): asked for when a file is downloaded. Kept apart from
   * the render queue, where only the latest answers count: every request here gets its answer.
   */
  files(answers) {
    return this.request({ type: MESSAGE.files, answers });
  }

  /** An editable document ("docx" or "odt") of note `letter` (null: every note), asked like files(). */
  document(answers, format, letter) {
    return this.request({ type: MESSAGE.document, answers, format, letter });
  }

  request(message) {
    if (!this.worker || !this.ready) return Promise.reject(new Error("the letter composer is not running"));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.settleFiles(id, null, "it stopped answering"), RENDER_SILENCE_MS);
      this.fileRequests.set(id, { resolve, reject, timer });
      this.worker.postMessage({ ...message, id, today: today() });
    });
  }

  settleFiles(id, result, problem = null) {
    const request = this.fileRequests.get(id);
    if (!request) return;
    this.fileRequests.delete(id);
    clearTimeout(request.timer);
    if (problem === null) request.resolve(result);
    else request.reject(new Error(problem));
  }

  flush() {
    if (!this.worker || !this.ready || this.inFlight) return;
    if (!this.pending) return this.flushPlan();
    const id = this.nextId++;
    this.inFlight = { id, answers: this.pending };
    this.pending = null;
    this.watch(RENDER_SILENCE_MS, () => this.onCrash("it stopped answering"));
    this.worker.postMessage({ type: MESSAGE.render, id, answers: this.inFlight.answers, today: today() });
  }

  flushPlan() {
    if (!this.pendingPlan || !this.planDue) return;
    this.planDue = false;
    const id = this.nextId++;
    this.inFlight = { id, plan: this.pendingPlan };
    this.pendingPlan = null;
    this.watch(RENDER_SILENCE_MS, () => this.onCrash("it stopped answering"));
    this.worker.postMessage({ type: MESSAGE.plan, id, applications: this.inFlight.plan, today: today() });
  }
}

let shared = null;

/** The page's one composer: boot.js starts it early, builder.js subscribes to it later. */
export function sharedComposer() {
  shared ??= new Composer();
  return shared;
}
