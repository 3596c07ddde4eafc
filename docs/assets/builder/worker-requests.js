// How the composer's worker answers each request of the page: one entry per request type of
// protocol.js (REPLY names the answer's type), each a function from the message to followup.bundle's
// answer as JSON text. A new request is one entry here and one in protocol.js's REPLY; the Node test
// (tests/node/worker-requests.test.mjs) fails while a request has no handler or a handler no request.
//
// Plain functions, no Pyodide: worker.js passes the Python entry points in, so Node tests can too.

import { MESSAGE } from "./protocol.js";

/**
 * The request handlers, given followup.bundle's `render_json`, `document_json` and `plan_json`
 * (each JSON text in, JSON text out, never raising), and `logBundle()`, which gives the module
 * followup.log_bundle (imported on the first call). Every message's `today` may be missing:
 * Python then reads its own clock.
 */
export function requestHandlers({ renderJson, documentJson, planJson, logBundle }) {
  const today = (message) => message.today || null;
  return Object.freeze({
    // A keystroke render: the formats made on demand are left out (followup.bundle, with_downloads).
    [MESSAGE.render]: (message) => renderJson(JSON.stringify(message.answers), today(message), false),
    [MESSAGE.files]: (message) => renderJson(JSON.stringify(message.answers), today(message), true),
    [MESSAGE.document]: (message) =>
      documentJson(JSON.stringify(message.answers), today(message), message.format, message.letter ?? null),
    [MESSAGE.plan]: (message) => planJson(JSON.stringify(message.applications), today(message)),
    [MESSAGE.log]: (message) =>
      logBundle().log_json(JSON.stringify(message.applications), today(message), message.range || "week",
                           message.start || null, message.end || null),
    [MESSAGE.importCsv]: (message) =>
      logBundle().import_json(message.data || "", message.dateOrder || null, message.candidate || ""),
  });
}
