"""Every path the browser's worker takes through the composer, run once inside Pyodide at build
time (trace_stdlib.mjs) so that the standard library the site ships holds exactly what they import.

Contract: each public `*_json` function of `followup.bundle` and `followup.log_bundle` is a way in
for the worker (docs/assets/builder/worker-requests.js). The known ones
are called with every example in every kind, tone, channel and letter language (letters with the
.eml/.ics files, both documents in every channel and language, the plan); any other is called with every example and
with text that is not JSON, so a new way in imports its modules here even before it is listed.
Nothing here may raise: the boundary never does, and an ImportError is what this run exists to find.
"""

import base64
import inspect
import itertools
import json
from importlib.resources import files

from followup import bundle, log_bundle
from followup.languages import CODES

TODAY = "2026-11-26T10:30"
TONES = ("formal", "warm", "brief")
CHANNELS = ("email", "letter", "message")

examples = sorted((p.name, p.read_text(encoding="utf-8")) for p in files("followup.examples").iterdir()
                  if p.name.endswith(".json"))
known = {"render_json", "document_json", "plan_json"}
for _name, text in examples:
    data = json.loads(text)
    for tone, channel, language in itertools.product(TONES, CHANNELS, CODES):
        variant = json.dumps({**data, "schema_version": 4, "tone": tone, "channel": channel, "language": language})
        bundle.render_json(variant, TODAY, True)  # the keystroke render's path is a part of this one
        if tone == "warm":  # a document's layout depends on the channel and language, not the tone
            for fmt in ("docx", "odt"):
                bundle.document_json(variant, TODAY[:10], fmt, None)
applications = [{"id": f"a{n}", "updated": "2026-01-01T00:00:00.000Z", "answers": json.loads(text),
                 "record": {"sent": [], "outcome": "waiting", "outcome_date": None}}
                for n, (_name, text) in enumerate(examples)]
bundle.plan_json(json.dumps({"applications_version": 1, "applications": applications}), TODAY)
for broken in ("{not json", "[]", "{}"):
    bundle.render_json(broken, TODAY)
    bundle.plan_json(broken, TODAY)

# The job search log and the spreadsheet import (worker-requests.js), in every range, and a CSV as a
# German spreadsheet saves it (semicolons, Windows-1252) and as a US one does (commas, UTF-8 with BOM).
file = json.dumps({"applications_version": 1, "applications": applications})
for which in ("week", "last-week", "month"):
    log_bundle.log_json(file, TODAY, which)
log_bundle.log_json(file, TODAY, "custom", "2026-11-01", "2026-11-30")
log_bundle.log_json("{not json", TODAY)
csv_files = (
    "Firma;Position;Beworben am;Status\r\nMüller GmbH;Analyst;26.11.2026;offen\r\n".encode("cp1252"),
    "\ufeffCompany,Role,Date applied,Interview date\r\nNorthwind,Analyst,11/26/2026,12/01/2026\r\n".encode(),
    b"not, a; csv\x00",
)
for data in csv_files:
    for order in (None, "dmy", "mdy"):
        log_bundle.import_json(base64.b64encode(data).decode(), order, "Alex Morgan")
log_bundle.import_json("not base64")
known |= {"log_json", "import_json"}

for module in (bundle, log_bundle):
    for name, function in inspect.getmembers(module, inspect.isfunction):
        if name.endswith("_json") and not name.startswith("_") and name not in known and function.__module__ == module.__name__:
            for _name, text in examples:
                function(text)
            function("{not json")
