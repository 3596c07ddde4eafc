"""MkDocs hook: render the letter builder's form from the answers schema at build time.

The form is plain HTML in the page, so it is there and fillable before any script or
Python has loaded, and it cannot drift from what the composer accepts: every label, hint,
limit and requirement comes from `followup.schema.FIELDS`. The page template
(`overrides/builder.html`) places `builder_form` (the form), `builder_schema` and
`applications_schema` (the JSON Schemas as text, which the page script uses to check loaded
answers and applications files) and the download buttons (`export_formats`).
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from markupsafe import Markup

from followup import exports, schema
from followup.compose import FIELD_OF
from followup.field_types import TYPES
from followup.schema import ALL_KINDS, FIELDS, Field

BUILDER_PAGE = "builder.md"

# Presentation only: which heading each top-level field sits under. A field not named here
# still appears (under "More"), so adding a field to the schema is still all it takes.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The letter", ("kind", "tone", "channel")),
    ("The job", ("company", "role", "company_address", "tracking")),
    ("You", ("candidate",)),
    ("The interview", ("interview_date", "interview_time", "stage", "interviewers")),
    ("What to say", ("their_needs", "your_strength", "forgot_to_mention", "decision_date",
                     "check_in_number", "ask_for_feedback", "sign_off")),
)
COLLAPSED = frozenset({"tracking"})
"""Groups shown closed (a <details>) until opened: facts for the person's records, not the letter,
so the letter's form stays short."""
ADD_ROW_LABELS = {"interviewers": "Add interviewer"}
ROW_TITLES = {"interviewers": "Interviewer"}
AUTOCOMPLETE = {
    "candidate.name": "name",
    "candidate.email": "email",
    "candidate.phone": "tel",
    "candidate.profile_url": "url",
    "candidate.address": "street-address",
}
PROSE = frozenset({"interviewers.topic", *(path for slot, path in FIELD_OF.items() if slot != "topic")})
"""The free-text answers the letter quotes: the browser checks their spelling, in the letter's English."""
LANGUAGE_DEFAULT = next(f.default for f in FIELDS if f.name == "language")
"""The `lang` of the prose fields as built; builder.js keeps it in step with the letter language chosen."""
INDEX_TOKEN = "__index__"
DEFAULT_KIND = next(f.default for f in FIELDS if f.name == "kind")


def field_id(path: str) -> str:
    """The element id of the input at a dotted answers path ("interviewers.0.name" -> "f-interviewers-0-name").

    protocol.js (`fieldId`) is the same rule on the page, which puts the composer's error messages next
    to their fields; tests/site/test_protocol.py checks that the two agree.
    """
    return "f-" + path.replace(".", "-")


def _attrs(**values: Any) -> str:
    out = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{escape(str(value))}"')
    return "".join(out)


def _kind_attrs(f: Field) -> dict[str, Any]:
    return {
        "data_kinds": " ".join(sorted(f.kinds)) if f.kinds != ALL_KINDS else None,
        "data_required_for": " ".join(sorted(f.required_for)) or None,
        "hidden": DEFAULT_KIND not in f.kinds,
    }


def _required_marker(f: Field) -> str:
    """A visible "required" word, outside the label so the accessible name stays the label alone."""
    if not f.required_for:
        return ""
    return f'<span class="fk-req" aria-hidden="true" data-fk-req{" hidden" if not f.required(DEFAULT_KIND) else ""}>required</span>'


def _control(f: Field, path: str) -> str:
    fid = field_id(path)
    required = f.required(DEFAULT_KIND)
    common = dict(
        id=fid,
        name=path,
        data_path=path,
        data_type=TYPES[f.type].json_schema(f)["type"],  # the page reads values by their JSON Schema type
        aria_describedby=f"{fid}-hint" if f.help else None,
        required=required,
        aria_required="true" if required else None,
    )
    spec = TYPES[f.type]
    if spec.control == "select":
        options = "".join(
            f'<option{_attrs(value=c.value, selected=c.value == f.default)}>{escape(c.label)}</option>'
            for c in f.choices
        )
        return f"<select{_attrs(**common)}>{options}</select>"
    if spec.control == "textarea":
        prose = re.sub(rf"\.(?:\d+|{INDEX_TOKEN})\.", ".", path) in PROSE
        return (f'<textarea{_attrs(**common, rows=3, maxlength=f.max_length, placeholder=f.placeholder or None,
                                   autocomplete=AUTOCOMPLETE.get(path), spellcheck="true" if prose else None,
                                   lang=LANGUAGE_DEFAULT if prose else None, data_prose=prose)}></textarea>')
    if spec.control == "checkbox":
        return f'<input{_attrs(type=spec.input_type, **common, checked=bool(f.default))}>'
    if f.type == "integer":
        return (f'<input{_attrs(type=spec.input_type, **common, inputmode="numeric", min=f.minimum, max=f.maximum,
                               step=1, value=f.default)}>')
    # A four-digit year at most: without `max`, Chrome's date field takes six (61124-02-02).
    return (f'<input{_attrs(type=spec.input_type, **common, max="9999-12-31" if f.type == "date" else None,
                           maxlength=f.max_length, placeholder=f.placeholder or None,
                           autocomplete=AUTOCOMPLETE.get(path, "off" if f.type == "string" else None),
                           spellcheck="false" if spec.check_text else None)}>')


def _simple_field(f: Field, path: str) -> str:
    fid = field_id(path)
    label = f'<label class="fk-label" for="{fid}">{escape(f.label)}</label>'
    marker = _required_marker(f)
    hint = f'<p class="fk-hint" id="{fid}-hint">{escape(f.help)}</p>' if f.help else ""
    error = f'<p class="fk-error" id="{fid}-error" data-fk-error hidden></p>'
    # The counter shows from 80% of the limit; the live region beside it speaks only when a
    # threshold is crossed or a paste is refused, never on every keystroke.
    counter = (f'<p class="fk-counter" id="{fid}-counter" data-fk-counter aria-hidden="true" hidden></p>'
               f'<p class="fk-visually-hidden" id="{fid}-said" data-fk-said aria-live="polite"></p>'
               if f.max_length and TYPES[f.type].counted else "")
    attrs = _attrs(class_=f"fk-field fk-field--{f.type}", data_field=path, **_kind_attrs(f))
    if f.type == "boolean":
        return (f'<div{attrs}><div class="fk-check">{_control(f, path)}{label}</div>'
                f"{hint}{error}</div>")
    return (f'<div{attrs}><div class="fk-field__head">{label}{marker}</div>{hint}{_control(f, path)}'
            f"{counter}{error}</div>")


def _object_field(f: Field, path: str, section: str = "") -> str:
    inner = "".join(_field(sub, f"{path}.{sub.name}") for sub in f.fields)
    hint = f'<p class="fk-hint">{escape(f.help)}</p>' if f.help else ""
    # Under a heading (or a summary) of the same words, the legend is for assistive technology only.
    legend_class = ' class="fk-visually-hidden"' if f.label == section or path in COLLAPSED else ""
    group = (f'<fieldset{_attrs(class_="fk-group fk-group--object", data_field=path, **_kind_attrs(f))}>'
             f"<legend{legend_class}>{escape(f.label)}</legend>{hint}{inner}</fieldset>")
    if path in COLLAPSED:
        return f'<details class="fk-details" data-fk-details="{escape(path)}"><summary>{escape(f.label)}</summary>{group}</details>'
    return group


def _list_row(f: Field, index: str) -> str:
    path = f"{f.name}.{index}"
    title = ROW_TITLES.get(f.name, f.label)
    number = str(int(index) + 1) if index.isdigit() else index
    inner = "".join(_field(sub, f"{path}.{sub.name}") for sub in f.fields)
    return (f'<fieldset class="fk-row" data-fk-row>'
            f'<legend>{escape(title)} <span data-fk-row-number>{escape(number)}</span></legend>{inner}'
            f'<button type="button" class="md-button fk-button fk-button--small" data-fk-remove-row'
            f' aria-label="Remove {escape(title.lower())} {escape(number)}">Remove</button></fieldset>')


def _list_field(f: Field, path: str) -> str:
    fid = field_id(path)
    hint = f'<p class="fk-hint" id="{fid}-hint">{escape(f.help)}</p>' if f.help else ""
    add = ADD_ROW_LABELS.get(f.name, "Add another")
    return (
        f'<fieldset{_attrs(class_="fk-group fk-group--list", id=fid, data_field=path, data_list=f.name,
                           data_max_items=f.max_items, tabindex=-1, aria_describedby=f"{fid}-hint" if f.help else None,
                           **_kind_attrs(f))}>'
        f'<legend>{escape(f.label)}{_required_marker(f)}</legend>'
        f'{hint}<p class="fk-error" id="{fid}-error" data-fk-error hidden></p>'
        f'<div class="fk-rows" data-fk-rows>{_list_row(f, "0")}</div>'
        f'<template data-fk-row-template>{_list_row(f, INDEX_TOKEN)}</template>'
        f'<button type="button" class="md-button fk-button" data-fk-add-row>{escape(add)}</button>'
        f"</fieldset>"
    )


def _field(f: Field, path: str, section: str = "") -> str:
    if f.type == "object":
        return _object_field(f, path, section)
    if f.type == "list":
        return _list_field(f, path)
    return _simple_field(f, path)


def render_form() -> str:
    """The builder's form as an HTML string, one control per schema field, in schema order."""
    by_name = {f.name: f for f in FIELDS}
    sections = []
    for title, names in (*SECTIONS, ("More", tuple(n for n in by_name if not any(n in s for _, s in SECTIONS)))):
        fields = [by_name[n] for n in by_name if n in names]
        if not fields:
            continue
        body = "".join(_field(f, f.name, title) for f in fields)
        sections.append(f'<section class="fk-section"><h3 class="fk-section__title">{escape(title)}</h3>'
                        f"{body}</section>")
    return (
        f'<form class="fk-form" id="fk-form" data-fk-form novalidate aria-labelledby="fk-form-title"'
        f' data-schema-version="{schema.SCHEMA_VERSION}" data-default-kind="{escape(DEFAULT_KIND)}">'
        f'<h2 class="fk-pane-title" id="fk-form-title">Your answers</h2>'
        f'<p class="fk-note">Everything stays in this browser: answers are saved on this device only.</p>'
        f'{"".join(sections)}</form>'
    )


def render_schema_json() -> str:
    """The JSON Schema as compact JSON text (the template HTML-escapes it into an attribute)."""
    return json.dumps(schema.json_schema(), ensure_ascii=True, separators=(",", ":"))


def render_applications_schema_json() -> str:
    """The applications file's JSON Schema without `$defs.answers` (the page has that as `builder_schema`)."""
    from followup.applications.schema import json_schema as applications_schema

    whole = applications_schema()
    whole["$defs"] = {key: value for key, value in whole["$defs"].items() if key != "answers"}
    return json.dumps(whole, ensure_ascii=True, separators=(",", ":"))


def render_formats_json() -> str:
    """The download formats (`followup.exports.page_formats`) as compact JSON text, for the page script."""
    return json.dumps(exports.page_formats(), ensure_ascii=True, separators=(",", ":"))


def render_outcome_options() -> str:
    """The Outcome control's options, from the applications record's one declaration of them."""
    from followup.applications.model import OUTCOME
    return "\n".join(f'<option value="{escape(c.value)}"{" selected" if c.value == OUTCOME.default else ""}>'
                     f"{escape(c.label)}</option>" for c in OUTCOME.choices)


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Give the builder page its form, its schema and its download formats; other pages are left alone."""
    if page.file.src_uri == BUILDER_PAGE:
        context["builder_form"] = Markup(render_form())
        context["builder_schema"] = render_schema_json()
        context["applications_schema"] = render_applications_schema_json()
        context["export_formats"] = exports.page_formats()
        context["export_formats_json"] = render_formats_json()
        context["message_limit"] = schema.MESSAGE_LIMIT
        context["outcome_options"] = Markup(render_outcome_options())
    return context
