"""What `check`, `plan` and validation say in German (de-DE, de-AT, de-CH): the same table as the English one.

The contract is in `followup.languages.en.messages`: `MESSAGES` (the same keys and placeholders
as English's), `REGIONAL`, `ANCHORS`, `ADVICE`, `rule(name)`, `localise(text, code)`,
`time_of_day(t, code)`.

Wording: the reader is addressed with "Sie" and told what to do in the imperative ("Prüfen Sie
…"); the builder's words match the German guide page (`docs/de/nachfassen.md`): a check-in is a
"Nachfrage", a day the composer counts is an "Arbeitstag" (Monday to Friday; a "Werktag"
traditionally includes Saturday). Quotes are German („…“). A sentence after a colon begins with
a capital, a phrase with a small letter (Duden).

Links: a finding links into the German page where it has the advice (`de/nachfassen/#…`), else
into the English guide (a résumé pasted as a strength, an email's subject line, an offer).

Edge cases: Switzerland writes "ss" for "ß" (`localise`, applied to these words only, never to
what the person typed); Austria's "Jänner" comes with the dates from the `letters` table. The
rules are said with the composer's own constants (`followup.timing`, `followup.compose`), numbers
up to twelve in words, so a finding cannot state a waiting time the arithmetic does not apply.
"""

from __future__ import annotations

from datetime import time

MESSAGES: dict[str, str] = {
    # Fragments the messages below are assembled with.
    "and": " und ",
    "interviewer": "Person {n}",
    "when": "{weekday}, {date}",
    "time": "{hours:02d}:{minutes:02d} Uhr",
    "ago.today": "heute",
    "ago.yesterday": "gestern",
    "ago.days": "vor {days} Tagen",
    # A pasted résumé: the reasons, listed in `resume-paste`.
    "resume.words": "{words} Wörter",
    "resume.bullets": "Aufzählungszeichen",
    "resume.lines": "{lines} Zeilen",
    "resume.phrase": "die Wendung „{phrase}“",
    "resume.dates": "Zeiträume wie „2019–2023“",
    "resume.duration": "eine Dauer nach einem Strich wie „– 5 Jahre“",
    "resume.list": "eine lange Aufzählung",
    "resume-paste": "Ihre Stärke liest sich wie aus dem Lebenslauf kopiert ({reasons}). Wählen Sie das eine "
                    "Ergebnis, das am besten zu dem passt, was das Team braucht, und sagen Sie es in einem Satz, zum "
                    "Beispiel: „Ich habe unser Vertriebsreporting neu aufgebaut und den Monatsabschluss von fünf auf "
                    "zwei Tage verkürzt.“",
    # The detail.
    "missing-detail.nobody": "Tragen Sie ein, wer das Gespräch mit Ihnen geführt hat, und eine Sache, über die Sie "
                             "gesprochen haben: Ein konkretes Detail zeigt, dass Sie zugehört haben, und macht aus "
                             "einer Floskel eine persönliche Nachricht.",
    "missing-detail.empty": "Nennen Sie eine konkrete Sache, über die Sie mit {who} gesprochen haben: ein Projekt, "
                            "ein Problem oder eine Frage aus dem Gespräch. Ohne sie könnte die Nachricht an jeden "
                            "gehen.",
    "missing-detail.general": "„{topic}“ ist zu allgemein, um zu zeigen, dass Sie zugehört haben. Nennen Sie etwas, "
                              "worüber nur Sie und {who} gesprochen haben, zum Beispiel ein Projekt, das Ihnen "
                              "beschrieben wurde, oder eine Frage, die Ihnen gestellt wurde.",
    "has-detail.each": "Jede Nachricht nennt etwas Konkretes aus Ihrem Gespräch: Genau das bleibt von einem Dank "
                       "in Erinnerung.",
    "has-detail.one": "Die Nachricht nennt etwas Konkretes aus Ihrem Gespräch: Genau das bleibt von einem Dank in "
                      "Erinnerung.",
    # Names.
    "no-name.nobody": "Ohne Namen beginnt das Schreiben mit einer allgemeinen Anrede wie „Sehr geehrte Damen und "
                      "Herren“. Wenn Sie wissen, wen Sie getroffen haben oder wer Ihnen geschrieben hat, tragen Sie "
                      "den Namen ein: Ein Schreiben an eine Person wird von dieser Person gelesen.",
    "no-name.role": "„{name}“ ist eine Funktion, kein Name. Wenn Sie den Namen der Person herausfinden können (aus "
                    "der Einladung, von der Website des Unternehmens, auf LinkedIn oder XING), tragen Sie ihn ein.",
    "no-name.capitals": "Prüfen Sie, wie „{name}“ den eigenen Namen schreibt, auch die Groß- und Kleinschreibung: "
                        "Im Schreiben steht er als „{written}“, doch ein sorgfältig geschriebener Name ist das "
                        "Erste, was auffällt.",
    "own-name.capitals": "Das Schreiben ist mit „{written}“ unterschrieben, in gewohnter Groß- und Kleinschreibung, "
                         "nicht wie eingegeben („{typed}“). Schreiben Sie Ihren Namen anders, geben Sie ihn hier genau so "
                         "ein, wie Sie unterschreiben.",
    "company-name.written": "Der Firmenname ist in Großbuchstaben getippt, und das wirkt wie Schreien: Im Schreiben "
                            "steht „{written}“. Schreiben Sie ihn so, wie das Unternehmen selbst es tut (auf seiner "
                            "Website oder in der Stellenanzeige).",
    "company-name.lower": "Der Firmenname ist klein geschrieben, und das Schreiben übernimmt ihn so: „{typed}“. "
                          "Schreiben Sie ihn so, wie das Unternehmen selbst es tut (auf seiner Website oder in der "
                          "Stellenanzeige); schreibt es sich wirklich klein, lassen Sie ihn so.",
    "company-name.upper": "Der Firmenname ist in Großbuchstaben getippt, und das Schreiben übernimmt ihn so: "
                          "„{typed}“. Schreiben Sie ihn so, wie das Unternehmen selbst es tut (auf seiner Website oder "
                          "in der Stellenanzeige); schreibt es sich wirklich so, lassen Sie ihn so.",
    "title.upper": "Im Schreiben steht „{written}“ statt „{typed}“: Eine Bezeichnung in Großbuchstaben wirkt wie "
                   "Schreien. Steht sie in der Stellenanzeige anders, übernehmen Sie die Schreibweise der Anzeige.",
    "title.lower": "Im Schreiben steht „{written}“ statt „{typed}“: Substantive schreibt man groß. Steht die "
                   "Bezeichnung in der Stellenanzeige anders, übernehmen Sie die Schreibweise der Anzeige.",
    "address-as": "Das Schreiben spricht die Person mit „{given}“ an, dem vollen Namen, weil es nicht erkennen kann, "
                  "welcher Teil davon der Rufname ist. Wenn Sie es wissen (etwa aus der Signatur ihrer E-Mails), "
                  "füllen Sie „{field}“ aus.",
    "address-as.form": "Das Schreiben nennt {name} ohne „Frau“ oder „Herr“ und grüßt mit dem vollen Namen, weil es "
                       "nie ein Geschlecht errät. Wenn Sie wissen, wie die Person angesprochen wird (etwa aus der "
                       "Einladung oder ihrer Signatur), wählen Sie es unter „{field}“.",
    # Answers the letter could not use, and how to rephrase each.
    "rephrase": "Das Schreiben lässt „{label}“ weg: {why}, und es ließ sich nicht so in einen Satz einfügen, dass er "
                "gut klingt. {advice}",
    "rephrase.topic": "Schreiben Sie es als kurzen Ausdruck, zum Beispiel „Ihr Plan, das Reporting auf dbt "
                      "umzustellen“, oder als Satz über das Gespräch, zum Beispiel „Sie haben gefragt, wie ich mit "
                      "verspäteten Daten umgehen würde.“",
    "rephrase.their_needs": "Schreiben Sie, was das Team braucht, zum Beispiel „jemanden, der die Wochenzahlen "
                            "verlässlich macht“, oder einen ganzen Satz, zum Beispiel „Den Wochenzahlen vertraut "
                            "niemand.“",
    "rephrase.your_strength": "Schreiben Sie einen Satz über sich, zum Beispiel „Ich habe unser Vertriebsreporting "
                              "neu aufgebaut und den Monatsabschluss von fünf auf zwei Tage verkürzt.“",
    "rephrase.forgot_to_mention": "Schreiben Sie es als einen Satz, zum Beispiel „Ich habe außerdem acht Kolleginnen "
                                  "und Kollegen in SQL geschult.“",
    "message-shortened.detail": "Damit die Nachricht an {name} in {limit} Zeichen passt, lässt sie weg, worüber Sie "
                                "gesprochen haben, und gerade das macht sie lesenswert. Kürzen Sie es auf wenige "
                                "Wörter, oder schreiben Sie stattdessen eine E-Mail.",
    # What was typed.
    "placeholder": "„{found}“ sieht nach einem Platzhalter aus. Ersetzen Sie ihn vor dem Senden durch den richtigen "
                   "Text: Ein übersehener Platzhalter verrät, dass das Schreiben eine Vorlage war.",
    "emoji": "Lassen Sie {found} weg: Emojis wirken nach einem Vorstellungsgespräch zu salopp, auch wenn das Gespräch "
             "locker war.",
    "emoji.chat": "„{found}“ ist Chat-Sprache, und das Schreiben übernimmt Ihre Worte so, wie Sie sie getippt haben: "
                  "Schreiben Sie es aus, wie in einer E-Mail an jemanden, den Sie nicht kennen.",
    "lower-nouns": "Diese Antwort ist durchgehend klein geschrieben, und das Schreiben übernimmt sie so: „{used}“. "
                   "Schreiben Sie Substantive und die Anrede („Ihr“, „Sie“) groß, dann stehen sie im Schreiben "
                   "richtig.",
    "capitals": "Diese Antwort ist in Großbuchstaben getippt, und das wirkt wie Schreien: Das Schreiben setzt sie in "
                "gewöhnliche Schreibung, als „{used}“. Tippen Sie sie neu, mit Großbuchstaben nur dort, wo sie "
                "hingehören (Nomen, Namen, Abkürzungen), damit das Schreiben sie übernehmen kann.",
    "link": "Ein Schreiben kann „{link}“ nicht in einem Satz sagen, deshalb lässt es den Link weg. Sagen Sie in "
            "wenigen Worten, worum es geht (zum Beispiel „das Dashboard, das ich für die Nachtschicht gebaut habe“); "
            "den Link können Sie getrennt schicken, wenn danach gefragt wurde.",
    "link.tags": "Hashtags ({tags}) gehören nicht in ein Schreiben, deshalb lässt es sie weg. Wenn sie das Thema "
                 "benennen, sagen Sie es stattdessen in Worten.",
    "shortened-answer.points": "eine Liste mit {points} Punkten",
    "shortened-answer.characters": "{characters} Zeichen lang",
    "shortened-answer": "Diese Antwort ist {what}, mehr, als ein Satz in einem Schreiben tragen kann; deshalb "
                        "verwendet das Schreiben ihren ersten Teil: „{used}“. Wenn ein anderer Teil wichtiger ist, "
                        "kürzen Sie die Antwort auf diesen einen Punkt.",
    "typo": "„{word}“ sieht nach einem Tippfehler für „{meant}“ aus: Das Schreiben übernimmt es so, wie Sie es "
            "getippt haben. Korrigieren Sie es, wenn Sie das andere Wort gemeint haben.",
    # The letters.
    "panel-similar.topic": "{first} und {second} haben dasselbe Thema. Nennen Sie bei jeder Person ein anderes "
                           "Detail: etwas, das Sie gerade mit {second} besprochen haben, damit jede Nachricht "
                           "erkennbar nur dieser Person gilt.",
    "panel-similar.sentences": "Die Nachrichten an {first} und {second} haben mehr als die Hälfte ihrer Sätze "
                               "gemeinsam. Nennen Sie jeder Person ein anderes Detail aus Ihrem Gespräch mit ihr.",
    "to": " an {name}",
    "message-too-long": "Die Nachricht{to} hat {length} Zeichen; diese Art Nachricht fasst {limit}. Kürzen Sie das "
                        "Detail, oder schreiben Sie stattdessen eine E-Mail.",
    "length.long": "Das Schreiben{to} hat {words} Wörter; bleiben Sie unter {high}, bei einem Dank am besten bei 100 "
                   "bis 200. Behalten Sie ein Detail und eine Stärke und streichen Sie den Rest: Eine kurze Nachricht "
                   "wird bis zum Ende gelesen.",
    "length.short": "Das Schreiben{to} hat nur {words} Wörter. Ergänzen Sie ein konkretes Detail aus dem Gespräch "
                    "oder einen Satz dazu, was Sie mitbringen würden, damit es mehr sagt als Danke.",
    "thin-note": "Die Nachricht{to} hat nur {words} Wörter: Neben den anderen wirkt sie vielleicht wie dasselbe "
                 "Schreiben mit einem neuen Namen. Ergänzen Sie mehr von dem, was Sie gerade mit dieser Person "
                 "besprochen haben.",
    "subject": "Die Betreffzeile kürzt die Stellenbezeichnung, um unter {limit} Zeichen zu bleiben: „{subject}“. Eine "
               "kürzere Stellenbezeichnung liest sich dort besser.",
    "letter-address": "Für einen Brief auf Papier fehlt die Anschrift des Unternehmens: Ergänzen Sie Straße, "
                      "Postleitzahl und Ort, damit der Brief verschickt werden kann und das Anschriftfeld "
                      "vollständig ist.",
    "sign-off.letter": "„{sign_off}“ ist für einen Brief auf Papier zu salopp. Lassen Sie „{field}“ leer, dann wählt "
                       "das Schreiben eine passende Grußformel, oder schreiben Sie „Mit freundlichen Grüßen“.",
    "sign-off.formal": "„{sign_off}“ ist für ein förmliches Schreiben zu salopp. Lassen Sie „{field}“ leer, dann "
                       "wählt das Schreiben eine passende Grußformel, oder schreiben Sie „Mit freundlichen Grüßen“.",
    "shortened.role": "die Stellenbezeichnung",
    "shortened.company": "den Namen des Unternehmens",
    "shortened.topic": "das Ende dessen, worüber Sie gesprochen haben",
    "shortened.fix-topic": "Kürzen Sie, worüber Sie gesprochen haben, um Platz zu schaffen",
    "shortened.fix-names": "Wählen Sie eine kürzere Stellen- oder Firmenbezeichnung",
    "message-shortened": "Damit die Nachricht{to} in {limit} Zeichen passt, lässt sie {what} weg. {fix}, oder "
                         "schreiben Sie stattdessen eine E-Mail.",
    "check-in-thread.first": "Schicken Sie diese Nachfrage als Antwort in Ihrem letzten E-Mail-Verlauf mit der Person (Ihre "
                             "Dankesmail oder die E-Mail, mit der das Gespräch vereinbart wurde), damit der ganze "
                             "Austausch zu sehen ist: Der Betreff hier ist nur für den Fall gedacht, dass es keine "
                             "frühere E-Mail gibt, auf die Sie antworten können.",
    "check-in-thread.second": "Schicken Sie diese Nachfrage als Antwort auf Ihre erste, damit beide im selben Verlauf "
                              "stehen: „{subject}“ ist der Betreff, den diese Antwort dann trägt.",
    # Dates and timing.
    "date-check.future": "Das Gesprächsdatum ({when}) liegt in der Zukunft. Prüfen Sie es: Das Schreiben und seine "
                         "Termine werden vom Tag des Gesprächs aus berechnet.",
    "date-check.old": "Das Gesprächsdatum ({date}) liegt mehr als ein Jahr zurück. Prüfen Sie die Jahreszahl.",
    "date-check.order": "Der genannte Entscheidungstermin ({decision}) liegt vor dem Gespräch ({interview}). Prüfen "
                        "Sie ihn: Das Schreiben erwähnt ihn.",
    "date-check.passed": "Der genannte Entscheidungstermin ({date}) ist vorbei, deshalb erwähnt die Nachricht ihn "
                         "nicht. Wenn Sie seitdem nichts gehört haben, senden Sie stattdessen eine Nachfrage: "
                         "Stellen Sie „{kind}“ auf „{check_in}“. Wenn eine Entscheidung gefallen ist, antworten Sie "
                         "darauf.",
    "late.check-in": "Das Gespräch war {ago}. {late_thank_you} Stellen Sie „{kind}“ auf „{check_in}“.",
    "late.monday": "und der Termin am Montagmorgen ist vorbei",
    "late.hours": "und die üblichen {hours} sind vorbei",
    "late": "Das Gespräch war {ago}, {past}. Senden Sie die Nachricht trotzdem: Ein kurzer, aufrichtiger Dank ein "
            "paar Tage später ist besser als keiner. Fassen Sie sich kurz, und entschuldigen Sie sich nicht lange.",
    "on-time.weekend": "die {hours} enden am Wochenende, und am Montagmorgen wird eine Nachricht gelesen",
    "on-time.within": "{within} nach dem Gespräch",
    "on-time.monday": " Wenn Sie sie am Montag senden, schreiben Sie sie auch erst am Montag, damit sie von dann aus "
                      "sagt, wann Sie sich getroffen haben.",
    "on-time": "Sie sind gut in der Zeit: Senden Sie die Nachricht bis {when}, {time} ({why}).{then}",
    "early-check-in.decision": "Warten Sie bis {when}, {after} ({decision})",
    "early-check-in.no-decision": "Warten Sie bis {when}, {without}, mindestens aber bis {earliest}, {days} nach dem "
                                  "Gespräch",
    "early-check-in.second": "Warten Sie bis {when}, eine Woche nach Ihrer ersten Nachfrage",
    "early-check-in": "Für eine Nachfrage ist es noch zu früh. {wait}: Wer früher schreibt, wirkt leicht ungeduldig.",
    "reply-in-thread": "Schicken Sie diese Nachricht als Antwort auf die E-Mail des Unternehmens und behalten Sie deren Betreff "
                       "bei: Der Betreff hier ist nur für den Fall gedacht, dass es keine E-Mail gibt, auf die Sie "
                       "antworten können.",
    "rejection-feedback": "Die Bitte um eine Rückmeldung ist ein guter Schritt: Formulieren Sie sie zurückhaltend, "
                          "und bedanken Sie sich unabhängig davon, ob eine Antwort kommt.",
    # Validation: what a value is, and what is wrong with it (the field's label first).
    "value.null": "null",
    "value.bool": "true/false",
    "value.number": "eine Zahl",
    "value.text": "Text",
    "value.list": "eine Liste",
    "value.object": "ein Objekt",
    "value.any": "beliebig",
    "value.that": "dieser Wert",
    "invalid.unknown": "{prefix}Unbekanntes Feld {key}: Entfernen Sie es, oder prüfen Sie die Schreibweise{hint}.",
    "invalid.unknown.hint": " (meinten Sie „{close}“?)",
    "invalid.required": "{label} ist{qualifier} erforderlich: {what}.",
    "invalid.required.thank-you": " für ein Dankschreiben",
    "invalid.required.check-in": " für eine Nachfrage",
    "invalid.required.after-rejection": " für eine Antwort auf eine Absage",
    "invalid.choose": "Wählen Sie eines davon: {values}",
    "invalid.enter-date": "Geben Sie das Datum ein",
    "invalid.enter": "Geben Sie {what} ein",
    "invalid.fill-in": "Füllen Sie das Feld aus",
    "invalid.object": "{prefix}{label} ({name}) muss ein Objekt mit den Feldern {names} sein, nicht {what}.",
    "invalid.list": "{label} muss eine Liste sein, nicht {what}: Schreiben Sie sie in eckige Klammern [ ].",
    "invalid.needs-one.thank-you": "{label}: Für ein Dankschreiben brauchen Sie mindestens einen Eintrag „{item}“: "
                                   "Fügen Sie einen mit Namen hinzu.",
    "invalid.needs-one.check-in": "{label}: Für eine Nachfrage brauchen Sie mindestens einen Eintrag „{item}“: "
                                  "Fügen Sie einen mit Namen hinzu.",
    "invalid.needs-one.after-rejection": "{label}: Für eine Antwort auf eine Absage brauchen Sie mindestens einen "
                                         "Eintrag „{item}“: Fügen Sie einen mit Namen hinzu.",
    "invalid.min-items": "{label}: Fügen Sie mindestens {min} hinzu (bisher {count}).",
    "invalid.max-items": "{label}: Höchstens {max} sind möglich, Sie haben {count}: Entfernen Sie {extra}.",
    "invalid.item": "{prefix}muss ein Objekt mit den Feldern {names} sein, nicht {what}.",
    "invalid.text": "{label} muss Text sein, nicht {what}: Schreiben Sie ihn in doppelte Anführungszeichen.",
    "invalid.too-long": "{label} ist zu lang: {length} Zeichen, erlaubt sind {limit}. Kürzen Sie den Text auf "
                        "höchstens {limit} Zeichen.",
    "invalid.one-line": "{label} muss in eine Zeile passen: Entfernen Sie den Zeilenumbruch oder den Tabulator.",
    "invalid.surrogate": "{label} enthält ein beschädigtes Zeichen: Tippen Sie den Text an dieser Stelle neu.",
    "invalid.control": "{label} enthält ein unsichtbares Steuerzeichen ({char}): Löschen Sie es; es stammt meist "
                       "aus Text, der aus einem anderen Programm kopiert wurde.",
    "invalid.email": "{label} sieht nicht wie eine E-Mail-Adresse aus ({value}): Prüfen Sie sie (zum Beispiel "
                     "name@example.com), oder lassen Sie das Feld leer.",
    "invalid.url": "{label} muss ein vollständiger Link sein, der mit https:// oder http:// beginnt ({value}): "
                   "Fügen Sie die ganze Adresse ein, oder lassen Sie das Feld leer.",
    "invalid.url-spaces": "{label} darf keine Leerzeichen enthalten ({value}): Fügen Sie den Link noch einmal ein.",
    "invalid.tel": "{label} sieht nicht wie eine Telefonnummer aus ({value}): Geben Sie sie mit Ziffern ein (zum "
                   "Beispiel +49 30 1234567), oder lassen Sie das Feld leer.",
    "invalid.date": "{label} muss ein Datum wie {example} sein (Jahr-Monat-Tag)",
    "invalid.time": "{label} muss eine Uhrzeit wie 14:30 sein (Stunden:Minuten)",
    "invalid.not": "{expected}, nicht {what}.",
    "invalid.not-a-day": "{expected}: {value} ist kein Tag im Kalender.",
    "invalid.choice": "{label} muss eines davon sein: {values} (nicht {shown}).",
    "invalid.integer": "{label} muss eine ganze Zahl sein, nicht {what}.",
    "invalid.between": "{label} muss zwischen {low} und {high} liegen, nicht {shown}.",
    "invalid.boolean": "{label} muss true oder false sein, nicht {what}.",
    # `followup check`: one line per finding.
    "check.line": "{level}: {message} (siehe {anchor})",
    "check.problem": "Problem",
    "check.suggestion": "Vorschlag",
    "check.good": "Gut",
    "check.none": "Gut: Es gibt nichts anzumerken.",
    "cli.more.one": "(und ein weiteres Problem, siehe unten)",
    "cli.more": "(und {count} weitere Probleme, siehe unten)",
    # `followup log`: the job search log's words (the record of one's own efforts an employment
    # agency asks for: "Nachweis der Eigenbemühungen").
    "log.title": "Nachweis der Bewerbungsaktivitäten",
    "log.nothing": "In diesem Zeitraum gab es keine Kontakte.",
    "log.column.date": "Datum",
    "log.column.activity": "Aktivität",
    "log.column.employer": "Arbeitgeber",
    "log.column.position": "Stelle",
    "log.column.contact": "Ansprechperson",
    "log.column.method": "Kontaktweg",
    "log.column.result": "Ergebnis",
    "log.column.location": "Ort",
    "log.column.posting": "Stellenanzeige",
    "log.activity.applied": "Bewerbung",
    "log.activity.interview": "Vorstellungsgespräch",
    "log.activity.thank-you": "Dank gesendet",
    "log.activity.check-in": "Nachfrage gesendet",
    "log.activity.after-rejection": "Antwort gesendet",
    "log.activity.outcome": "Entscheidung",
    "log.result.waiting": "Noch keine Entscheidung",
    "log.result.offer": "Zusage",
    "log.result.rejected": "Absage",
    "log.result.withdrawn": "Bewerbung zurückgezogen",
    "log.result.no-reply": "Keine Antwort",
    # The builder's worker: what it says about the call itself.
    "bundle.unexpected": "Beim Schreiben ist etwas schiefgegangen. Ihre Angaben bleiben erhalten; ändern Sie die "
                         "letzte Eingabe, und wenn es wieder passiert, melden Sie den Fehler bitte.",
    "bundle.bad-today": "Das heutige Datum muss ein Datum wie 2026-11-24 oder 2026-11-24T14:30 sein.",
    "label.answers": "Angaben",
    "label.schema_version": "Version des Antwortformats",
    # Calendar reminders (.ics): each one's title and description.
    "reminder.about": "Ihrer Bewerbung bei {company} (Stelle: {role})",
    "reminder.hiring-team": "dem Personalteam",
    "reminder.due": "{weekday}, {day}. {month}, {time}",
    "reminder.send-by.summary": "Dank nach dem Gespräch senden: {company}",
    "reminder.send-by": "Senden Sie {people} Ihren Dank für das Gespräch zu {about}, bis {due}. {within} ist am besten; "
                        "ein kurzer Dank etwas später ist immer noch besser als keiner.",
    "reminder.send-by.weekend": "Senden Sie {people} Ihren Dank für das Gespräch zu {about}, bis {due}. Die {hours} "
                                "nach dem Gespräch enden am Wochenende, und gelesen wird ohnehin erst am Montag: Der "
                                "Montagmorgen ist der richtige Zeitpunkt. Ein kurzer Dank etwas später ist immer noch "
                                "besser als keiner.",
    "reminder.check-in": "Noch keine Nachricht? Fragen Sie bei {contact} kurz nach, wie es mit {about} steht: Sagen Sie, "
                         "dass Sie weiterhin interessiert sind, und bitten Sie höflich um eine Rückmeldung.",
    "reminder.check-in.summary": "Nachfrage bei {company}",
    "reminder.second.summary": "Zweite Nachfrage bei {company}",
    "reminder.second": "{advice} {shorter} Bleibt auch diese ohne Antwort, konzentrieren Sie sich auf andere "
                       "Bewerbungen.",
    "reminder.reply.summary": "Antwort an {company}",
    "reminder.reply": "Antworten Sie auf die Entscheidung von {company} (Stelle: {role}): Danken Sie kurz für die "
                      "Nachricht, und halten Sie sich die Tür offen.",
    # `followup plan`: each step's label, the table's words.
    "plan.thank-you": "Dank an {names} bei {company}",
    "plan.check-in.1": "Nachfrage bei {company}",
    "plan.check-in.2": "Zweite Nachfrage bei {company}",
    "plan.move-on": "Keine Antwort von {company} nach zwei Nachfragen: Zeit für andere Bewerbungen",
    "plan.replied": "Sie haben auf die Entscheidung von {company} geantwortet",
    "plan.reply": "Antwort auf die Entscheidung von {company}",
    "plan.offer": "{company} hat Ihnen ein Angebot gemacht",
    "plan.withdrawn": "Sie haben Ihre Bewerbung bei {company} zurückgezogen",
    "plan.no-reply": "Keine Antwort von {company}: abgeschlossen",
    "plan.on": "{what}: am {date}",
    "plan.by": "{what}: bis zum {date}",
    "plan.by-time": "{what}: bis zum {date}, {time}",
    "plan.what.thank-you": "Dank an {names}",
    "plan.what.check-in.1": "erste Nachfrage",
    "plan.what.check-in.2": "zweite Nachfrage",
    "plan.what.reply": "Antwort auf die Absage",
    "plan.what.move-on": "abschließen",
    "plan.what.done": "erledigt",
    "plan.overdue": "überfällig",
    "plan.header.company": "Unternehmen",
    "plan.header.role": "Stelle",
    "plan.header.step": "Nächster Schritt",
    "plan.header.due": "Fällig",
    "plan.left-out": "Bewerbung {n} (ausgelassen)",
    "plan.none": "(keine Bewerbungen)",
}

REGIONAL: dict[str, dict[str, str]] = {}

_PAGE = "de/nachfassen/"

ANCHORS: dict[str, str] = {
    "missing-detail": _PAGE + "#dankesmail",
    "has-detail": _PAGE + "#dankesmail",
    "length": _PAGE + "#dankesmail",
    "resume-paste": "what-to-write/#your-strength",
    "no-name": _PAGE + "#anrede",
    "placeholder": _PAGE + "#fehler",
    "emoji": _PAGE + "#fehler",
    "panel-similar": _PAGE + "#dankesmail",
    "late": _PAGE + "#zeitpunkt",
    "on-time": _PAGE + "#zeitpunkt",
    "early-check-in": _PAGE + "#nachfragen",
    "date-check": _PAGE + "#zeitpunkt",
    "third-check-in": _PAGE + "#nachfragen",
    "message-too-long": _PAGE + "#kurznachricht",
    "message-shortened": _PAGE + "#kurznachricht",
    "rejection-feedback": _PAGE + "#absage",
    "reply-in-thread": _PAGE + "#absage",
    "check-in-thread": _PAGE + "#nachfragen",
    "address-as": _PAGE + "#anrede",
    "rephrase": _PAGE + "#dankesmail",
    "subject": "channels/#email",
    "thin-note": _PAGE + "#dankesmail",
    "letter-address": _PAGE + "#brief",
    "sign-off": _PAGE + "#anrede",
    "capitals": _PAGE + "#fehler",
    "lower-nouns": _PAGE + "#fehler",
    "own-name": _PAGE + "#fehler",
    "company-name": _PAGE + "#fehler",
    "title": _PAGE + "#fehler",
    "typo": _PAGE + "#fehler",
    "link": _PAGE + "#dankesmail",
    "shortened-answer": _PAGE + "#dankesmail",
}
"""Where each finding is explained: the German page where it has the advice, else the English guide."""

ADVICE: dict[str, str] = {
    "move-on": _PAGE + "#nachfragen",
    "offer": "offer/#first-reply",
    "rejected": _PAGE + "#absage",
    "no-reply": _PAGE + "#nachfragen",
    "reply": _PAGE + "#absage",
}

_WORDS = ("null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")


def _number(n: int) -> str:
    """`n` in words up to twelve ("sieben"), else in digits."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def _working_days(n: int) -> str:
    """"sieben Arbeitstage" ("ein Arbeitstag"): the days the composer counts, Monday to Friday."""
    return "ein Arbeitstag" if n == 1 else f"{_number(n)} Arbeitstage"


def _after_weeks(days: int) -> str:
    """"Nach einer Woche", "Nach zwei Wochen", "Nach zehn Tagen" (dative after "nach")."""
    if days % 7 == 0:
        weeks = days // 7
        return "Nach einer Woche" if weeks == 1 else f"Nach {_number(weeks)} Wochen"
    return "Nach einem Tag" if days == 1 else f"Nach {_number(days)} Tagen"


def rule(name: str) -> str:
    """A rule the checks state, in German words from the composer's constants (KeyError naming the
    known ones for any other)."""
    from followup import timing
    from followup.compose import MAX_CHECK_INS

    hours = int(timing.SEND_WITHIN.total_seconds() // 3600)
    rules = {
        "send_within": f"innerhalb von {hours} Stunden",
        "send_within_hours": f"{hours} Stunden",
        "after_decision_date": f"{_working_days(timing.AFTER_DECISION_DATE)} nach dem genannten Termin",
        "without_decision_date": f"{_working_days(timing.WITHOUT_DECISION_DATE)} nach dem Gespräch",
        "earliest_days": _working_days(timing.EARLIEST_WITHOUT_DECISION_DATE),
        "late_thank_you": f"{_after_weeks(timing.LATE_AFTER_DAYS)} kommt ein Dank allein zu spät: Senden Sie "
                          "stattdessen eine Nachfrage, die in einer kurzen Nachricht nach dem Stand fragt. Wenn Sie "
                          "sich noch gar nicht bedankt haben, ergänzen Sie einen eigenen Satz, der sich bedankt und "
                          "an ein Detail aus Ihrem Gespräch erinnert.",
        "second_check_in_shorter": "Halten Sie die zweite Nachfrage kürzer als die erste.",
        "no_third_check_in": f"{_number(MAX_CHECK_INS).capitalize()} Nachfragen im Abstand von etwa einer Woche sind "
                             "das höfliche Maximum. Wenn Sie dann noch keine Antwort haben, konzentrieren Sie sich "
                             "auf andere Bewerbungen.",
    }
    try:
        return rules[name]
    except KeyError:
        raise KeyError(f"no German words for rule {name!r}; known: {', '.join(sorted(rules))}") from None


def localise(text: str, code: str) -> str:
    """Our own words as the region writes them: Switzerland writes "ss" for "ß"."""
    from followup.languages.de.letters import localise as letters_localise

    return str(letters_localise(text, code))


def time_of_day(t: time, code: str) -> str:
    """"17:00 Uhr", as the letters write it."""
    from followup.languages.de.letters import time_of_day as letters_time

    return str(letters_time(t, code))


def number(n: int, code: str) -> str:
    """A count in a message: "5.000" ("5’000" in Switzerland)."""
    return f"{n:,}".replace(",", "’" if code == "de-CH" else ".")


def in_sentence(label: str) -> str:
    """A form label inside a sentence keeps its capital: a German label is a noun."""
    return label


def after_colon(text: str) -> str:
    """A whole sentence after a colon begins with a capital (Duden): "…: Geben Sie Ihren Namen ein"."""
    return text[:1].upper() + text[1:]
