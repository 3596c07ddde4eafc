// worker-requests.js: every request the page can send (protocol.js REPLY) has a handler in the
// worker, and each handler hands the message to followup.bundle's entry point as it expects.

import { test } from "node:test";
import assert from "node:assert/strict";

import { MESSAGE, REPLY } from "../../docs/assets/builder/protocol.js";
import { requestHandlers } from "../../docs/assets/builder/worker-requests.js";

function recording() {
  const calls = [];
  const entry = (name) => (...args) => {
    calls.push([name, ...args]);
    return JSON.stringify({ ok: true, from: name });
  };
  let imported = 0;
  const logBundle = () => {
    imported += 1;
    return { log_json: entry("log"), import_json: entry("import") };
  };
  const handlers = requestHandlers({ renderJson: entry("render"), documentJson: entry("document"), planJson: entry("plan"), logBundle });
  return { calls, handlers, imported: () => imported };
}

test("every request has a handler and every handler a request", () => {
  const { handlers } = recording();
  assert.deepEqual(Object.keys(handlers).sort(), Object.keys(REPLY).sort());
  for (const [request, reply] of Object.entries(REPLY)) {
    assert.equal(typeof handlers[request], "function", request);
    assert.ok(Object.values(MESSAGE).includes(reply), `${request} is answered with a protocol message`);
  }
});

test("each request reaches its entry point with the answers as JSON and today or null", () => {
  const { calls, handlers } = recording();
  const answers = { kind: "thank-you", company: "Northwind" };
  handlers[MESSAGE.render]({ type: MESSAGE.render, id: 1, answers, today: "2026-11-26T10:30" });
  handlers[MESSAGE.files]({ type: MESSAGE.files, id: 2, answers });
  handlers[MESSAGE.document]({ type: MESSAGE.document, id: 3, answers, today: "2026-11-26", format: "odt", letter: 1 });
  handlers[MESSAGE.document]({ type: MESSAGE.document, id: 4, answers, format: "docx" });
  handlers[MESSAGE.plan]({ type: MESSAGE.plan, id: 5, applications: { applications: [] }, today: "2026-11-26" });
  const json = JSON.stringify(answers);
  assert.deepEqual(calls, [
    ["render", json, "2026-11-26T10:30", false],
    ["render", json, null, true],
    ["document", json, "2026-11-26", "odt", 1],
    ["document", json, null, "docx", null],
    ["plan", JSON.stringify({ applications: [] }), "2026-11-26"],
  ]);
});

test("the job search log and the CSV import reach followup.log_bundle, looked up only when asked", () => {
  const { calls, handlers, imported } = recording();
  assert.equal(imported(), 0);
  handlers[MESSAGE.log]({ type: MESSAGE.log, id: 6, applications: { applications: [] }, today: "2026-11-26", range: "month" });
  handlers[MESSAGE.importCsv]({ type: MESSAGE.importCsv, id: 7, data: "company\nNorthwind", dateOrder: "dmy", candidate: "Alex" });
  assert.deepEqual(calls, [
    ["log", JSON.stringify({ applications: [] }), "2026-11-26", "month", null, null],
    ["import", "company\nNorthwind", "dmy", "Alex"],
  ]);
  assert.ok(imported() >= 1);
});
