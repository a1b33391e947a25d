// Escaping of untrusted strings for HTML, SVG and XML text and attribute values, so editor input never becomes markup.

// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF): dropped rather than escaped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function clean(value: string | number): string {
  return String(value).toWellFormed().replace(FORBIDDEN, '');
}

/** Text content of an element: safe in HTML and in XML (inline SVG). */
export function escapeText(value: string | number): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value. */
export function escapeAttr(value: string | number): string {
  return clean(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
