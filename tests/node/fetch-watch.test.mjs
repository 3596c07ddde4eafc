// fetch-watch.js: the worker's one wrapper of the global fetch, shared by the progress count and
// the hand-over to the service worker.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";

import { requestURL, watchFetch } from "../../docs/assets/builder/fetch-watch.js";

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function fakeFetch(calls) {
  return (...args) => {
    calls.push(args);
    return Promise.resolve(new Response(`body of ${args[0]}`));
  };
}

test("every watcher sees every call and the promise the caller gets; fetch is wrapped once", async () => {
  const calls = [];
  const base = fakeFetch(calls);
  globalThis.fetch = base;
  const seenA = [];
  const seenB = [];
  const stopA = watchFetch((args, response) => seenA.push([args[0], response]));
  const wrapped = globalThis.fetch;
  const stopB = watchFetch((args, response) => seenB.push([args[0], response]));
  assert.equal(globalThis.fetch, wrapped, "a second watcher does not wrap again");

  const response = globalThis.fetch("a.wasm", { method: "GET" });
  assert.deepEqual(calls, [["a.wasm", { method: "GET" }]]);
  assert.equal(seenA[0][1], response);
  assert.equal(seenB[0][1], response);
  // Watchers read clones: the caller's body is still whole.
  const clone = (await seenA[0][1]).clone();
  assert.equal(await clone.text(), "body of a.wasm");
  assert.equal(await (await response).text(), "body of a.wasm");

  stopA();
  assert.equal(globalThis.fetch, wrapped, "still wrapped while one watcher is on");
  globalThis.fetch("b.zip");
  assert.equal(seenA.length, 1);
  assert.equal(seenB.length, 2);
  stopB();
  assert.equal(globalThis.fetch, base, "the original fetch is back once nobody watches");
  stopB(); // stopping twice changes nothing
  assert.equal(globalThis.fetch, base);
});

test("a watcher that throws does not break the download or the other watchers", async () => {
  globalThis.fetch = fakeFetch([]);
  const seen = [];
  const stopBad = watchFetch(() => {
    throw new Error("bug");
  });
  const stopGood = watchFetch((args) => seen.push(args[0]));
  const response = await globalThis.fetch("c.whl");
  assert.equal(await response.text(), "body of c.whl");
  assert.deepEqual(seen, ["c.whl"]);
  stopBad();
  stopGood();
});

test("requestURL: strings and Requests, relative to a base, without query or fragment", () => {
  const base = "https://example.test/site/assets/pyodide/";
  assert.equal(requestURL("pyodide.asm.wasm?v=1#x", base), "https://example.test/site/assets/pyodide/pyodide.asm.wasm");
  assert.equal(requestURL(new Request("https://example.test/other/x.js"), base), "https://example.test/other/x.js");
  assert.equal(requestURL(new URL("../y.json", base), base), "https://example.test/site/assets/y.json");
});
