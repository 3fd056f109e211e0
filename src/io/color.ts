/**
 * Colours as files carry them (`#rgb`, `#rrggbb`, `rgb()`, `rgba()`, `{r, g, b}`), read once for
 * both directions: `parseColor` for the GEXF writer's `viz:color`, `toHexColor` for the graph.
 */

/** Red, green and blue, 0–255. */
export type Rgb = Readonly<Record<'r' | 'g' | 'b', number>>;

const channel = (value: number) => Math.max(0, Math.min(255, Math.round(value)));

/** The channels of a colour value, or null when it is not one. */
export function parseColor(value: unknown): Rgb | null {
  if (typeof value === 'object' && value !== null && 'r' in value && 'g' in value && 'b' in value) {
    const [r, g, b] = [Number(value.r), Number(value.g), Number(value.b)];
    return [r, g, b].every(Number.isFinite)
      ? { r: channel(r), g: channel(g), b: channel(b) }
      : null;
  }
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
    return {
      r: parseInt(full.slice(0, 2), 16),
      g: parseInt(full.slice(2, 4), 16),
      b: parseInt(full.slice(4, 6), 16),
    };
  }
  const m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(v);
  return m
    ? { r: channel(Number(m[1])), g: channel(Number(m[2])), b: channel(Number(m[3])) }
    : null;
}

/** `#rrggbb` (lower case) for a colour value, or undefined when it is not one. */
export function toHexColor(value: unknown): string | undefined {
  const rgb = parseColor(value);
  if (!rgb) return undefined;
  return `#${[rgb.r, rgb.g, rgb.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
