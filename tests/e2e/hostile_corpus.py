"""A deterministic corpus of hostile strings for the builder's injection tests.

Kept as code rather than a data file so that control characters, lone surrogates and
100 kB strings stay exact (no editor or git filter can change them) and the corpus is
readable. `corpus()` returns the same list, in the same order, on every call.

Categories (each string is tagged with one): HTML, script, SVG and event-handler payloads,
javascript: and data: URLs, template syntax (Jinja `{{ }}` `{% %}` `{# #}`, Python format
and %-formatting, other template languages), bidirectional controls, zero-width and other
invisible characters, emoji and combining marks, control characters (which the composer
refuses), very long strings (100 kB, which the limits refuse), and mixtures of these.
"""

from __future__ import annotations

from dataclasses import dataclass

CANARY = "window.__pwned=1"


@dataclass(frozen=True)
class Hostile:
    category: str
    text: str


_MARKUP = [
    "<b>bold</b>",
    "<i>x</i><u>y</u>",
    "<h1>Heading</h1>",
    "</p><p>new paragraph",
    "</article><div>escaped the letter</div>",
    "<!-- comment -->visible",
    "<![CDATA[x]]>",
    "<textarea>x</textarea>",
    "<style>body{display:none}</style>",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<meta http-equiv=refresh content='0;url=https://evil.example'>",
    "<base href=https://evil.example/>",
    "<form action=https://evil.example><button>Go</button></form>",
    "<iframe src=https://evil.example></iframe>",
    "<object data=https://evil.example/x.swf></object>",
    "<embed src=https://evil.example/x>",
    "<a href=https://evil.example>click</a>",
    "&lt;b&gt;already escaped&lt;/b&gt;",
    "&amp;&quot;&#39;&#x3C;",
    "Tom & Jerry's \"quoted\" <angle>",
    "a < b > c",
    "<<script>>",
    "<plaintext>",
    "<noscript><p title=\"</noscript><img src=x onerror=" + CANARY + ">\">",
]

_SCRIPT = [
    "<script>" + CANARY + "</script>",
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<script src=data:text/javascript," + CANARY + "></script>",
    "\"><script>" + CANARY + "</script>",
    "'><script>" + CANARY + "</script>",
    "</script><script>" + CANARY + "</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>document.write('<b>x</b>')</script>",
    "<script type=module>" + CANARY + "</script>",
    "<template><script>" + CANARY + "</script></template>",
]

_HANDLERS = [
    "<img src=x onerror=" + CANARY + ">",
    "<img src=x onerror=alert(1)>",
    "<img src=\"x\" onerror=\"" + CANARY + "\">",
    "<body onload=" + CANARY + ">",
    "<input autofocus onfocus=" + CANARY + ">",
    "<details open ontoggle=" + CANARY + ">",
    "<video><source onerror=" + CANARY + "></video>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=" + CANARY + ">x</marquee>",
    "<div onmouseover=" + CANARY + ">hover</div>",
    "\" onmouseover=\"" + CANARY,
    "' onfocus='" + CANARY + "' autofocus='",
    "\" autofocus onfocus=alert(1) x=\"",
    "<select autofocus onfocus=" + CANARY + ">",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<img/src=x/onerror=" + CANARY + ">",
    "<style onload=" + CANARY + "></style>",
    "<iframe srcdoc=\"<script>parent." + CANARY + "</script>\">",
]

_SVG = [
    "<svg onload=" + CANARY + ">",
    "<svg/onload=alert(1)>",
    "<svg><script>" + CANARY + "</script></svg>",
    "<svg><animate onbegin=" + CANARY + " attributeName=x dur=1s>",
    "<svg><a xlink:href=\"javascript:" + CANARY + "\"><text x=20 y=20>click</text></a></svg>",
    "<svg><foreignObject><img src=x onerror=" + CANARY + "></foreignObject></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=" + CANARY + ">",
    "<svg><style>@import 'https://evil.example/x.css';</style></svg>",
]

_URLS = [
    "javascript:" + CANARY,
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "java\u00adscript:alert(1)",
    "javascript&#58;alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>" + CANARY + "</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "https://evil.example/?q=<script>alert(1)</script>",
    "//evil.example",
    "mailto:x@example.com?body=<script>",
    "http://127.0.0.1:1/",
    "https://example.com/\"><img src=x onerror=" + CANARY + ">",
]

_TEMPLATES = [
    "{{ 7*7 }}",
    "{{7*7}}",
    "{{ 7*'7' }}",
    "{{ config }}",
    "{{ self }}",
    "{{ request }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].system('id') }}",
    "{% for x in range(3) %}X{% endfor %}",
    "{% raw %}{{ 7*7 }}{% endraw %}",
    "{% if true %}yes{% endif %}",
    "{% set x = 49 %}{{ x }}",
    "{% include '/etc/passwd' %}",
    "{% extends 'letter.j2' %}",
    "{# hidden comment #}visible",
    "{{ name }}",
    "{{ answers.company }}",
    "{{ interviewer.name | upper }}",
    "{{",
    "}}",
    "{%",
    "{# unterminated",
    "{{ 7*7 }} and {{ 6*7 }}",
    "${7*7}",
    "#{7*7}",
    "<%= 7*7 %>",
    "[[7*7]]",
    "@(7*7)",
    "*{7*7}",
    "{0}",
    "{0.__class__}",
    "{0.__class__.__init__.__globals__}",
    "{!r}",
    "{name}",
    "{}",
    "{{}}",
    "{:>99999}",
    "%s",
    "%s%s%s%s%s",
    "%(company)s",
    "%d %x %n %p",
    "%%",
    "\\n\\t\\\\ backslashes",
    "`backticks` and ${template}",
    "__import__('os').system('id')",
    "'; DROP TABLE letters; --",
    "\" OR \"1\"=\"1",
]

_BIDI = [
    "\u202eevil.exe\u202c",
    "Acme \u202eCorp\u202c",
    "\u202dleft-to-right override\u202c",
    "\u202aembed\u202c \u202bembed rtl\u202c",
    "\u2066isolate\u2069 \u2067rtl\u2069 \u2068first strong\u2069",
    "\u200fright-to-left mark\u200e left mark",
    "\u061calef mark",
    "שלום Hello مرحبا",
    "abc\u202e\u2066{{ 7*7 }}\u2069\u202c",
]

_INVISIBLE = [
    "zero\u200bwidth\u200bspace",
    "zero\u200cwidth\u200dnon\u200cjoiner",
    "\ufeffbyte order mark",
    "word\u2060joiner",
    "soft\u00adhyphen",
    "\u2028line separator\u2029paragraph separator",
    "no\u00a0break\u202fspace",
    "ideographic\u3000space",
    "\u180emongolian vowel separator",
    "invisible\u2062times\u2063separator\u2064plus",
    "tag\U000e0041\U000e0042 characters",
    "variation\ufe0fselector",
    "\u115fhangul filler\u3164",
    "Acme\u200b<\u200bscript\u200b>",
    "  leading and trailing spaces  ",
    "multiple     internal     spaces",
]

_EMOJI = [
    "🙂 Thank you! 🎉",
    "👩🏽‍💻 engineer",
    "👨‍👩‍👧‍👦 family",
    "🏳️‍🌈 flag",
    "🇬🇧🇺🇸 flags",
    "Zalgo: Z̷̢̛a̸̛̛l̵̨g̶̛o̷̢",
    "e\u0301 vs \u00e9 (combining acute)",
    "a" + "\u0300" * 50,
    "ñ ü ø å ß ĳ ﬁ",
    "𝕳𝖊𝖑𝖑𝖔 𝓜𝓪𝓽𝓱",
    "日本語のテキスト",
    "한국어 텍스트",
    "Ελληνικά Кириллица",
    "ǅemal Ǉubljana",
    "İstanbul ıi",
    "\U0001f4a9" * 20,
    "한\u1100\u1161 conjoining jamo",
    "ℌ𝔢𝔩𝔩𝔬 ℵ₀ ∞ ≠ ≤ √",
    "🙂",
]

# Refused by the composer (answers._BAD_CHAR_TEXT / _BAD_CHAR_LINE): never shown, always explained.
_CONTROL = [
    "nul\x00byte",
    "bell\x07ring",
    "backspace\x08x",
    "escape \x1b[31mred\x1b[0m",
    "delete\x7fchar",
    "c1\x85next line",
    "c1\x9bcsi",
    "form\x0cfeed",
    "vertical\x0btab",
    "lone \ud800 surrogate",
    "lone \udfff low surrogate",
    "unit\x1fseparator",
]

_MULTILINE = [
    "line one\nline two\n<script>" + CANARY + "</script>",
    "windows\r\nline\r\nendings",
    "old mac\rline",
    "tab\tseparated\tvalues",
    "\n\n\nblank lines above",
]


def _long() -> list[Hostile]:
    """100 kB strings: far over every limit (refused), each a different kind of filler."""
    unit = 100_000
    return [
        Hostile("long", "A" * unit),
        Hostile("long", ("<script>" + CANARY + "</script>" * 1)[:40] * (unit // 40)),
        Hostile("long", "{{ 7*7 }}" * (unit // 9)),
        Hostile("long", "🙂" * (unit // 2)),
        Hostile("long", ("word " * (unit // 5))),
        Hostile("long", "\u202e" + "x" * unit),
    ]


def _mixtures(bases: list[Hostile]) -> list[Hostile]:
    """Payloads inside ordinary text, as they would arrive in a real answer."""
    out = []
    for i, b in enumerate(bases):
        if i % 3 == 0:
            out.append(Hostile("mixed", f"Acme {b.text} Ltd"))
    return out


def corpus() -> list[Hostile]:
    """Every hostile string, in a fixed order."""
    groups = {
        "markup": _MARKUP,
        "script": _SCRIPT,
        "handler": _HANDLERS,
        "svg": _SVG,
        "url": _URLS,
        "template": _TEMPLATES,
        "bidi": _BIDI,
        "invisible": _INVISIBLE,
        "emoji": _EMOJI,
        "control": _CONTROL,
        "multiline": _MULTILINE,
    }
    bases = [Hostile(category, text) for category, texts in groups.items() for text in texts]
    return bases + _mixtures([b for b in bases if b.category != "control"]) + _long()
