// The letter's exports, made in the browser: "Copy text" and "Copy subject", "Open in mail app",
// "Print", and the downloads (.txt, .md, .html from the result on show; .eml and .ics asked of the
// composer when wanted, see composer-client.js files()). To add a format: a button
// `data-fk-download="FORMAT"` in overrides/builder.html, its MIME type below, and its contents in
// `Exports.contents`.

const MAILTO_MAX = 1800; // longer mailto: links are cut or refused by some mail apps

export class Exports {
  /** `form`: the FormModel; `preview`: the Preview (result and note on show); `composer`: for files(). */
  constructor(app, { form, preview, composer }) {
    this.app = app;
    this.form = form;
    this.preview = preview;
    this.composer = composer;
    this.$ = (selector) => app.querySelector(selector);
  }

  wire() {
    this.$("[data-fk-copy]").addEventListener("click", () => this.copy());
    this.$("[data-fk-copy-subject]").addEventListener("click", () => this.copy({ subject: true }));
    this.$("[data-fk-print]").addEventListener("click", () => window.print());
    for (const button of this.app.querySelectorAll("[data-fk-download]")) {
      button.addEventListener("click", () => this.download(button.dataset.fkDownload));
    }
  }

  /** The buttons follow the letter on show: enabled, hidden, titled, the mail link's address. */
  update() {
    const letter = this.preview.letter();
    const result = this.preview.result;
    for (const button of this.app.querySelectorAll("[data-fk-copy], [data-fk-print], [data-fk-download]")) {
      button.disabled = !letter;
    }
    // An email's subject goes in its own box in a mail app: it has its own button, and Copy text
    // leaves it out (the .txt file keeps a "Subject:" line, as a file has no subject box).
    this.$("[data-fk-copy-subject]").hidden = !(letter && result.channel === "email" && letter.subject);
    const ics = this.$('[data-fk-download="ics"]');
    ics.disabled = !letter || !result.reminders;
    const noReminders =
      result?.kind === "after-rejection"
        ? "A reply to a rejection has no reminders."
        : "Add the interview date to get reminders.";
    ics.title = letter && !result.reminders ? noReminders : "";
    // "Open in mail app" is a link only while there is a mail link to open; otherwise the page
    // shows a disabled button of the same name (a link without an address is no link at all).
    const fits = Boolean(letter && letter.mailto && letter.mailto.length <= MAILTO_MAX);
    const off = this.$("[data-fk-mailto-off]");
    let mail = this.$("[data-fk-mailto]");
    if (fits) {
      if (!mail) {
        mail = document.createElement("a");
        mail.className = "md-button fk-button";
        mail.dataset.fkMailto = "";
        mail.textContent = off.textContent;
        off.after(mail);
      }
      mail.href = letter.mailto;
    } else {
      mail?.remove();
    }
    off.hidden = fits;
    this.$("[data-fk-mailto-note]").hidden = !letter || fits;
  }

  /** "followup-<kind>-<company>[-<recipient>]": the start of every file name the page saves. */
  fileStem({ perLetter = true } = {}) {
    const answers = this.form.answers();
    const parts = ["followup", answers.kind, answers.company && slug(answers.company)];
    const letter = this.preview.letter();
    const result = this.preview.result;
    if (perLetter && result?.ok && result.letters.length > 1 && letter) parts.push(slug(letter.recipient));
    return parts.filter(Boolean).join("-");
  }

  message(text) {
    this.$("[data-fk-export-message]").textContent = text;
  }

  /** A download's contents, or null when there is nothing to save (a message says why, if needed). */
  async contents(format, letter) {
    if (format === "txt") return letter.text;
    if (format === "md") return letter.markdown;
    if (format === "html") return standaloneHtml(letter);
    const index = this.preview.selected;
    if (format === "docx" || format === "odt") {
      // An editable document of the note on screen, made by the composer (followup.documents).
      const made = await this.ask(() => this.composer.document(this.form.answers(), format, index));
      return made && Uint8Array.from(atob(made.base64), (c) => c.charCodeAt(0));
    }
    // .eml and .ics: made on demand, the keystroke renders leave them out (composer-client.js, files()).
    const full = await this.ask(() => this.composer.files(this.form.answers()));
    if (!full) return null;
    return format === "ics" ? full.ics : full.letters[Math.min(index, full.letters.length - 1)].eml;
  }

  /** The composer's answer to a file request, or null with a message saying why there is none. */
  async ask(request) {
    let result;
    try {
      result = await request();
    } catch (error) {
      this.message(`The file could not be made (${error.message}). Try again.`);
      return null;
    }
    if (!result.ok) {
      this.message("The file could not be made: check the answers marked above.");
      return null;
    }
    return result;
  }

  async download(format) {
    const letter = this.preview.letter();
    if (!letter) return;
    const contents = await this.contents(format, letter);
    if (!contents) return;
    const name = format === "ics" ? `${this.fileStem({ perLetter: false })}-reminders.ics` : `${this.fileStem()}.${format}`;
    download(name, contents, MIME[format]);
    this.message(`Downloaded ${format === "ics" ? "the reminders" : `the .${format} file`}.`);
  }

  async copy({ subject = false } = {}) {
    const letter = this.preview.letter();
    if (!letter) return;
    const email = this.preview.result.channel === "email" && letter.subject;
    const text = subject ? letter.subject : email ? letter.body : letter.text;
    let done = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        done = true;
      }
    } catch {
      done = false;
    }
    if (!done) done = copyWithSelection(text);
    const what = subject ? "the subject line" : email ? "the letter (its subject has its own button)" : "the letter";
    this.message(done ? `Copied ${what} to the clipboard.` : "Copying is blocked here: select the letter and copy it, or download the .txt file.");
  }
}


export const MIME = {
  txt: "text/plain;charset=utf-8",
  md: "text/markdown;charset=utf-8",
  html: "text/html;charset=utf-8",
  eml: "message/rfc822",
  ics: "text/calendar;charset=utf-8",
  json: "application/json",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
};

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** A file-name-safe form of a name ("Northwind Traders" -> "northwind-traders"). */
export function slug(text) {
  return String(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** Copy through a selection, for browsers or contexts without the async clipboard. */
export function copyWithSelection(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "fk-offscreen";
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Save `contents` as a file called `name` in the visitor's downloads. */
export function download(name, contents, type) {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A complete HTML document around the composer's (escaped) letter fragment. */
export function standaloneHtml(letter) {
  const title = escapeHtml(letter.subject || `Letter to ${letter.recipient}`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body { font: 1rem/1.55 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; max-width: 40rem; margin: 2.5rem auto; padding: 0 1.25rem; }
p, address { margin: 0 0 1em; }
address { font-style: normal; }
@media print { body { margin: 0; max-width: none; } }
@page { size: auto; margin: 20mm 18mm; }
</style>
</head>
<body>
${letter.html}
</body>
</html>
`;
}
