"""The builder form hook: the form written at build time matches the answers schema, field for field."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from followup import schema
from followup.schema import FIELDS, Field
from sitebuild import builder_form as hook


class _Form(HTMLParser):
    """Collects controls by id, label text by `for`, and whether each sits inside the row <template>."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: dict[str, dict[str, str | None]] = {}
        self.labels: dict[str, str] = {}
        self.options: dict[str, list[str]] = {}
        self._label_for: str | None = None
        self._label_text: list[str] = []
        self._select: str | None = None
        self._template_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "template":
            self._template_depth += 1
        if self._template_depth:
            return
        if tag in ("input", "select", "textarea") and a.get("id"):
            self.controls[a["id"] or ""] = {**a, "tag": tag}
            if tag == "select":
                self._select = a["id"]
                self.options[a["id"] or ""] = []
        if tag == "option" and self._select:
            self.options[self._select].append(a.get("value") or "")
        if tag == "label":
            self._label_for = a.get("for")
            self._label_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self._template_depth -= 1
        if self._template_depth:
            return
        if tag == "label" and self._label_for:
            self.labels[self._label_for] = "".join(self._label_text).strip()
            self._label_for = None
        if tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._label_for and not self._template_depth:
            self._label_text.append(data)


@pytest.fixture(scope="module")
def form() -> _Form:
    parser = _Form()
    parser.feed(hook.render_form())
    return parser


def _leaf_fields() -> list[tuple[str, Field]]:
    """Every input field with its path, list fields taken at their first row."""
    out = []
    for f in FIELDS:
        if f.type == "object":
            out += [(f"{f.name}.{sub.name}", sub) for sub in f.fields]
        elif f.type == "list":
            out += [(f"{f.name}.0.{sub.name}", sub) for sub in f.fields]
        else:
            out.append((f.name, f))
    return out


def json_schema_of(path: str) -> dict:
    """The JSON Schema the page carries for one dotted answers path (list items by their fields)."""
    node = schema.json_schema()
    for key in path.split("."):
        if not key.isdigit():
            node = node.get("items", node)["properties"][key]
    return node


@pytest.mark.parametrize(("path", "field"), _leaf_fields(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_schema_field_has_a_labelled_control(form: _Form, path: str, field: Field) -> None:
    control_id = hook.field_id(path)
    control = form.controls[control_id]
    assert form.labels[control_id] == field.label
    assert control["data-path"] == path
    assert control["data-type"] == json_schema_of(path)["type"]
    if field.max_length is not None:
        assert control["maxlength"] == str(field.max_length)
    assert ("required" in control) == field.required(hook.DEFAULT_KIND)
    if field.type == "choice":
        assert form.options[control_id] == list(field.choice_values())


def test_the_form_has_no_control_the_schema_does_not_know(form: _Form) -> None:
    assert set(form.controls) == {hook.field_id(path) for path, _ in _leaf_fields()}


def test_fields_for_some_kinds_only_say_which(form: _Form) -> None:
    html = hook.render_form()
    assert 'data-field="interviewers.0.topic" data-kinds="thank-you"' in html
    assert 'data-field="ask_for_feedback" data-kinds="after-rejection" hidden' in html


def test_the_row_template_numbers_rows_by_a_token_the_page_replaces() -> None:
    html = hook.render_form()
    template = html[html.index("<template data-fk-row-template>") : html.index("</template>")]
    assert 'id="f-interviewers-__index__-name"' in template
    assert 'data-path="interviewers.__index__.name"' in template


def test_user_visible_text_from_the_schema_is_escaped() -> None:
    risky = Field("x", "string", 'Say "hi" <b>', help="a & b")
    html = hook._simple_field(risky, "x", hook._Page())
    assert "&quot;hi&quot; &lt;b&gt;" in html and "a &amp; b" in html and "<b>" not in html


def test_schema_json_is_the_schema() -> None:
    assert json.loads(hook.render_schema_json()) == schema.json_schema()


def test_only_the_builder_page_gets_the_form() -> None:
    class Page:
        def __init__(self, src_uri: str) -> None:
            self.file = type("File", (), {"src_uri": src_uri})()

    assert "builder_form" in hook.on_page_context({}, Page("builder.md"), None, None)
    assert "builder_form" not in hook.on_page_context({}, Page("index.md"), None, None)


def test_the_facts_for_the_records_are_one_closed_group_after_the_job_and_before_you() -> None:
    html = hook.render_form()
    start = html.index('<details class="fk-details" data-fk-details="tracking">')
    group = html[start : html.index("</details>", start)]
    assert html.index('data-field="company_address"') < start < html.index('data-field="candidate"')
    assert " open" not in group[: group.index(">")]
    assert "<summary>For your records</summary>" in group
    assert '<legend class="fk-visually-hidden">For your records</legend>' in group
    assert all(f'data-path="tracking.{sub.name}"' in group for sub in schema.TRACKING.fields)
    # "Not recorded" first and chosen: an optional choice is never answered by default.
    assert '<option value="" selected>Not recorded</option>' in group


def test_free_text_answers_are_spell_checked_in_the_letters_english(form: _Form) -> None:
    prose = {hook.field_id(p) for p in ("interviewers.0.topic", "their_needs", "your_strength", "forgot_to_mention")}
    style = next(f for f in FIELDS if f.name == "language")
    for control_id, control in form.controls.items():
        if control_id in prose:
            assert (control.get("spellcheck"), control.get("lang")) == ("true", style.default), control_id
            assert "data-prose" in control
        else:  # names, emails, addresses: no red underlines on what is spelled right
            assert control.get("spellcheck") in (None, "false") and "lang" not in control, control_id
    row = hook.render_form().split("<template", 1)[1]
    assert 'data-path="interviewers.__index__.topic"' in row and 'spellcheck="true"' in row


def test_the_outcome_control_offers_the_records_outcomes_in_order_with_the_default_chosen() -> None:
    from followup.applications.model import OUTCOME, OUTCOMES

    options = re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', hook.render_outcome_options())
    assert tuple(value for value, _, _ in options) == OUTCOMES
    assert [label for _, _, label in options] == [c.label for c in OUTCOME.choices]
    assert [value for value, chosen, _ in options if chosen] == [OUTCOME.default]
