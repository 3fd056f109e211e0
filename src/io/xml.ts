/**
 * Minimal XML text helpers for the GEXF writer: escaping and dropping characters XML 1.0 forbids.
 */

// XML 1.0 allows tab, LF, CR and U+0020 onwards, minus the surrogate-free non-characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for an attribute value or element content (`&`, `<`, `>`, quotes). */
export function escapeXml(value: string): string {
  // Most values need nothing: one test instead of six replacements (a large export writes
  // millions of values).
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(FORBIDDEN, '\ufffd').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
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
