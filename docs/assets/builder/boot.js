// Starts the composer's worker from the page's <head> (overrides/builder.html), while the rest of
// the page still downloads and Material's own scripts run: Pyodide's start-up is the long pole, so
// it begins sooner than it would from builder.js at the end of the page. builder.js picks up
// the same composer (an ES module is evaluated once per page) and shows its progress. A visitor
// who saves data is asked first (data-saver.js; builder.js shows the question).
import { sharedComposer } from "./composer-client.js";
import { holdForDataSaver } from "./data-saver.js";

const hold = holdForDataSaver();
if (hold === null) sharedComposer().start();
else hold.then((wait) => wait || sharedComposer().start());
