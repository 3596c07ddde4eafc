// Watching the downloads a library makes with the global `fetch` (Pyodide calls it at call time).
// The composer's worker watches them for two reasons: the progress bar's bytes (worker.js) and the
// hand-over of the runtime to the service worker (runtime-loader.js). One wrapper is installed
// while any watcher is on, so `fetch` is replaced once however many watch.
//
// Contract: `watcher(args, response)` is called synchronously for every call, with the call's
// arguments and the promise the caller gets. A watcher must not consume that response: it reads a
// `clone()`. A watcher that throws is ignored (the caller's fetch goes on).

const watchers = new Set();
let original = null;

function watchedFetch(...args) {
  const response = original(...args);
  for (const watcher of watchers) {
    try {
      watcher(args, response);
    } catch {
      /* a watcher's bug never breaks a download */
    }
  }
  return response;
}

/** Calls `watcher(args, responsePromise)` for every `fetch` until the function returned is called. */
export function watchFetch(watcher) {
  if (watchers.size === 0) {
    original = globalThis.fetch;
    globalThis.fetch = watchedFetch;
  }
  watchers.add(watcher);
  return () => {
    if (!watchers.delete(watcher) || watchers.size > 0) return;
    globalThis.fetch = original;
    original = null;
  };
}

/** The absolute URL (no query or fragment) a fetch call's first argument names, relative to `base`. */
export function requestURL(input, base) {
  return new URL(input instanceof Request ? input.url : String(input), base).href.split(/[?#]/, 1)[0];
}
