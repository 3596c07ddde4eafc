"""What `check`, `plan` and validation say in English: every finding, plan label and problem, and the guide links.

The table contract (every family's `messages` module has the same names; `tests/followup/
test_languages.py` compares the keys and placeholders with English's):

- `MESSAGES`: message key -> text with `{placeholders}` (`str.format`); the checks and the plan
  pick a key and fill it in through `followup.checks.findings.say`. A key names the finding's
  code and its case ("missing-detail.general"); fragments used inside other messages (a list's
  "and", "yesterday") have keys of their own, so no sentence is assembled from English words.
- `REGIONAL`: code -> {key: text} for the few keys a region writes differently (en-US writes
  "Monday, November 30, 2026", en-GB "Monday 30 November 2026").
- `ANCHORS`: finding code -> site-relative guide link; `ADVICE`: plan step -> link.
- `rule(name)`: a rule of `followup.rules` in words (English: that module's own text, so the
  guide, the checks and the reminders state each rule once).
- `localise(text, code)`: a region's spelling applied to a message before it is filled in
  (English: unchanged; the typed values filled in are never respelled).
- `number(n, code)`, `in_sentence(label)`, `after_colon(text)`: how a count, a form label inside
  a sentence and a sentence after a colon are written (validation's problems use them).
- `time_of_day(t, code)`: a time as the findings write it. Dates and weekdays are the `letters`
  table's (`format_date`, `weekday`), so a finding writes a date as the letter does.

Edge cases: a text's literal braces would be read as placeholders, so none has any; the quotes
inside messages are the language's own (English: straight double quotes, as the guide writes).
"""

from __future__ import annotations

from datetime import time

MESSAGES: dict[str, str] = {
    # Fragments the messages below are assembled with.
    "and": " and ",
    "interviewer": "interviewer {n}",
    "when": "{weekday}, {date}",
    "time": "{hours:02d}:{minutes:02d}",
    "ago.today": "earlier today",
    "ago.yesterday": "yesterday",
    "ago.days": "{days} days ago",
    # A pasted résumé: the reasons, listed in `resume-paste`.
    "resume.words": "it is {words} words long",
    "resume.bullets": "it has bullet points",
    "resume.lines": "it runs over {lines} lines",
    "resume.phrase": 'it says "{phrase}"',
    "resume.dates": "it has date ranges",
    "resume.duration": "it has a duration after a dash, such as \"– 5 years\"",
    "resume.list": "it is a long list",
    "resume-paste": "Your strength reads like a pasted resume ({reasons}). Pick the one result that best answers "
                    "what they need and say it in one sentence, for example: \"I rebuilt our sales reporting and cut "
                    "the monthly close from five days to two.\"",
    # The detail.
    "missing-detail.nobody": "Add who interviewed you and one thing you discussed with them: a specific detail is "
                             "what shows you listened, and what makes a note feel written for them.",
    "missing-detail.empty": "Add one specific thing you discussed with {who}: a project, a problem, or a question "
                            "they asked. Without it, the note could be sent to anyone.",
    "missing-detail.general": "\"{topic}\" is too general to show you listened. Name something only you and {who} "
                              "talked about, for example a project they described or a question they asked.",
    "has-detail.each": "Each note mentions something specific you discussed: that is what makes a thank-you "
                       "memorable.",
    "has-detail.one": "The note mentions something specific you discussed: that is what makes a thank-you "
                      "memorable.",
    # Names.
    "no-name.nobody": "The letter opens with \"Dear Hiring Team\". If you know who you met or who wrote to you, add "
                      "their name: a letter to a person gets read by that person.",
    "no-name.role": "\"{name}\" is a role, not a name. If you can find the person's name (in the invitation email, "
                    "on the company's site or on LinkedIn), use it.",
    "no-name.capitals": "Check how \"{name}\" spells their name, capitals included: the letter writes it "
                        "\"{written}\", but a name written carefully is the first thing they will notice.",
    "own-name.capitals": "The letter signs your name \"{written}\", in ordinary capitals, not as typed "
                         "(\"{typed}\"). If you write it another way, type it here exactly as you sign it.",
    "company-name.written": "The company's name is typed in capitals, which reads as shouting: the letter writes it "
                            "\"{written}\". Type it the way the company writes it (its website or the job advert "
                            "shows you).",
    "company-name.lower": "The company's name is typed in small letters, and the letter writes it as typed: "
                          "\"{typed}\". Type it the way the company writes it (its website or the job advert shows "
                          "you); if it really is written in small letters, leave it.",
    "company-name.upper": "The company's name is typed in capitals, and the letter writes it as typed: \"{typed}\". "
                          "Type it the way the company writes it (its website or the job advert shows you); if it "
                          "really is written in capitals, leave it.",
    "title.upper": "The letter writes \"{written}\", not \"{typed}\": a title in capitals reads as shouting. If the "
                   "job advert writes it another way, type it as the advert does.",
    "title.lower": "The letter writes \"{written}\", not \"{typed}\": the words of a job title take capitals. If the "
                   "job advert writes it another way, type it as the advert does.",
    "address-as": "The letter greets them as \"{given}\", their whole name, because it cannot tell which part of it "
                  "they go by. If you know (from how they sign their emails, for example), fill in \"{field}\".",
    "address-as.form": "The letter greets {name} without a form of address, because it never guesses one. If you "
                       "know how they are addressed, choose it in \"{field}\".",
    # Answers the letter could not use, and how to rephrase each.
    "rephrase": "The letter leaves out \"{label}\": {why}, and it could not be made to read well in a sentence. "
                "{advice}",
    "rephrase.topic": "Write it as a short phrase, for example \"your plan to move reporting to dbt\", or as a "
                      "sentence about the conversation, for example \"you asked how I would handle late data\".",
    "rephrase.their_needs": "Write it as what the team needs, for example \"someone who can make the weekly numbers "
                            "trustworthy\", or as one sentence, for example \"the weekly numbers are not trusted\".",
    "rephrase.your_strength": "Write one sentence about you, for example \"I rebuilt our sales reporting and cut the "
                              "monthly close from five days to two.\"",
    "rephrase.forgot_to_mention": "Write it as one sentence, for example \"I have also taught SQL to eight "
                                  "analysts.\"",
    "message-shortened.detail": "To fit {limit} characters, the message to {name} leaves out what you discussed, "
                                "which is what makes a note worth sending. Shorten it to a few words, or send an "
                                "email instead.",
    # What was typed.
    "placeholder": "\"{found}\" looks like placeholder text. Replace it with the real words before sending: a "
                   "left-over placeholder tells the reader the letter was a template.",
    "emoji": "Leave out the {found}: emoji read as too casual in a follow-up, even after a relaxed interview.",
    "emoji.chat": "\"{found}\" is chat shorthand, and the letter uses your words as you typed them: write it out in "
                  "full, as you would in an email to a stranger.",
    "lower-nouns": "This answer is typed in small letters, and the letter uses it as typed: \"{used}\". Retype it "
                   "with its capitals, so that the letter can keep them.",
    "capitals": "This answer is typed in capitals, which reads as shouting: the letter puts it in ordinary capitals "
                "as \"{used}\". Retype it with capitals only where they belong (names, places, acronyms), so the "
                "letter can keep them.",
    "link": "A letter cannot say \"{link}\" in a sentence, so it leaves the link out. Say in a few words what it is "
            "about (for example \"the dashboard I built for the night shift\"); you can send the link separately "
            "if they asked for it.",
    "link.tags": "Hashtags ({tags}) do not belong in a letter, so it leaves them out. If they name the subject, say "
                 "it in words instead.",
    "shortened-answer.points": "a list of {points} points",
    "shortened-answer.characters": "{characters} characters long",
    "shortened-answer": "This answer is {what}, more than one sentence of a letter can carry, so the letter uses its "
                        "first part: \"{used}\". If another part matters more, shorten the answer to that one point.",
    "typo": "\"{word}\" looks like a typo of \"{meant}\": the letter uses it as you typed it. Correct it if you meant "
            "the other word.",
    # The letters.
    "panel-similar.topic": "{first} and {second} have the same topic. Give each a different detail: something you "
                           "discussed with {second} in particular, so each note is clearly theirs.",
    "panel-similar.sentences": "The notes to {first} and {second} share more than half of their sentences. Give "
                               "each person a different detail from your conversation with them.",
    "to": " to {name}",
    "message-too-long": "The message{to} is {length} characters; this kind of message holds {limit}. Shorten the "
                        "detail, or send an email instead.",
    "length.long": "The letter{to} is {words} words; aim for under {high}, ideally 100-200 for a thank-you. Keep one "
                   "detail and one strength, and cut the rest: a short note gets read to the end.",
    "length.short": "The letter{to} is only {words} words. Add a specific detail from the conversation or a "
                    "sentence on what you would bring, so it says more than thanks.",
    "thin-note": "The note{to} is only {words} words: next to the others it may read as the same letter with a new "
                 "name. Add more of what you discussed with them in particular.",
    "subject": "The subject line shortens the role to stay under {limit} characters: \"{subject}\". A shorter role "
               "title reads better there.",
    "letter-address": "A printed letter has no company address: add the street, town and postcode, so that the "
                      "letter can be posted and the recipient block is complete.",
    "sign-off.letter": "\"{sign_off}\" is too casual for a printed letter. Leave {field} empty for one that fits, "
                       "or write \"Kind regards\".",
    "sign-off.formal": "\"{sign_off}\" is too casual for a formal letter. Leave {field} empty for one that fits, "
                       "or write \"Kind regards\".",
    "shortened.role": "the role",
    "shortened.company": "the company's name",
    "shortened.topic": "the end of what you discussed",
    "shortened.fix-topic": "Shorten what you discussed to make room",
    "shortened.fix-names": "A shorter role or company name makes room",
    "message-shortened": "To fit {limit} characters, the message{to} leaves out {what}. {fix}, or send an email "
                         "instead.",
    "check-in-thread.first": "Send this as a reply in your last email thread with them (your thank-you note, or the "
                             "email that arranged the interview), so that they see the whole conversation: the "
                             "subject here is only for when there is no earlier email to answer.",
    "check-in-thread.second": "Send this as a reply to your first check-in, so that both are in one thread: its "
                              "subject, \"{subject}\", is what that reply's subject reads.",
    # Dates and timing.
    "date-check.future": "The interview date, {when}, is after today. Check it: the letter and its dates are worked "
                         "out from the day the interview took place.",
    "date-check.old": "The interview date, {date}, is more than a year ago. Check the year.",
    "date-check.order": "The decision date they gave, {decision}, is before the interview ({interview}). Check it: "
                        "the letter mentions it.",
    "date-check.passed": "The decision date they gave, {date}, has passed, so the note does not mention it. If you "
                         "have heard nothing since, send a check-in instead: set {kind} to \"{check_in}\". If they "
                         "have decided, reply to their decision.",
    "late.check-in": "The interview was {ago}. {late_thank_you} Set {kind} to \"{check_in}\".",
    "late.monday": "past the Monday-morning send-by",
    "late.hours": "past the usual {hours}",
    "late": "The interview was {ago}, {past}. Send it anyway: a short, sincere note a few days late still beats "
            "none. Keep it brief and skip apologising at length.",
    "on-time.weekend": "the {hours} end on a weekend, and Monday morning is when a note gets read",
    "on-time.within": "{within} of the interview",
    "on-time.monday": " If you send it on Monday, write it on Monday too, so that it says when you met as seen from "
                      "then.",
    "on-time": "You are on time: send it by {time} on {when}, {why}.{then}",
    "early-check-in.decision": "Wait until {when}, {after} they gave ({decision})",
    "early-check-in.no-decision": "Wait until {when}, {without}, or at the very least until {earliest}, {days} "
                                  "after the interview",
    "early-check-in.second": "Wait until {when}, a week after your first check-in",
    "early-check-in": "It is too early to check in. {wait}: writing before then can read as impatient.",
    "reply-in-thread": "Send this as a reply to their email, keeping their subject line: the subject here is only "
                       "for when there is no email to answer.",
    "rejection-feedback": "Asking for feedback is a good move: keep it a light request, and thank them whether or "
                          "not they reply.",
    # Validation: what a value is, and what is wrong with it (the field's label first).
    "value.null": "null",
    "value.bool": "true/false",
    "value.number": "a number",
    "value.text": "text",
    "value.list": "a list",
    "value.object": "an object",
    "value.any": "any",
    "value.that": "that",
    "invalid.unknown": "{prefix}Unknown field {key}: remove it, or check its spelling{hint}.",
    "invalid.unknown.hint": " (did you mean \"{close}\"?)",
    "invalid.required": "{label} is required{qualifier}: {what}.",
    "invalid.required.thank-you": " for a thank-you letter",
    "invalid.required.check-in": " for a check-in letter",
    "invalid.required.after-rejection": " for an after-rejection letter",
    "invalid.choose": "choose one of: {values}",
    "invalid.enter-date": "enter the date",
    "invalid.enter": "enter {what}",
    "invalid.fill-in": "fill it in",
    "invalid.object": "{prefix}{label} ({name}) must be an object with the fields {names}, not {what}.",
    "invalid.list": "{label} must be a list, not {what}: write it in square brackets [ ].",
    "invalid.needs-one.thank-you": "{label}: a thank-you letter needs at least one {item}: add one, with their name.",
    "invalid.needs-one.check-in": "{label}: a check-in letter needs at least one {item}: add one, with their name.",
    "invalid.needs-one.after-rejection": "{label}: an after-rejection letter needs at least one {item}: add one, "
                                         "with their name.",
    "invalid.min-items": "{label}: add at least {min} (you have {count}).",
    "invalid.max-items": "{label}: at most {max} are allowed, you have {count}: remove {extra}.",
    "invalid.item": "{prefix}must be an object with the fields {names}, not {what}.",
    "invalid.text": "{label} must be text, not {what}: write it in double quotes.",
    "invalid.too-long": "{label} is too long: {length} characters, the limit is {limit}. Shorten it to {limit} "
                        "characters or fewer.",
    "invalid.one-line": "{label} must be one line: remove the line break or tab.",
    "invalid.surrogate": "{label} contains a broken character (an unpaired surrogate): retype the text around it.",
    "invalid.control": "{label} contains an invisible control character ({char}): delete it; it usually comes from "
                       "copying text out of another program.",
    "invalid.email": "{label} does not look like an email address ({value}): check it, for example "
                     "name@example.com, or leave it empty.",
    "invalid.url": "{label} must be a full link starting with https:// or http:// ({value}): paste the whole "
                   "address, or leave it empty.",
    "invalid.url-spaces": "{label} must not contain spaces ({value}): paste the link again.",
    "invalid.tel": "{label} does not look like a phone number ({value}): enter it with its digits, for example "
                   "+1 555 0100, or leave it empty.",
    "invalid.date": "{label} must be a date like {example} (year-month-day)",
    "invalid.time": "{label} must be a 24-hour time like 14:30 (hours:minutes)",
    "invalid.not": "{expected}, not {what}.",
    "invalid.not-a-day": "{expected}: {value} is not a day in the calendar.",
    "invalid.choice": "{label} must be one of: {values} (not {shown}).",
    "invalid.integer": "{label} must be a whole number, not {what}.",
    "invalid.between": "{label} must be between {low} and {high}, not {shown}.",
    "invalid.boolean": "{label} must be true or false, not {what}.",
    # `followup check`: one line per finding.
    "check.line": "{level}: {message} (see {anchor})",
    "check.problem": "problem",
    "check.suggestion": "suggestion",
    "check.good": "good",
    "check.none": "good: nothing to point out.",
    "cli.more.one": "(and 1 more problem, below)",
    "cli.more": "(and {count} more problems, below)",
    # `followup log`: the job search log's words.
    "log.title": "Job search log",
    "log.nothing": "No contacts in this range.",
    "log.column.date": "Date",
    "log.column.activity": "Activity",
    "log.column.employer": "Employer",
    "log.column.position": "Position",
    "log.column.contact": "Contact",
    "log.column.method": "Method",
    "log.column.result": "Result",
    "log.column.location": "Location",
    "log.column.posting": "Posting",
    "log.activity.applied": "Applied",
    "log.activity.interview": "Interview",
    "log.activity.thank-you": "Thank-you sent",
    "log.activity.check-in": "Check-in sent",
    "log.activity.after-rejection": "Reply sent",
    "log.activity.outcome": "Outcome",
    "log.result.waiting": "No decision yet",
    "log.result.offer": "Offer",
    "log.result.rejected": "Not selected",
    "log.result.withdrawn": "Withdrew",
    "log.result.no-reply": "No reply",
    # The builder's worker: what it says about the call itself.
    "bundle.unexpected": "Something went wrong while writing the letter. Your answers are fine to keep; try "
                         "changing the last edit, and if it keeps happening, please report it.",
    "bundle.bad-today": "Today's date must be a date like 2026-11-24, or 2026-11-24T14:30.",
    "label.answers": "Answers",
    "label.schema_version": "Answers format version",
    # Calendar reminders (.ics): each one's title and description.
    "reminder.about": "the {role} role at {company}",
    "reminder.hiring-team": "the hiring team",
    "reminder.due": "{weekday} {day} {month}, {time}",
    "reminder.send-by.summary": "Send your thank-you note: {company}",
    "reminder.send-by": "Send your thank-you note to {people} about {about} by {due}. {within} is best; a short note a "
                        "little late still beats none.",
    "reminder.send-by.weekend": "Send your thank-you note to {people} about {about} by {due}. The {hours} after the "
                                "interview end on a weekend, when a note is read on Monday anyway: Monday morning is the "
                                "time. A short note a little late still beats none.",
    "reminder.check-in": "No news yet? Send {contact} a short check-in about {about}: say you are still interested and "
                         "ask politely for an update.",
    "reminder.check-in.summary": "Check in with {company}",
    "reminder.second.summary": "Second check-in with {company}",
    "reminder.second": "{advice} {shorter} If this one gets no answer, move on.",
    "reminder.reply.summary": "Reply to {company}",
    "reminder.reply": "Reply to the decision from {company} about the {role} role: thank them for letting you know, "
                      "briefly, and keep the door open.",
    # `followup plan`: each step's label, the table's words.
    "plan.thank-you": "Thank {names} at {company}",
    "plan.check-in.1": "Check in with {company}",
    "plan.check-in.2": "Send {company} a second check-in",
    "plan.move-on": "No reply from {company} after two check-ins: time to move on",
    "plan.replied": "You replied to the decision from {company}",
    "plan.reply": "Reply to the decision from {company}",
    "plan.offer": "{company} made you an offer",
    "plan.withdrawn": "You withdrew from the process at {company}",
    "plan.no-reply": "No reply from {company}: moved on",
    "plan.on": "{what} on {date}",
    "plan.by": "{what} by {date}",
    "plan.by-time": "{what} by {time} on {date}",
    "plan.what.thank-you": "thank-you to {names}",
    "plan.what.check-in.1": "first check-in",
    "plan.what.check-in.2": "second check-in",
    "plan.what.reply": "reply to the rejection",
    "plan.what.move-on": "move on",
    "plan.what.done": "done",
    "plan.overdue": "overdue",
    "plan.header.company": "Company",
    "plan.header.role": "Role",
    "plan.header.step": "Next step",
    "plan.header.due": "Due",
    "plan.left-out": "application {n} (left out)",
    "plan.none": "(no applications)",
}

REGIONAL: dict[str, dict[str, str]] = {
    "en-GB": {"when": "{weekday} {date}"},
}

ANCHORS: dict[str, str] = {
    "missing-detail": "what-to-write/#specific-detail",
    "has-detail": "what-to-write/#specific-detail",
    "length": "what-to-write/#length",
    "resume-paste": "what-to-write/#your-strength",
    "no-name": "mistakes/#names",
    "placeholder": "mistakes/#placeholders",
    "emoji": "mistakes/#form",
    "panel-similar": "panel/#one-note-each",
    "late": "when/#late",
    "on-time": "when/#within-24-hours",
    "early-check-in": "check-in/#decision-date",
    "date-check": "when/#timeline",
    "third-check-in": "check-in/#how-many",
    "message-too-long": "channels/#short-message",
    "message-shortened": "channels/#short-message",
    "rejection-feedback": "rejection/#feedback",
    "reply-in-thread": "rejection/#reply",
    "check-in-thread": "check-in/#what-to-say",
    "address-as": "mistakes/#names",
    "rephrase": "what-to-write/#specific-detail",
    "subject": "channels/#email",
    "thin-note": "panel/#one-note-each",
    "letter-address": "channels/#letter",
    "sign-off": "mistakes/#form",
    "capitals": "mistakes/#form",
    "lower-nouns": "mistakes/#form",
    "own-name": "mistakes/#names",
    "company-name": "mistakes/#names",
    "title": "mistakes/#form",
    "typo": "mistakes/#form",
    "link": "what-to-write/#specific-detail",
    "shortened-answer": "what-to-write/#specific-detail",
}
"""Where in the guide each finding is explained (site-relative URLs)."""

ADVICE: dict[str, str] = {
    "move-on": "check-in/#how-many",
    "offer": "offer/#first-reply",
    "rejected": "rejection/#keep-in-touch",
    "no-reply": "check-in/#how-many",
    "reply": "rejection/#reply",
}
"""Where the guide says what to do at a plan step the builder writes no more for (site-relative)."""


def rule(name: str) -> str:
    """Rule `name` of `followup.rules` in words, or one of its sentences (`no_third_check_in`,
    `second_check_in_shorter`)."""
    from followup import rules  # followup.rules reads followup.checks, which reads this table: import late

    sentences = {"no_third_check_in": rules.NO_THIRD_CHECK_IN, "second_check_in_shorter": rules.SECOND_CHECK_IN_SHORTER}
    return sentences[name] if name in sentences else rules.text(name)


def localise(text: str, code: str) -> str:
    """English writes every region's messages alike; the regional keys are in `REGIONAL`."""
    return text


def time_of_day(t: time, code: str) -> str:
    """"17:00": the findings write the 24-hour clock in every English region."""
    return MESSAGES["time"].format(hours=t.hour, minutes=t.minute)


def number(n: int, code: str) -> str:
    """A count in a message: "5,000"."""
    return f"{n:,}"


def in_sentence(label: str) -> str:
    """A form label inside a sentence: "Interviewer" -> "interviewer"."""
    return label.lower()


def after_colon(text: str) -> str:
    """What follows a colon as written: English goes on in lower case ("…: enter your name")."""
    return text
