"""A German letter's text, Markdown and HTML: German labels and titles, the page's language, and a
printed letter in DIN 5008's order (sender, address field, date, subject in bold without a label)."""

from __future__ import annotations

from dataclasses import replace

from german import email, letter, panel

from followup.formats import to_html, to_html_document, to_markdown, to_text


def test_a_german_email_says_betreff_where_english_says_subject():
    assert to_text(email()).startswith("Betreff: Vielen Dank für das Gespräch am 25. November\n\nSehr geehrte")
    assert to_markdown(email()).startswith("**Betreff:** Vielen Dank")
    assert '<strong>Betreff:</strong> Vielen Dank' in to_html(email())


def test_a_german_printed_letter_reads_in_din_5008s_order_with_an_unlabelled_subject():
    text = to_text(letter())
    blocks = text.split("\n\n")
    assert blocks[0].startswith("Jana Schneider\nLindenstraße 12")
    assert blocks[1] == "Nordwind Handel GmbH\nFrau Dr. Anna Müller\nHafenstraße 5\n20457 Hamburg"
    assert blocks[2:5] == ["Berlin, 26. November 2026", "Vielen Dank für das Gespräch am 25. November",
                           "Sehr geehrte Frau Dr. Müller,"]
    assert "Betreff" not in text and text.endswith("Mit freundlichen Grüßen\nJana Schneider")
    assert "\n\n**Vielen Dank für das Gespräch am 25. November**\n\n" in to_markdown(letter())
    assert to_text(replace(letter(), subject=None)).split("\n\n")[3] == "Sehr geehrte Frau Dr. Müller,"


def test_a_german_printed_letters_html_has_the_address_field_and_its_language():
    out = to_html(letter("de-AT"))
    assert out.startswith('<article class="letter" data-kind="thank-you" data-tone="formal" data-channel="letter" '
                          'data-layout="din5008-b" lang="de-AT">')
    assert ('<div class="letter-field"><p class="letter-return">Jana Schneider · Lindenstraße 12 · 10969 Berlin</p>'
            '<address class="letter-recipient">Nordwind Handel GmbH<br>\nFrau Dr. Anna Müller') in out
    order = [out.index(c) for c in ('"letter-sender"', '"letter-field"', '"letter-date"', '"letter-subject"',
                                    '"letter-salutation"')]
    assert order == sorted(order)
    assert '<p class="letter-subject"><strong>Vielen Dank für das Gespräch am 25. November</strong></p>' in out
    assert "data-layout" not in to_html(email()) and 'lang="de-DE"' in to_html(email())


def test_the_html_page_of_german_letters_is_in_german():
    page = to_html_document(panel("de-CH"))
    assert '<html lang="de-CH">' in page
    assert "<title>Briefe an Dr. Anna Müller, Prof. Dr. Max Weber, Kim Berger</title>" in page
    single = to_html_document([replace(letter(), subject=None)])
    assert "<title>Brief an Dr. Anna Müller</title>" in single and '<html lang="de-DE">' in single


def test_a_german_printed_letters_html_keeps_the_letterhead_short_and_the_signature_apart():
    out = to_html(letter())
    assert ('<address class="letter-sender">Jana Schneider<br>\nLindenstraße 12 · 10969 Berlin · '
            'jana.schneider@example.de · +49 170 1234567</address>') in out
    assert out.endswith('<p class="letter-signoff">Mit freundlichen Grüßen</p>\n'
                        '<p class="letter-signature">Jana Schneider</p>\n</article>')
