/**
 * Minimal XML text helpers for the GEXF writer: escaping and dropping characters XML 1.0 forbids.
 */

// XML 1.0 allows tab, LF, CR and U+0020 onwards, minus the surrogate-free non-characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A reader normalises a raw tab or line break in an attribute value to a space, and a raw CR
  // anywhere to a line feed (XML 1.0 §3.3.3, §2.11); as character references they come back as
  // written (networkx found the difference).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for an attribute value or element content (`&`, `<`, `>`, quotes, tab, LF, CR). */
export function escapeXml(value: string): string {
  // Most values need nothing: one test instead of six replacements (a large export writes
  // millions of values).
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(FORBIDDEN, '\ufffd').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

/** `name="value"` pairs, escaped; undefined values are left out. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  let out = '';
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined)
      out += ` ${name}="${typeof value === 'number' ? String(value) : escapeXml(value)}"`;
  }
  return out;
}
