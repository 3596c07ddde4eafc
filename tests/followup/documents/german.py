"""German printed letters built by hand (the composer's German letters come from the letters
work), shared by the DIN 5008 tests: one letter or a panel's two, in each German region, with the
address field made by the language's own `documents` table as the composer makes it."""

from __future__ import annotations

from dataclasses import replace

from followup.languages import get
from followup.letter import Letter

CODES = ("de-DE", "de-AT", "de-CH")
SENDER = ("Jana Schneider", "Lindenstraße 12", "10969 Berlin", "jana.schneider@example.de", "+49 170 1234567")
BODY = (
    "vielen Dank für das freundliche Gespräch am Mittwoch über die Stelle als Datenanalystin bei Nordwind "
    "Handel. Ihr Vorhaben, das monatliche Vertriebsreporting von Tabellen auf dbt umzustellen, beschäftigt "
    "mich seitdem.",
    "Ich habe mitgenommen, dass Ihr Team jemanden sucht, der die wöchentlichen Vertriebszahlen so verlässlich "
    "macht, dass die Regionalleitungen keine eigenen Tabellen mehr führen. Dabei könnte ich helfen: Bei "
    "Fabrikam habe ich unser Reporting in dbt neu aufgebaut und den Monatsabschluss von fünf auf zwei Tage "
    "verkürzt.",
    "Was ich im Gespräch nicht erwähnt habe: Ich habe bereits acht Kolleginnen und Kollegen in SQL geschult. "
    "Das könnte beim geplanten Self-Service-Reporting helfen, das Sie im nächsten Jahr einführen möchten.",
    "Über eine Rückmeldung bis zum 4. Dezember freue ich mich sehr.",
)
PEOPLE = (("Dr. Anna Müller", "ms", "Sehr geehrte Frau Dr. Müller,"),
          ("Prof. Dr. Max Weber", "mr", "Sehr geehrter Herr Prof. Weber,"),
          ("Kim Berger", "", "Guten Tag Kim Berger,"))


def letter(code: str = "de-DE", person: int = 0) -> Letter:
    """A formal German thank-you as a printed letter, to one of `PEOPLE`."""
    name, form, salutation = PEOPLE[person]
    table = get(code).table("documents")
    closing = "Mit freundlichen Grüßen" if code != "de-CH" else "Mit freundlichen Grüssen"
    return Letter(
        kind="thank-you", tone="formal", channel="letter", recipient_name=name, recipient_email="",
        subject="Vielen Dank für das Gespräch am 25. November", date_line="Berlin, 26. November 2026",
        sender_block=SENDER,
        recipient_block=table.recipient_block(form, name, "Leitung Datenanalyse", "Nordwind Handel GmbH",
                                              ("Hafenstraße 5", "20457 Hamburg")),
        salutation=salutation, paragraphs=BODY, closing=closing, signature=("Jana Schneider",), language=code)


def panel(code: str = "de-DE") -> tuple[Letter, ...]:
    """A panel's notes: one letter to each of `PEOPLE`, each from a new page."""
    return tuple(letter(code, i) for i in range(len(PEOPLE)))


def email(code: str = "de-DE") -> Letter:
    """The same words as an email: no head, no frames, the block arrangement."""
    return replace(letter(code), channel="email", date_line=None, sender_block=(), recipient_block=())
