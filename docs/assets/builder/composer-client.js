// The page's side of the composer worker (worker.js): start, restart, and render with the
// latest answers winning; the applications' next steps ("plan") the same way, after any render.
// The page listens through `setListener({onProgress, onReady, onResult, onPlan, ...})`;
// other scripts (register.js) read `state` and listen for COMPOSER_STATE_EVENT. The messages are
// named in protocol.js.

import { stageLabel, t } from "./strings.js";
import {
  COMPOSER_STATE,
  COMPOSER_STATE_EVENT,
  MESSAGE,
  REPLY,
  SNAPSHOT_META,
  STAGE,
  STAGE_LABEL,
  WORKER_NAME,
} from "./protocol.js";
import { LatestWins } from "./latest-wins.js";

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
 * Owns the module worker. Keeps at most one render or plan in flight, each from a LatestWins
 * queue (renders first), so the latest answers always win and stale ones are never queued.
 * Every request, queued or not, goes through `send`: an id, a watchdog, settled by its answer.
 * A worker that dies is restarted (a few times), and the latest answers are sent again.
 */
export class Composer extends EventTarget {
  constructor() {
    super();
    this.listener = null;
    this.worker = null;
    this.ready = false;
    this.nextId = 1;
    this.inFlight = null; // {id, queue, value}: one queued request at a time, renders first
    this.renders = new LatestWins((answers) => ({ type: MESSAGE.render, answers }), (result) => {
      this.restarts = 0; // working again: a later crash gets its own restarts
      this.emit("onResult", result);
    });
    // The applications file whose next steps are wanted.
    this.plans = new LatestWins((applications) => ({ type: MESSAGE.plan, applications }), (result) =>
      this.emit("onPlan", result),
    );
    this.planDue = false; // true once typing has paused for PLAN_AFTER_MS with a plan waiting
    this.planTimer = null;
    this.latest = null;
    this.restarts = 0;
    this.timer = null;
    this.stage = null;
    this.problem = null; // the last unexpected error the worker reported while starting
    this.lastProgress = null;
    this.lastFailure = null; // {message, canRetry} while failed
    this.requests = new Map(); // id -> {resolve, reject, timer}: every request sent and not yet answered
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
      this.fail(t("composer.could_not_start", { error: error.message || error }), true);
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
    this.fail(t("composer.unsupported", { missing }), false);
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
    const why = this.problem ? ` (${this.problem})` : "";
    const said = this.stage ? t("composer.stuck_at", { stage: stageLabel(this.stage), why }) : t("composer.stuck", { why });
    this.stop();
    this.fail(said, true);
  }

  stop() {
    this.unwatch();
    this.worker?.terminate();
    this.worker = null;
    this.ready = false;
    const current = this.inFlight;
    this.inFlight = null;
    if (current) {
      current.queue.putBack(current.value);
      // A plan was due already: asked again as soon as the new worker is ready.
      if (current.queue === this.plans) this.planDue = true;
    }
    for (const id of [...this.requests.keys()]) this.settle(id, null, "the letter composer restarted");
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
      this.fail(t("composer.incomplete"), true);
    } else if (this.restarts < RESTARTS_MAX) {
      // Crashed mid-session: start again quietly and re-send the latest answers.
      this.restarts += 1;
      if (this.latest !== null) this.renders.putBack(this.latest);
      this.emit("onRestart", reason);
      this.start();
    } else {
      this.fail(t("composer.stopped", { reason }), true);
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
      case MESSAGE.error:
        this.settle(message.id, null, message.message);
        if (message.id !== undefined && this.ready) {
          // The composer never raises for bad answers, so this is the runtime itself failing:
          // start a fresh one rather than keep talking to a broken interpreter.
          this.emit("onRenderError", message.message);
          this.onCrash(message.message);
        } else {
          this.stop();
          this.fail(t("composer.failed", { message: message.message }), true);
        }
        break;
      default:
        // Every answer to a request carries its id (protocol.js REPLY): one path settles them all.
        if (ANSWERS.has(message.type)) this.settle(message.id, message.result);
    }
  }

  render(answers) {
    this.latest = answers;
    this.renders.put(answers);
    if (this.plans.waiting !== null) this.waitForPause();
    this.flush();
  }

  /**
   * Asks for the next steps of the applications in `file` (an applications file); answered through
   * the listener's onPlan(result). Latest wins, as for renders; it is sent once typing pauses
   * (PLAN_AFTER_MS) and no render is waiting: keystrokes never wait behind a plan.
   */
  plan(file) {
    this.plans.put(file);
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

  /** `message` sent as a request; resolves with the worker's answer, rejects if there is none. */
  request(message) {
    if (!this.worker || !this.ready) return Promise.reject(new Error("the letter composer is not running"));
    return new Promise((resolve, reject) => this.send(message, { resolve, reject }));
  }

  /**
   * The one way a request reaches the worker: with a fresh id and the visitor's today. The answer
   * with that id (or an error naming it) settles it; with no answer within RENDER_SILENCE_MS,
   * `silent` runs (by default the request is rejected). Returns the id.
   */
  send(message, { resolve, reject, silent = null }) {
    const id = this.nextId++;
    const timer = setTimeout(() => (silent ? silent() : this.settle(id, null, "it stopped answering")), RENDER_SILENCE_MS);
    this.requests.set(id, { resolve, reject, timer });
    this.worker.postMessage({ ...message, id, today: today() });
    return id;
  }

  settle(id, result, problem = null) {
    const request = this.requests.get(id);
    if (!request) return;
    this.requests.delete(id);
    clearTimeout(request.timer);
    if (problem === null) request.resolve(result);
    else request.reject(new Error(problem));
  }

  /** Sends the next queued request, if the worker is free: a render first, a plan once typing paused. */
  flush() {
    if (!this.worker || !this.ready || this.inFlight) return;
    const due = this.planDue && this.plans.waiting !== null;
    const queue = this.renders.waiting !== null ? this.renders : due ? this.plans : null;
    if (!queue) return;
    if (queue === this.plans) this.planDue = false;
    const value = queue.take();
    const id = this.send(queue.message(value), {
      resolve: (result) => {
        if (this.inFlight?.id !== id) return;
        this.inFlight = null;
        queue.answered(result);
        this.flush();
      },
      // A failed request restarts the worker (onMessage, onCrash), and stop() puts the value back.
      reject: () => {},
      silent: () => this.onCrash("it stopped answering"),
    });
    this.inFlight = { id, queue, value };
  }
}

const ANSWERS = new Set(Object.values(REPLY));

let shared = null;

/** The page's one composer: boot.js starts it early, builder.js subscribes to it later. */
export function sharedComposer() {
  shared ??= new Composer();
  return shared;
}
