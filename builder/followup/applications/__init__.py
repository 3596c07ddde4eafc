"""The applications file: every application's answers and follow-up record in one JSON document.

What the builder's "Save all" writes and `followup plan` reads (the shape is in the team
contract, notes/applications-contract.md, and as JSON Schema in `followup.applications.schema`):
`{"applications_version": 1, "applications": [{"id", "updated", "answers", "record"}, ...]}`.

Each application is validated on its own: a damaged one is reported (problems with dotted
paths such as "applications.2.answers.company") and left out, and never takes the others
with it. An application loads only when all of it is valid: its answers are a valid
answers file (`followup.answers.parse`, so every answers rule holds here too), its keys
are known ones, its id is unique in the file. A single answers file (format 1 or 2) loads
as one application with an empty record.
"""

from followup.applications.dump import Clash, dumps, merge, record_to_dict, to_file
from followup.applications.load import answers_id, loads, parse, parse_application, parse_record
from followup.applications.model import (APPLICATION_KEYS, APPLICATIONS_VERSION, ID_MAX, MAX_APPLICATIONS, OUTCOMES,
                                         RECORD_FIELDS, SENT, Application, Loaded, Record, Sent)

__all__ = ["APPLICATIONS_VERSION", "APPLICATION_KEYS", "ID_MAX", "MAX_APPLICATIONS", "OUTCOMES", "RECORD_FIELDS", "SENT",
           "Application", "Clash", "Loaded", "Record", "Sent", "answers_id", "dumps", "loads", "merge", "parse",
           "parse_application", "parse_record", "record_to_dict", "to_file"]
