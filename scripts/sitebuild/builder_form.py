"""MkDocs hook: render the letter builder's form from the answers schema at build time.

The form is plain HTML in the page, so it is there and fillable before any script or
Python has loaded, and it cannot drift from what the composer accepts: every field, limit and
requirement comes from `followup.schema.FIELDS`, and its words from the page language's form
table (`followup.languages.<family>.form`; English's is the schema's own words). The page
template (`overrides/builder.html`) places `builder_form` (the form), `builder_schema` and
`applications_schema` (the JSON Schemas as text, which the page script uses to check loaded
answers and applications files), the download buttons (`export_formats`) and the page's words
(`t`, `sitebuild.strings`).

Each builder page has a language family (`BUILDER_PAGES`): the English builder and the German one
share everything but their words and the letter language chosen for a new application (the
family's first code). A field only some languages' letters use (`Field.languages`) carries
`data-languages`, and is hidden while the letter language is in another family.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from markupsafe import Markup

from followup import exports, languages, schema
from followup.compose import FIELD_OF
from followup.field_types import TYPES
from followup.schema import ALL_KINDS, FIELDS, Field
from sitebuild.page_schemas import render_applications_schema_json, render_schema_json
from sitebuild.strings import Words

BUILDER_PAGES = {"builder.md": "en", "de/builder.md": "de"}
"""Each builder page (its source under docs/) and the language family of its words."""
BUILDER_PAGE = "builder.md"

# Presentation only: which heading each top-level field sits under (the heading's words are the
# page strings' `form.section.<id>`). A field not named here still appears (under "more"), so adding
# a field to the schema is still all it takes.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("letter", ("kind", "tone", "channel")),
    ("job", ("company", "role", "company_address", "tracking")),
    ("you", ("candidate",)),
    ("interview", ("interview_date", "interview_time", "stage", "interviewers")),
    ("say", ("their_needs", "your_strength", "forgot_to_mention", "decision_date",
             "check_in_number", "ask_for_feedback", "sign_off")),
)
COLLAPSED = frozenset({"tracking"})
"""Groups shown closed (a <details>) until opened: facts for the person's records, not the letter,
so the letter's form stays short."""
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
"""The English builder's letter language for a new application (the schema's default)."""
INDEX_TOKEN = "__index__"
DEFAULT_KIND = next(f.default for f in FIELDS if f.name == "kind")


class _Page:
    """What one builder page's form is rendered with: its family's form table and page words, and
    the letter language a new application starts with."""

    def __init__(self, family: str = "en") -> None:
        self.family = family
        self.language = LANGUAGE_DEFAULT if family == languages.DEFAULT.family else next(
            lang.code for lang in languages.LANGUAGES if lang.family == family)
        self.table = languages.get(self.language).table("form")
        self.t = Words(family)

    def words(self, kind: str, path: str, default: str = "") -> str:
        """The form table's words of one kind (`LABELS`, `HELP`…) for a path, list indexes left out."""
        return getattr(self.table, kind).get(re.sub(rf"\.(?:\d+|{INDEX_TOKEN})(?=\.|$)", "", path), default)

    def choices(self, f: Field, path: str) -> dict[str, str]:
        own = self.table.CHOICES.get(re.sub(rf"\.(?:\d+|{INDEX_TOKEN})(?=\.|$)", "", path), {})
        return {c.value: own.get(c.value, c.label) for c in f.choices}

    def default(self, f: Field) -> Any:
        return self.language if f.name == "language" and not f.fields else f.default


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


def _kind_attrs(f: Field, page: _Page) -> dict[str, Any]:
    family = languages.get(page.language).family
    return {
        "data_kinds": " ".join(sorted(f.kinds)) if f.kinds != ALL_KINDS else None,
        "data_required_for": " ".join(sorted(f.required_for)) or None,
        "data_languages": " ".join(sorted(f.languages)) or None,
        "hidden": DEFAULT_KIND not in f.kinds or bool(f.languages) and family not in f.languages,
    }


def _required_marker(f: Field, page: _Page) -> str:
    """A visible "required" word, outside the label so the accessible name stays the label alone."""
    if not f.required_for:
        return ""
    hidden = " hidden" if not f.required(DEFAULT_KIND) else ""
    return f'<span class="fk-req" aria-hidden="true" data-fk-req{hidden}>{escape(page.t("form.required"))}</span>'


def _control(f: Field, path: str, page: _Page) -> str:
    fid = field_id(path)
    required = f.required(DEFAULT_KIND)
    common = dict(
        id=fid,
        name=path,
        data_path=path,
        data_type=TYPES[f.type].json_schema(f)["type"],  # the page reads values by their JSON Schema type
        aria_describedby=f"{fid}-hint" if page.words("HELP", path, f.help) else None,
        required=required,
        aria_required="true" if required else None,
    )
    spec = TYPES[f.type]
    if spec.control == "select":
        options = "".join(
            f'<option{_attrs(value=value, selected=value == page.default(f))}>{escape(label)}</option>'
            for value, label in page.choices(f, path).items()
        )
        return f"<select{_attrs(**common)}>{options}</select>"
    if spec.control == "textarea":
        prose = re.sub(rf"\.(?:\d+|{INDEX_TOKEN})\.", ".", path) in PROSE
        return (f'<textarea{_attrs(**common, rows=3, maxlength=f.max_length,
                                   placeholder=page.words("PLACEHOLDERS", path, f.placeholder) or None,
                                   autocomplete=AUTOCOMPLETE.get(path), spellcheck="true" if prose else None,
                                   lang=page.language if prose else None, data_prose=prose)}></textarea>')
    if spec.control == "checkbox":
        return f'<input{_attrs(type=spec.input_type, **common, checked=bool(f.default))}>'
    if f.type == "integer":
        return (f'<input{_attrs(type=spec.input_type, **common, inputmode="numeric", min=f.minimum, max=f.maximum,
                               step=1, value=f.default)}>')
    # A four-digit year at most: without `max`, Chrome's date field takes six (61124-02-02).
    return (f'<input{_attrs(type=spec.input_type, **common, max="9999-12-31" if f.type == "date" else None,
                           maxlength=f.max_length, placeholder=page.words("PLACEHOLDERS", path, f.placeholder) or None,
                           autocomplete=AUTOCOMPLETE.get(path, "off" if f.type == "string" else None),
                           spellcheck="false" if spec.check_text else None)}>')


def _simple_field(f: Field, path: str, page: _Page) -> str:
    fid = field_id(path)
    label = f'<label class="fk-label" for="{fid}">{escape(page.words("LABELS", path, f.label))}</label>'
    marker = _required_marker(f, page)
    help_ = page.words("HELP", path, f.help)
    hint = f'<p class="fk-hint" id="{fid}-hint">{escape(help_)}</p>' if help_ else ""
    error = f'<p class="fk-error" id="{fid}-error" data-fk-error hidden></p>'
    # The counter shows from 80% of the limit; the live region beside it speaks only when a
    # threshold is crossed or a paste is refused, never on every keystroke.
    counter = (f'<p class="fk-counter" id="{fid}-counter" data-fk-counter aria-hidden="true" hidden></p>'
               f'<p class="fk-visually-hidden" id="{fid}-said" data-fk-said aria-live="polite"></p>'
               if f.max_length and TYPES[f.type].counted else "")
    attrs = _attrs(class_=f"fk-field fk-field--{f.type}", data_field=path, **_kind_attrs(f, page))
    if f.type == "boolean":
        return (f'<div{attrs}><div class="fk-check">{_control(f, path, page)}{label}</div>'
                f"{hint}{error}</div>")
    return (f'<div{attrs}><div class="fk-field__head">{label}{marker}</div>{hint}{_control(f, path, page)}'
            f"{counter}{error}</div>")


def _object_field(f: Field, path: str, page: _Page, section: str = "") -> str:
    inner = "".join(_field(sub, f"{path}.{sub.name}", page) for sub in f.fields)
    label, help_ = page.words("LABELS", path, f.label), page.words("HELP", path, f.help)
    hint = f'<p class="fk-hint">{escape(help_)}</p>' if help_ else ""
    # Under a heading (or a summary) of the same words, the legend is for assistive technology only.
    legend_class = ' class="fk-visually-hidden"' if label == section or path in COLLAPSED else ""
    group = (f'<fieldset{_attrs(class_="fk-group fk-group--object", data_field=path, **_kind_attrs(f, page))}>'
             f"<legend{legend_class}>{escape(label)}</legend>{hint}{inner}</fieldset>")
    if path in COLLAPSED:
        return f'<details class="fk-details" data-fk-details="{escape(path)}"><summary>{escape(label)}</summary>{group}</details>'
    return group


def _list_row(f: Field, index: str, page: _Page) -> str:
    path = f"{f.name}.{index}"
    title = page.words("ITEM_LABELS", f.name) or page.words("LABELS", f.name, f.label)
    number = str(int(index) + 1) if index.isdigit() else index
    inner = "".join(_field(sub, f"{path}.{sub.name}", page) for sub in f.fields)
    # English lower-cases the item in running text ("Remove interviewer 2"); German nouns keep their capital.
    item = title.lower() if page.family == "en" else title
    return (f'<fieldset class="fk-row" data-fk-row>'
            f'<legend>{escape(title)} <span data-fk-row-number>{escape(number)}</span></legend>{inner}'
            f'<button type="button" class="md-button fk-button fk-button--small" data-fk-remove-row'
            f' aria-label="{escape(page.t("form.remove_row", item=item, number=number))}">'
            f'{escape(page.t("form.remove"))}</button></fieldset>')


def _list_field(f: Field, path: str, page: _Page) -> str:
    fid = field_id(path)
    help_ = page.words("HELP", path, f.help)
    hint = f'<p class="fk-hint" id="{fid}-hint">{escape(help_)}</p>' if help_ else ""
    add = page.t.page.get(f"form.add_row.{f.name}") or page.t("form.add_row")
    return (
        f'<fieldset{_attrs(class_="fk-group fk-group--list", id=fid, data_field=path, data_list=f.name,
                           data_max_items=f.max_items, tabindex=-1, aria_describedby=f"{fid}-hint" if help_ else None,
                           **_kind_attrs(f, page))}>'
        f'<legend>{escape(page.words("LABELS", path, f.label))}{_required_marker(f, page)}</legend>'
        f'{hint}<p class="fk-error" id="{fid}-error" data-fk-error hidden></p>'
        f'<div class="fk-rows" data-fk-rows>{_list_row(f, "0", page)}</div>'
        f'<template data-fk-row-template>{_list_row(f, INDEX_TOKEN, page)}</template>'
        f'<button type="button" class="md-button fk-button" data-fk-add-row>{escape(add)}</button>'
        f"</fieldset>"
    )


def _field(f: Field, path: str, page: _Page, section: str = "") -> str:
    if f.type == "object":
        return _object_field(f, path, page, section)
    if f.type == "list":
        return _list_field(f, path, page)
    return _simple_field(f, path, page)


def render_form(family: str = "en") -> str:
    """The builder's form as an HTML string, one control per schema field, in schema order, in the
    words of a language family (`en`, `de`)."""
    page = _Page(family)
    by_name = {f.name: f for f in FIELDS}
    sections = []
    for key, names in (*SECTIONS, ("more", tuple(n for n in by_name if not any(n in s for _, s in SECTIONS)))):
        fields = [by_name[n] for n in by_name if n in names]
        if not fields:
            continue
        title = page.t(f"form.section.{key}")
        body = "".join(_field(f, f.name, page, title) for f in fields)
        sections.append(f'<section class="fk-section"><h3 class="fk-section__title">{escape(title)}</h3>'
                        f"{body}</section>")
    return (
        f'<form class="fk-form" id="fk-form" data-fk-form novalidate aria-labelledby="fk-form-title"'
        f' data-schema-version="{schema.SCHEMA_VERSION}" data-default-kind="{escape(DEFAULT_KIND)}">'
        f'<h2 class="fk-pane-title" id="fk-form-title">{escape(page.t("form.title"))}</h2>'
        f'<p class="fk-note">{escape(page.t("form.note"))}</p>'
        f'{"".join(sections)}</form>'
    )


def render_formats_json() -> str:
    """The download formats (`followup.exports.page_formats`) as compact JSON text, for the page script."""
    return json.dumps(exports.page_formats(), ensure_ascii=True, separators=(",", ":"))


def render_outcome_options(family: str = "en") -> str:
    """The Outcome control's options, from the applications record's one declaration of them, in the
    words of a language family's form table (`record.outcome`)."""
    from followup.applications.model import OUTCOME
    labels = _Page(family).choices(OUTCOME, "record.outcome")
    return "\n".join(f'<option value="{escape(value)}"{" selected" if value == OUTCOME.default else ""}>'
                     f"{escape(label)}</option>" for value, label in labels.items())


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Give each builder page its form, its schema, its download formats and its words; other pages are left alone."""
    family = BUILDER_PAGES.get(page.file.src_uri)
    if family is not None:
        context["builder_form"] = Markup(render_form(family))
        context["t"] = Words(family)
        context["builder_language"] = _Page(family).language
        context["builder_schema"] = render_schema_json(family)
        context["applications_schema"] = render_applications_schema_json(family)
        context["export_formats"] = exports.page_formats()
        context["export_formats_json"] = render_formats_json()
        context["message_limit"] = schema.MESSAGE_LIMIT
        context["outcome_options"] = Markup(render_outcome_options(family))
    return context
