"""The builder's words for each answer, in German (the form table: see `followup.languages.en.form`).

Keys are exactly English's, which come from the schema; tests/followup/test_languages.py lists any
this table lacks. The words address the user as "Sie"; the examples are German names and firms
("Anna Müller", "Muster GmbH"). One table serves de-DE, de-AT and de-CH: the builder's page is in
standard German with "ß" (a Swiss letter's own "ss" is the letters table's business, not the form's).
The language chooser lists each language in its own name, as every chooser does.
"""

from __future__ import annotations

from followup.languages import LANGUAGES
from followup.schema import MESSAGE_LIMITS

_KINDS = {
    "thank-you": "Dankesnachricht",
    "check-in": "Nachfrage, wenn Sie nichts gehört haben",
    "after-rejection": "Antwort auf eine Absage",
}

LABELS: dict[str, str] = {
    "kind": "Art der Nachricht",
    "tone": "Ton",
    "channel": "Versandweg",
    "message_to": "Kurznachricht gesendet als",
    "language": "Sprache des Briefs",
    "company": "Unternehmen",
    "company_address": "Postanschrift des Unternehmens",
    "role": "Stelle",
    "candidate": "Sie",
    "candidate.name": "Ihr Name",
    "candidate.email": "Ihre E-Mail-Adresse",
    "candidate.phone": "Ihre Telefonnummer",
    "candidate.profile_url": "Profil- oder Portfolio-Link",
    "candidate.address": "Ihre Postanschrift",
    "internal": "Sie arbeiten schon dort",
    "interview_date": "Datum des Gesprächs",
    "interview_time": "Uhrzeit des Gesprächs",
    "stage": "Art des Gesprächs",
    "interviewers": "Gesprächspartner",
    "interviewers.name": "Name",
    "interviewers.address_as": "Name in der Anrede",
    "interviewers.title": "Funktion",
    "interviewers.email": "E-Mail-Adresse",
    "interviewers.topic": "Worüber Sie gesprochen haben",
    "interviewers.form_of_address": "Anrede",
    "interviewers.met_before": "Sie kannten sich schon",
    "their_needs": "Was das Team braucht",
    "your_strength": "Ihre passende Stärke",
    "forgot_to_mention": "Was Sie noch sagen wollten",
    "decision_date": "Genannter Entscheidungstermin",
    "check_in_number": "Welche Nachfrage",
    "ask_for_feedback": "Um Rückmeldung bitten",
    "sign_off": "Grußformel",
    "tracking": "Für Ihre Unterlagen",
    "tracking.date_applied": "Beworben am",
    "tracking.method": "Beworben über",
    "tracking.posting": "Fundort der Stellenanzeige",
    "tracking.location": "Arbeitsort",
    "tracking.contact_name": "Ansprechperson",
    "tracking.contact_details": "E-Mail oder Telefon der Ansprechperson",
    "record.sent": "Gesendete Nachrichten",
    "record.sent.kind": "Art der Nachricht",
    "record.sent.to": "Gesendet an",
    "record.sent.number": "Welche Nachfrage",
    "record.sent.date": "Gesendet am",
    "record.outcome": "Ergebnis",
    "record.outcome_date": "Ergebnis vom",
}

HELP: dict[str, str] = {
    "kind": "Welche Nachricht nach dem Gespräch Sie schreiben.",
    "tone": "Förmlich passt fast immer; herzlich, wenn das Gespräch persönlich war; knapp für eine kurze Nachricht.",
    "channel": "Wie Sie die Nachricht verschicken.",
    "message_to": "Nur für eine Kurznachricht: Wohin sie geht, bestimmt, wie lang sie sein darf.",
    "language": "Die Sprache und ihre Gepflogenheiten: Rechtschreibung, Datum, Titel, Anrede und Grußformel.",
    "company": "Der Name des Arbeitgebers, so geschrieben, wie er selbst ihn schreibt.",
    "company_address": "Nur für einen ausgedruckten Brief: Straße, Postleitzahl und Ort (der Firmenname steht "
                       "darüber).",
    "role": "Die Stelle, um die es im Gespräch ging.",
    "candidate": "Wer schreibt: Das steht in der Signatur und bei einem ausgedruckten Brief im Absenderfeld.",
    "candidate.name": "So, wie Sie unterschreiben.",
    "candidate.email": "Steht unter Ihrer Signatur.",
    "candidate.phone": "Optional; steht unter Ihrer Signatur.",
    "candidate.profile_url": "Optional: ein LinkedIn- oder XING-Profil oder ein Portfolio.",
    "candidate.address": "Nur für einen ausgedruckten Brief: das Absenderfeld.",
    "internal": "Ankreuzen, wenn Sie sich intern beworben haben: Die Briefe behandeln das Unternehmen und alle, "
                "die Sie getroffen haben, dann nie als neu für Sie.",
    "interview_date": "Der Tag des Vorstellungsgesprächs: Danach richten sich die Termine zum Absenden und "
                      "Nachfragen.",
    "interview_time": "Optional: wann das Gespräch endete, für die Erinnerung, binnen 24 Stunden zu schreiben.",
    "stage": "Welche Art von Gespräch es war.",
    "interviewers": "Alle, die das Gespräch mit Ihnen geführt haben. Jede Person bekommt eine eigene "
                    "Dankesnachricht zu dem, worüber Sie mit ihr gesprochen haben. Eine Nachfrage oder eine "
                    "Antwort auf eine Absage geht an die erste Person.",
    "interviewers.name": "Genau so geschrieben, wie die Person ihn schreibt, mit einem Titel wie „Dr.“, wenn sie "
                         "einen führt.",
    "interviewers.address_as": "Optional: wie der Brief die Person nennt, zum Beispiel „Dr. Weber“ oder "
                               "„Prof. Dr. Schmidt“. Leer: Der angezeigte Vorschlag gilt.",
    "interviewers.title": "Die Position der Person, zum Beispiel Teamleiterin Controlling.",
    "interviewers.email": "Optional: füllt das An-Feld der E-Mail.",
    "interviewers.topic": "Ein bestimmtes Thema aus dem Gespräch mit dieser Person: ein Projekt, ein Problem, "
                          "eine Frage, die sie gestellt hat.",
    "interviewers.form_of_address": "Wie ein deutscher Brief die Person anspricht: Frau oder Herr. Nicht "
                                    "angegeben: Der Brief grüßt mit dem vollen Namen („Guten Tag Anna Müller“) "
                                    "und rät nie.",
    "interviewers.met_before": "Ankreuzen, wenn Sie die Person schon vor diesem Gespräch kannten oder mit ihr "
                               "gearbeitet haben: Der Brief an sie sagt dann nie „schön, Sie kennenzulernen“.",
    "their_needs": "Was Sie über den Bedarf oder die Herausforderungen des Teams erfahren haben, wenn möglich "
                   "mit deren Worten.",
    "your_strength": "Ein konkretes Ergebnis oder eine Fähigkeit von Ihnen, die genau dazu passt. Ein Satz, "
                     "nicht Ihr Lebenslauf.",
    "forgot_to_mention": "Optional: ein Punkt, den Sie im Gespräch ansprechen wollten und nicht angesprochen "
                         "haben.",
    "decision_date": "Optional: bis wann man sich entscheiden wollte. Nachfragen können Sie zwei Werktage "
                     "danach.",
    "check_in_number": "Ihre erste oder zweite Nachfrage. Nach der zweiten ist es Zeit, sich anderen "
                       "Bewerbungen zu widmen.",
    "ask_for_feedback": "Höflich fragen, was Ihre Bewerbung stärker gemacht hätte.",
    "sign_off": "Die Worte vor Ihrem Namen. Leer lassen für eine, die zum Ton passt.",
    "tracking": "Optionale Angaben für Ihren Bewerbungsnachweis (etwa für die Agentur für Arbeit) oder Ihre "
                "eigene Übersicht. Kein Brief verwendet sie.",
    "tracking.date_applied": "Der Tag, an dem Sie die Bewerbung abgeschickt haben.",
    "tracking.method": "Online-Formular, E-Mail, persönlich, über eine Personalvermittlung oder eine Empfehlung.",
    "tracking.posting": "Ein Link oder wo Sie die Anzeige gesehen haben; bleibt Text, der Briefassistent öffnet "
                        "ihn nie.",
    "tracking.location": "Wo die Stelle ist: ein Ort oder „remote“.",
    "tracking.contact_name": "Jemand, mit dem Sie Kontakt hatten, der aber nicht am Gespräch teilnahm: aus der "
                             "Personalabteilung, einer Personalvermittlung oder wer Sie empfohlen hat.",
    "record.sent": "Als gesendet markierte Nachrichten, die älteste zuerst.",
    "record.sent.to": "Der Name der Person wie eingegeben; leer, wenn die Nachricht niemanden nennt.",
    "record.sent.number": "Die Nummer einer Nachfrage.",
    "record.outcome": "Wo das Verfahren steht.",
    "record.outcome_date": "Wann das Ergebnis eingetragen wurde: Die Antwort auf eine Absage ist ab dann fällig.",
}

PLACEHOLDERS: dict[str, str] = {
    "company": "Muster GmbH",
    "role": "Sachbearbeiterin Buchhaltung",
    "candidate.name": "Anna Müller",
    "candidate.email": "anna.mueller@example.com",
    "interviewers.name": "Thomas Weber",
    "sign_off": "Mit freundlichen Grüßen",
}

REQUIRED_HINTS: dict[str, str] = {
    "company": "Geben Sie den Namen des Arbeitgebers ein",
    "candidate.name": "Geben Sie Ihren Namen so ein, wie Sie unterschreiben",
    "interview_date": "Geben Sie den Tag des Gesprächs ein",
    "interviewers.name": "Geben Sie den Namen genau so ein, wie die Person ihn schreibt",
    "record.sent.date": "Geben Sie den Tag ein, an dem sie gesendet wurde",
}

ITEM_LABELS: dict[str, str] = {
    "interviewers": "Person",
    "record.sent": "Gesendete Nachricht",
}

CHOICES: dict[str, dict[str, str]] = {
    "kind": _KINDS,
    "tone": {"formal": "Förmlich", "warm": "Herzlich", "brief": "Knapp"},
    "channel": {"email": "E-Mail", "letter": "Ausgedruckter Brief", "message": "Kurznachricht (LinkedIn oder SMS)"},
    "message_to": {
        "linkedin-note": f"LinkedIn-Kontaktanfrage mit Notiz, kostenloses Konto ({MESSAGE_LIMITS['linkedin-note']} "
                         "Zeichen)",
        "linkedin-note-premium": "LinkedIn-Kontaktanfrage mit Notiz, Premium "
                                 f"({MESSAGE_LIMITS['linkedin-note-premium']} Zeichen)",
        "linkedin-message": "LinkedIn-Nachricht an einen Kontakt",
        "text": "SMS",
    },
    "language": {lang.code: lang.name for lang in LANGUAGES},
    "stage": {
        "phone-screen": "Telefoninterview",
        "video": "Videogespräch",
        "on-site": "Gespräch vor Ort",
        "panel": "Gespräch mit mehreren Personen",
        "final": "Letzte Runde",
    },
    "interviewers.form_of_address": {"": "Nicht angegeben", "ms": "Frau", "mr": "Herr"},
    "tracking.method": {
        "": "Nicht erfasst",
        "online": "Online-Formular",
        "email": "E-Mail",
        "in-person": "Persönlich",
        "agency": "Über eine Personalvermittlung",
        "referral": "Empfehlung",
    },
    "record.sent.kind": _KINDS,
    "record.outcome": {
        "waiting": "Warte auf Antwort",
        "offer": "Zusage",
        "rejected": "Absage",
        "withdrawn": "Zurückgezogen",
        "no-reply": "Keine Antwort",
    },
}
