// The page's side of the composer worker (composer-client.js), against a fake worker: the latest
// answers win, a crash restarts, a silent start is reported, files are asked apart from renders.

import { FIXED_NOW_LOCAL } from "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";

import { FakeWorker, freshPage } from "./page-fixture.mjs";
import { Composer, PLAN_AFTER_MS } from "../../docs/assets/builder/composer-client.js";
import { COMPOSER_STATE, COMPOSER_STATE_EVENT, MESSAGE, STAGE, STAGE_LABEL, WORKER_NAME } from "../../docs/assets/builder/protocol.js";

let composer;
let events;

/** A listener that records every call the composer makes, in order. */
function recorder() {
  const names = ["onProgress", "onReady", "onResult", "onPlan", "onRestart", "onFailure", "onRenderError"];
  return Object.fromEntries(names.map((name) => [name, (data) => events.push([name, data])]));
}

const renders = (worker = FakeWorker.last) => worker.sent.filter((m) => m.type === MESSAGE.render);
const plans = (worker = FakeWorker.last) => worker.sent.filter((m) => m.type === MESSAGE.plan);

beforeEach(() => {
  freshPage();
  mock.timers.enable({ apis: ["setTimeout"] });
  globalThis.Worker = FakeWorker;
  FakeWorker.all = [];
  events = [];
  composer = new Composer();
  composer.setListener(recorder());
});

afterEach(() => {
  composer.stop();
  mock.timers.reset();
});

function startReady() {
  composer.start();
  FakeWorker.last.reply({ type: MESSAGE.ready });
}

describe("rendering", () => {
  test("answers typed before the worker is ready: only the latest is sent, once ready", () => {
    composer.start();
    composer.render({ company: "N" });
    composer.render({ company: "No" });
    assert.deepEqual(renders(), []);
    FakeWorker.last.reply({ type: MESSAGE.ready });
    assert.deepEqual(renders().map((m) => m.answers), [{ company: "No" }]);
  });

  test("one render in flight; newer answers replace the waiting ones; a stale result is skipped", () => {
    startReady();
    composer.render({ n: 1 });
    composer.render({ n: 2 });
    composer.render({ n: 3 });
    assert.deepEqual(renders().map((m) => m.answers), [{ n: 1 }]);
    const [first] = renders();
    FakeWorker.last.reply({ type: MESSAGE.rendered, id: first.id, result: { n: 1 } });
    assert.deepEqual(renders().map((m) => m.answers), [{ n: 1 }, { n: 3 }], "2 was never sent");
    composer.render({ n: 4 });
    const third = renders()[1];
    FakeWorker.last.reply({ type: MESSAGE.rendered, id: third.id, result: { n: 3 } });
    FakeWorker.last.reply({ type: MESSAGE.rendered, id: renders()[2].id, result: { n: 4 } });
    const results = events.filter(([name]) => name === "onResult").map(([, r]) => r);
    assert.deepEqual(results, [{ n: 4 }], "results already overtaken by newer answers never reach the page");
  });

  test("each render carries the visitor's local time as today", () => {
    startReady();
    composer.render({});
    assert.equal(renders()[0].today, FIXED_NOW_LOCAL);
  });

  test("the worker is a module worker named for the snapshot the page names", () => {
    document.head.innerHTML = '<meta name="followup-snapshot" content="snapshot-abc.bin.gz 123">';
    composer.start();
    assert.equal(FakeWorker.last.type, "module");
    assert.equal(FakeWorker.last.name, `${WORKER_NAME} snapshot-abc.bin.gz 123`);
    assert.match(FakeWorker.last.url, /\/assets\/builder\/worker\.js$/);
  });
});

describe("starting and failing", () => {
  test("progress is passed on while starting, and a late subscriber gets the latest at once", () => {
    composer.start();
    FakeWorker.last.reply({ type: MESSAGE.progress, stage: STAGE.start, loaded: 5, total: 10 });
    assert.deepEqual(events.at(-1), ["onProgress", { type: MESSAGE.progress, stage: STAGE.start, loaded: 5, total: 10 }]);
    events = [];
    composer.setListener(recorder());
    assert.equal(events[0][0], "onProgress");
  });

  test("a start silent for a minute fails with the stage's label and the problem the worker saw", () => {
    composer.start();
    FakeWorker.last.reply({ type: MESSAGE.problem, message: "wasm did not compile" });
    mock.timers.tick(60_000);
    const [name, failure] = events.at(-1);
    assert.equal(name, "onFailure");
    assert.match(failure.message, new RegExp(`stuck at “${STAGE_LABEL[STAGE.download]}” for a minute \\(wasm did not compile\\)`));
    assert.equal(failure.canRetry, true);
    assert.equal(FakeWorker.last.terminated, true);
  });

  test("a worker that crashes after it was ready restarts and gets the latest answers again", () => {
    startReady();
    composer.render({ n: 1 });
    const first = FakeWorker.last;
    first.onerror({ message: "boom", preventDefault() {} });
    assert.equal(first.terminated, true);
    assert.deepEqual(events.find(([name]) => name === "onRestart"), ["onRestart", "boom"]);
    const second = FakeWorker.last;
    assert.notEqual(second, first);
    second.reply({ type: MESSAGE.ready });
    assert.deepEqual(renders(second).map((m) => m.answers), [{ n: 1 }]);
  });

  test("a render the runtime fails restarts it; after three restarts in a row it gives up", () => {
    startReady();
    for (let i = 0; i < 4; i += 1) {
      composer.render({ i });
      const sent = renders().at(-1);
      FakeWorker.last.reply({ type: MESSAGE.error, id: sent.id, message: "broken" });
      if (i < 3) FakeWorker.last.reply({ type: MESSAGE.ready });
    }
    assert.equal(events.filter(([name]) => name === "onRestart").length, 3);
    assert.equal(events.at(-1)[0], "onFailure");
    assert.match(events.at(-1)[1].message, /stopped \(broken\) and did not recover/);
  });

  test("an error while starting fails at once, with Try again", () => {
    composer.start();
    FakeWorker.last.reply({ type: MESSAGE.error, message: "a file it needs did not download" });
    assert.deepEqual(events.at(-1), ["onFailure", { message: "The letter composer could not start: a file it needs did not download.", canRetry: true }]);
    composer.retry();
    assert.equal(FakeWorker.all.length, 2);
  });

  test("a browser without module workers is told so, without Try again", () => {
    globalThis.Worker = class {
      constructor() {}
      terminate() {}
    };
    composer.start();
    const [name, failure] = events.at(-1);
    assert.equal(name, "onFailure");
    assert.match(failure.message, /it needs module workers/);
    assert.equal(failure.canRetry, false);
  });
});

describe("state for other scripts", () => {
  test("starting, ready and failed are each announced once, as COMPOSER_STATE_EVENT", () => {
    const seen = [];
    composer.addEventListener(COMPOSER_STATE_EVENT, () => seen.push(composer.state));
    assert.equal(composer.state, COMPOSER_STATE.starting);
    startReady();
    FakeWorker.last.reply({ type: MESSAGE.ready });
    composer.render({});
    FakeWorker.last.reply({ type: MESSAGE.error, message: "gone" }); // no id: a failure, not a render error
    assert.deepEqual(seen, [COMPOSER_STATE.ready, COMPOSER_STATE.starting, COMPOSER_STATE.failed]);
  });
});

describe("files", () => {
  test("asked apart from renders: every request gets its own answer", async () => {
    startReady();
    composer.render({ n: 1 });
    const one = composer.files({ n: 1 });
    const two = composer.files({ n: 2 });
    const asked = FakeWorker.last.sent.filter((m) => m.type === MESSAGE.files);
    assert.deepEqual(asked.map((m) => m.answers), [{ n: 1 }, { n: 2 }]);
    FakeWorker.last.reply({ type: MESSAGE.files, id: asked[1].id, result: "second" });
    FakeWorker.last.reply({ type: MESSAGE.files, id: asked[0].id, result: "first" });
    assert.deepEqual(await Promise.all([one, two]), ["first", "second"]);
  });

  test("refused before the composer runs, and rejected when it restarts or goes quiet", async () => {
    await assert.rejects(composer.files({}), /not running/);
    startReady();
    const quiet = composer.files({});
    mock.timers.tick(30_000);
    await assert.rejects(quiet, /stopped answering/);
    const cut = composer.files({});
    composer.retry();
    await assert.rejects(cut, /restarted/);
  });
});

describe("the applications' plan", () => {
  const file = (n) => ({ applications_version: 1, applications: [{ id: String(n) }] });

  test("is asked with today's date; the latest wins, and the answer reaches the page", () => {
    startReady();
    composer.plan(file(1));
    assert.deepEqual(plans(), [], "not before a pause");
    mock.timers.tick(PLAN_AFTER_MS);
    composer.plan(file(2));
    composer.plan(file(3));
    mock.timers.tick(PLAN_AFTER_MS);
    assert.deepEqual(plans().map((m) => m.applications), [file(1)]);
    assert.equal(plans()[0].today, FIXED_NOW_LOCAL);
    FakeWorker.last.reply({ type: MESSAGE.plan, id: plans()[0].id, result: { steps: { 1: null } } });
    assert.deepEqual(plans().map((m) => m.applications), [file(1), file(3)], "2 was never sent");
    assert.deepEqual(events.filter(([name]) => name === "onPlan"), [], "a stale plan is skipped");
    FakeWorker.last.reply({ type: MESSAGE.plan, id: plans()[1].id, result: { steps: { 3: null } } });
    assert.deepEqual(events.filter(([name]) => name === "onPlan"), [["onPlan", { steps: { 3: null } }]]);
  });

  test("keystroke renders go first: a plan waits while a render is in flight or waiting", () => {
    startReady();
    composer.render({ n: 1 });
    composer.plan(file(1));
    composer.render({ n: 2 });
    mock.timers.tick(PLAN_AFTER_MS);
    assert.deepEqual(plans(), []);
    FakeWorker.last.reply({ type: MESSAGE.rendered, id: renders()[0].id, result: {} });
    assert.deepEqual(renders().map((m) => m.answers), [{ n: 1 }, { n: 2 }], "the render waiting goes before the plan");
    assert.deepEqual(plans(), []);
    FakeWorker.last.reply({ type: MESSAGE.rendered, id: renders()[1].id, result: {} });
    assert.deepEqual(plans().map((m) => m.applications), [file(1)]);
  });

  test("while typing goes on, no plan is sent between two keystrokes; it goes once typing pauses", () => {
    startReady();
    composer.plan(file(1));
    for (let n = 0; n < 5; n += 1) {
      composer.render({ n });
      FakeWorker.last.reply({ type: MESSAGE.rendered, id: renders().at(-1).id, result: {} });
      mock.timers.tick(PLAN_AFTER_MS - 1);
    }
    assert.deepEqual(plans(), [], "each keystroke restarts the wait");
    mock.timers.tick(1);
    assert.deepEqual(plans().map((m) => m.applications), [file(1)]);
  });

  test("a plan in flight when the worker crashes is asked again from the new one", () => {
    startReady();
    composer.plan(file(7));
    mock.timers.tick(PLAN_AFTER_MS);
    const first = FakeWorker.last;
    first.onerror({ message: "boom" });
    FakeWorker.last.reply({ type: MESSAGE.ready });
    assert.notEqual(FakeWorker.last, first);
    assert.deepEqual(plans().map((m) => m.applications), [file(7)]);
  });
});
