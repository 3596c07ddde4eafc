// The letter's exports, made in the browser: "Copy text" and "Copy subject", "Open in mail app",
// "Print", and the downloads. The download formats are followup.exports's, written into the page by
// the build (`data-formats` on the app, one button per format): a format's text is the letter's own
// key of its name, or, for a format made on demand, asked of the composer when wanted (files() for
// text, document() for a binary document). A new format needs nothing here.

import { t } from "./strings.js";

const MAILTO_MAX = 1800; // longer mailto: links are cut or refused by some mail apps

export class Exports {
  /** `form`: the FormModel; `preview`: the Preview (result and note on show); `composer`: for files(). */
  constructor(app, { form, preview, composer }) {
    this.app = app;
    this.form = form;
    this.preview = preview;
    this.composer = composer;
    this.$ = (selector) => app.querySelector(selector);
    /** name -> {name, extension, media_type, label, scope, binary, on_demand} (followup.exports.page_formats). */
    this.formats = new Map(JSON.parse(app.dataset.formats || "[]").map((format) => [format.name, format]));
  }

  wire() {
    this.$("[data-fk-copy]").addEventListener("click", () => this.copy());
    this.$("[data-fk-copy-subject]").addEventListener("click", () => this.copy({ subject: true }));
    this.$("[data-fk-print]").addEventListener("click", () => window.print());
    for (const button of this.app.querySelectorAll("[data-fk-download]")) {
      button.addEventListener("click", () => this.download(this.formats.get(button.dataset.fkDownload)));
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
    // The reminders (a format of the answers, not of a letter) exist only with an interview date.
    const noReminders =
      result?.kind === "after-rejection"
        ? t("exports.no_reminders_rejection")
        : t("exports.no_reminders_date");
    for (const format of this.formats.values()) {
      if (format.scope !== "answers") continue;
      const button = this.$(`[data-fk-download="${format.name}"]`);
      button.disabled = !letter || !result.reminders;
      button.title = letter && !result.reminders ? noReminders : "";
    }
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
    if (!format.on_demand) return letter[format.name];
    const index = this.preview.selected;
    if (format.binary) {
      // An editable document of the note on screen, made by the composer (followup.documents).
      const made = await this.ask(() => this.composer.document(this.form.answers(), format.name, index));
      return made && Uint8Array.from(atob(made.base64), (c) => c.charCodeAt(0));
    }
    // Made on demand: the keystroke renders leave these out (composer-client.js, files()).
    const full = await this.ask(() => this.composer.files(this.form.answers()));
    if (!full) return null;
    if (format.scope === "answers") return full[format.name];
    return full.letters[Math.min(index, full.letters.length - 1)][format.name];
  }

  /** The composer's answer to a file request, or null with a message saying why there is none. */
  async ask(request) {
    let result;
    try {
      result = await request();
    } catch (error) {
      this.message(t("exports.failed", { error: error.message }));
      return null;
    }
    if (!result.ok) {
      this.message(t("exports.invalid"));
      return null;
    }
    return result;
  }

  /** Save the letter on show (or, for a format of the answers, the reminders) as `format`. */
  async download(format) {
    const letter = this.preview.letter();
    if (!letter || !format) return;
    const contents = await this.contents(format, letter);
    if (!contents) return;
    const reminders = format.scope === "answers";
    const name = reminders
      ? `${this.fileStem({ perLetter: false })}-reminders.${format.extension}`
      : `${this.fileStem()}.${format.extension}`;
    download(name, contents, format.media_type);
    this.message(reminders ? t("exports.downloaded_reminders") : t("exports.downloaded", { extension: format.extension }));
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
    const copied = subject ? "exports.copied_subject" : email ? "exports.copied_body" : "exports.copied";
    this.message(t(done ? copied : "exports.copy_blocked"));
  }
}


/** The media type of the files the page saves that are not letters (applications, drafts set aside). */
export const JSON_TYPE = "application/json";

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
