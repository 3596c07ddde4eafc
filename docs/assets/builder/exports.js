// Letter exports made in the browser: downloads (Blob + object URL), clipboard, standalone HTML.

export const MIME = {
  txt: "text/plain;charset=utf-8",
  md: "text/markdown;charset=utf-8",
  html: "text/html;charset=utf-8",
  eml: "message/rfc822",
  ics: "text/calendar;charset=utf-8",
  json: "application/json",
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
