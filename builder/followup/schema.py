"""The answers schema: the one declarative list of every input.

Everything that needs to know about inputs reads it from here: validation
(`followup.answers`), the command line, the browser form rendered at site-build
time, the JSON Schema printed by `followup schema`, and the docs. What a field's
type means (conversion, JSON Schema, form control) is `followup.field_types`'.

Adding a field: declare it here; give the answers a typed attribute for it in
`followup.model` (the composer reads that); and name it in a section of the form
(`scripts/sitebuild/builder_form.py`, SECTIONS), or it shows under "More".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from followup.field_types import TYPES
from followup.languages import DEFAULT, LANGUAGES

SCHEMA_VERSION = 4
"""Version of the answers file format; bumped when a change needs an upgrade step.

2 added `style`, `message_to` and each interviewer's `address_as` (all optional).
3 added `tracking`, the facts a job search log needs (all optional), and `internal` and each
interviewer's `met_before` (people you already know; both false when not given).
4 replaced `style` by `language` (English's two spellings became two of the letter languages; the
upgrade keeps the style as the language) and added each interviewer's `form_of_address`.
"""

READABLE_VERSIONS = (1, 2, 3, 4)
"""Answers format versions that load (older ones are upgraded on loading, see `followup.answers`)."""

MESSAGE_LIMITS: dict[str, int | None] = {
    "linkedin-note": 200,
    "linkedin-note-premium": 300,
    "linkedin-message": None,
    "text": None,
}
"""Hard character limit of each kind of short message; None where there is none.

A note on a LinkedIn connection request holds 200 characters on a free account and
300 with Premium; a message to an existing connection and a text message have no
limit a follow-up comes near.
"""

MESSAGE_TARGET = 300
"""Length a short message without a hard limit is kept under: short is the point of one."""

MESSAGE_LIMIT = MESSAGE_LIMITS["linkedin-note-premium"]
"""The longest hard limit: no short message is ever longer than this."""


KINDS = ("thank-you", "check-in", "after-rejection")
ALL_KINDS = frozenset(KINDS)

TypeName = Literal[
    "string",  # one line of text
    "text",  # several lines of text
    "email",
    "url",
    "tel",
    "date",  # ISO 8601 date, YYYY-MM-DD
    "time",  # 24-hour HH:MM
    "choice",  # one of `choices`
    "integer",
    "boolean",
    "object",  # a group of `fields`
    "list",  # a list of objects, each with `fields`
]
"""A field's type, by name: each is one `followup.field_types.TYPES` entry (conversion, JSON Schema, control)."""


@dataclass(frozen=True)
class Choice:
    """One allowed value of a choice field, with the words a person sees."""

    value: str
    label: str


@dataclass(frozen=True)
class Field:
    """One input: what it is called, what it holds, who needs it, and its limits.

    `required_for` lists the letter kinds that cannot be written without it;
    `kinds` lists the kinds that use it at all (the form hides the rest).
    """

    name: str
    type: TypeName
    label: str
    help: str = ""
    kinds: frozenset[str] = ALL_KINDS
    required_for: frozenset[str] = frozenset()
    max_length: int | None = None
    choices: tuple[Choice, ...] = ()
    default: Any = None
    minimum: int | None = None
    maximum: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    placeholder: str = ""
    fields: tuple[Field, ...] = ()
    required_hint: str = ""
    """What to do when the field is required and empty, e.g. "enter the employer's name"."""
    item_label: str = ""
    """For a list: what one item is called ("Interviewer"), in messages and the form."""
    languages: frozenset[str] = frozenset()
    """The language families whose letters use the field (`de`); empty: every language's."""

    def required(self, kind: str) -> bool:
        """True when a letter of this kind cannot be written without the field."""
        return kind in self.required_for

    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)


_THANKS = frozenset({"thank-you"})
_CHECK_IN = frozenset({"check-in"})
_REJECTION = frozenset({"after-rejection"})

# Length limits are generous for real use and small enough that nothing a user
# pastes by mistake (a whole resume, a megabyte of text) reaches the templates.
NAME_MAX = 100
LINE_MAX = 200
PARAGRAPH_MAX = 600

CANDIDATE = Field(
    "candidate",
    "object",
    "You",
    "Who is writing: it goes in the signature and, for a printed letter, the sender's address block.",
    fields=(
        Field("name", "string", "Your name", "As you would sign it.", required_for=ALL_KINDS,
              max_length=NAME_MAX, placeholder="Alex Morgan",
              required_hint="enter your name as you would sign it"),
        Field("email", "email", "Your email", "Added under your signature.", max_length=254,
              placeholder="alex@example.com"),
        Field("phone", "tel", "Your phone", "Optional; added under your signature.", max_length=40),
        Field("profile_url", "url", "Profile or portfolio link",
              "Optional: a LinkedIn profile or portfolio.", max_length=LINE_MAX),
        Field("address", "text", "Your postal address",
              "Only for a printed letter: the sender's address block.", max_length=LINE_MAX),
    ),
)

INTERVIEWER = Field(
    "interviewers",
    "list",
    "Interviewers",
    "Everyone who interviewed you. A thank-you note is written to each one, about what you discussed "
    "with that person. For a check-in or a reply to a rejection, the first person is the one you write to.",
    required_for=_THANKS,
    item_label="Interviewer",
    min_items=0,
    max_items=8,
    fields=(
        Field("name", "string", "Interviewer name",
              "Spell it exactly as they do. With a title (Ms, Dr), a formal letter opens \"Dear Dr. Raman\".",
              required_for=ALL_KINDS,
              max_length=NAME_MAX, placeholder="Dana Lee",
              required_hint="enter their name, spelled exactly as they spell it"),
        Field("address_as", "string", "Address them as",
              "Optional: how the letter greets them, for example Mai, Dr. García López or Ms Nguyễn. "
              "Empty: the suggestion shown is used.", max_length=NAME_MAX),
        Field("title", "string", "Interviewer title", "Their job title, for example Engineering Manager.",
              max_length=LINE_MAX),
        Field("email", "email", "Interviewer email", "Optional: fills in the To line of the email.",
              max_length=254),
        Field("topic", "text", "What you discussed with them",
              "One specific thing you talked about with this person: a project, a problem, a question they asked.",
              kinds=_THANKS, max_length=PARAGRAPH_MAX),
        Field("form_of_address", "choice", "Form of address",
              "How a German letter addresses them: Frau or Herr. Not given: the letter greets them by their "
              "full name and never guesses.", default="", languages=frozenset({"de"}),
              choices=(Choice("", "Not given"), Choice("ms", "Ms (Frau)"), Choice("mr", "Mr (Herr)"))),
        Field("met_before", "boolean", "You knew them before",
              "Tick if you had met or worked with them before this interview: the letter to them then never "
              "says \"great to meet you\".", default=False),
    ),
)

METHODS = (
    Choice("", "Not recorded"),
    Choice("online", "Online form"),
    Choice("email", "Email"),
    Choice("in-person", "In person"),
    Choice("agency", "Through an agency"),
    Choice("referral", "Referral"),
)
"""How an application was made. The empty value means "not recorded": the fact is optional and a
select always shows one of its options, so not knowing is a choice of its own."""

# The job search log's facts belong to the answers, not to the applications file's record: they
# are typed by the person like the company and the role (the record is what the page writes when
# a letter is marked sent), so the form, a saved draft, one answers file and "Save all" all carry
# them, and this schema stays their one source. No letter uses them.
TRACKING = Field(
    "tracking",
    "object",
    "For your records",
    "Optional facts for your job search log (a work-search record, a Bewerbungsnachweis, a journal). "
    "No letter uses them.",
    fields=(
        Field("date_applied", "date", "Date applied", "The day you sent the application."),
        Field("method", "choice", "How you applied", "Online form, email, in person, an agency or a referral.",
              default="", choices=METHODS),
        Field("posting", "string", "Where the posting was",
              "A link or where you saw it; kept as text, never opened by the builder.", max_length=LINE_MAX),
        Field("location", "string", "Location", "Where the job is: a town, or remote.", max_length=LINE_MAX),
        Field("contact_name", "string", "Contact",
              "Someone you dealt with who did not interview you: a recruiter, an agency, a referrer.",
              max_length=NAME_MAX),
        Field("contact_details", "string", "Contact's email or phone", max_length=LINE_MAX),
    ),
)

FIELDS: tuple[Field, ...] = (
    Field("kind", "choice", "Letter type", "Which follow-up you are writing.", required_for=ALL_KINDS,
          default="thank-you", choices=(
              Choice("thank-you", "Thank-you note"),
              Choice("check-in", "Check-in when you have heard nothing"),
              Choice("after-rejection", "Reply to a rejection"),
          )),
    Field("tone", "choice", "Tone", "Formal for traditional employers, warm for most, brief when in doubt.",
          default="warm", choices=(
              Choice("formal", "Formal"),
              Choice("warm", "Warm"),
              Choice("brief", "Brief"),
          )),
    Field("channel", "choice", "Channel", "How you will send it.", default="email", choices=(
        Choice("email", "Email"),
        Choice("letter", "Printed letter"),
        Choice("message", "Short message (LinkedIn or text)"),
    )),
    Field("message_to", "choice", "Short message sent as",
          "Only for a short message: where it goes sets how long it may be.", default="linkedin-note",
          choices=(
              Choice("linkedin-note", f"LinkedIn connection note, free account ({MESSAGE_LIMITS['linkedin-note']} "
                                      "characters)"),
              Choice("linkedin-note-premium", "LinkedIn connection note, Premium "
                                              f"({MESSAGE_LIMITS['linkedin-note-premium']} characters)"),
              Choice("linkedin-message", "LinkedIn message to a connection"),
              Choice("text", "Text message"),
          )),
    Field("language", "choice", "Letter language",
          "The language and its conventions: spelling, dates, titles, greetings and closings.",
          default=DEFAULT.code, choices=tuple(Choice(lang.code, lang.name) for lang in LANGUAGES)),
    Field("company", "string", "Company", "The employer's name, spelled as they spell it.",
          required_for=ALL_KINDS, max_length=LINE_MAX, placeholder="Northwind Traders",
          required_hint="enter the employer's name"),
    Field("company_address", "text", "Company postal address",
          "Only for a printed letter: street, town and postcode (the company name is added above it).",
          max_length=LINE_MAX),
    Field("role", "string", "Role", "The job title you interviewed for.", required_for=ALL_KINDS,
          max_length=LINE_MAX, placeholder="Data Analyst"),
    CANDIDATE,
    Field("internal", "boolean", "You already work there",
          "Tick if you are an internal candidate: the letters then never treat the company, or anyone you "
          "met, as new to you.", default=False),
    Field("interview_date", "date", "Interview date", "The day of the interview: it sets the send-by and "
          "check-in dates.", required_for=_THANKS | _CHECK_IN, required_hint="enter the day of the interview"),
    Field("interview_time", "time", "Interview time", "Optional: when the interview ended, for the "
          "24-hour send-by reminder."),
    Field("stage", "choice", "Interview stage", "What kind of interview it was.", default="video", choices=(
        Choice("phone-screen", "Phone screen"),
        Choice("video", "Video interview"),
        Choice("on-site", "On-site interview"),
        Choice("panel", "Panel interview"),
        Choice("final", "Final round"),
    )),
    INTERVIEWER,
    Field("their_needs", "text", "What they need",
          "What you learned about the team's needs or challenges, in their words if you can.",
          kinds=_THANKS, max_length=PARAGRAPH_MAX),
    Field("your_strength", "text", "Your matching strength",
          "One concrete result or skill of yours that meets that need. One sentence, not your resume.",
          kinds=_THANKS | _CHECK_IN, max_length=PARAGRAPH_MAX),
    Field("forgot_to_mention", "text", "Something you forgot to mention",
          "Optional: a point you meant to make in the interview and did not.", kinds=_THANKS,
          max_length=PARAGRAPH_MAX),
    Field("decision_date", "date", "Decision date they gave",
          "Optional: when they said they would decide. The check-in date is two business days after it.",
          kinds=_THANKS | _CHECK_IN),
    Field("check_in_number", "integer", "Which check-in", "Your first or second check-in. After two, move on.",
          kinds=_CHECK_IN, default=1, minimum=1, maximum=3),
    Field("ask_for_feedback", "boolean", "Ask for feedback",
          "Politely ask what would have made you a stronger candidate.", kinds=_REJECTION, default=False),
    Field("sign_off", "string", "Sign-off", "The word before your name. Leave empty for one that fits the tone.",
          max_length=40, placeholder="Best regards"),
    TRACKING,
)

TOP_LEVEL_KEYS = ("schema_version",) + tuple(f.name for f in FIELDS)


def field_by_path(path: str) -> Field:
    """The field at a dotted path such as ``candidate.name`` or ``interviewers.topic``."""
    head, _, rest = path.partition(".")
    for f in FIELDS:
        if f.name == head:
            found = f
            break
    else:
        raise KeyError(path)
    while rest:
        head, _, rest = rest.partition(".")
        found = next((f for f in found.fields if f.name == head), None)  # type: ignore[assignment]
        if found is None:
            raise KeyError(path)
    return found


def _field_json_schema(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"title": f.label}
    if f.help:
        out["description"] = f.help
    out.update(TYPES[f.type].json_schema(f))
    if f.type == "object":
        out.update(_object_schema(f.fields))
    elif f.type == "list":
        out["type"] = "array"
        out["items"] = _object_schema(f.fields)
        if f.min_items:
            out["minItems"] = f.min_items
        if f.max_items is not None:
            out["maxItems"] = f.max_items
    if f.default is not None:
        out["default"] = f.default
    if f.kinds != ALL_KINDS:
        out["x-kinds"] = sorted(f.kinds)
    if f.languages:
        out["x-languages"] = sorted(f.languages)
    if f.required_for and f.required_for != ALL_KINDS:
        out["x-required-for"] = sorted(f.required_for)
    return out


def _object_schema(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {f.name: _field_json_schema(f) for f in fields},
        "required": [f.name for f in fields if f.required_for == ALL_KINDS
                     or f.type == "object" and any(sub.required_for == ALL_KINDS for sub in f.fields)],
        "additionalProperties": False,
    }


def _required_by_kind() -> list[dict[str, Any]]:
    """JSON Schema `if`/`then` per kind: the answers `compose` cannot do without for that kind."""
    rules: list[dict[str, Any]] = []
    for kind in KINDS:
        top = [f.name for f in FIELDS if f.required(kind) and f.required_for != ALL_KINDS]
        then: dict[str, Any] = {"required": top} if top else {}
        people = next(f for f in FIELDS if f.name == "interviewers")
        if people.required(kind):
            then.setdefault("properties", {})["interviewers"] = {"minItems": 1}
        if then:
            rules.append({"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]}, "then": then})
    return rules


def json_schema() -> dict[str, Any]:
    """The answers format as JSON Schema (draft 2020-12).

    What each letter kind requires is stated with `if`/`then` (`allOf`), matching what
    `followup compose` enforces; `x-required-for` on each field says the same for
    tools that read fields one by one.
    """
    schema = _object_schema(FIELDS)
    schema["properties"] = {
        "schema_version": {
            "title": "Answers format version",
            "description": f"Files are written as version {SCHEMA_VERSION}; older versions are upgraded on loading.",
            "type": "integer",
            "enum": list(READABLE_VERSIONS),
            "default": SCHEMA_VERSION,
        },
        **schema["properties"],
    }
    schema["required"] = ["schema_version", *schema["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Follow-up Kit answers",
        "description": "Answers that the Follow-up Kit composer turns into a follow-up letter.",
        **schema,
        "allOf": _required_by_kind(),
    }
