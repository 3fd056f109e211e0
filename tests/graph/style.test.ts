/**
 * The kind palette: every colour at least 3:1 against the white canvas (WCAG 1.4.11), the eight
 * family colours far apart for normal, protan, deutan and tritan vision, and no two kinds drawn
 * alike (same colour and same fill).
 */
import { describe, expect, it } from 'vitest';
import { FAMILY_COLORS, KIND_STYLES } from '../../src/graph/style';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r = 0, g = 0, b = 0] = rgb(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
};

// Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
const VISION: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** CIELAB (D65) of a colour as seen with the given vision. */
function lab(hex: string, matrix: number[][]): number[] {
  const c = rgb(hex).map(linear);
  const seen = matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, m, i) => sum + m * (c[i] ?? 0), 0),
      ),
    ),
  );
  const [r = 0, g = 0, b = 0] = seen;
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
  const [fx = 0, fy = 0, fz = 0] = xyz;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

describe('the kind palette', () => {
  it('has at least 3:1 contrast against the white canvas for every colour', () => {
    for (const [family, hex] of Object.entries(FAMILY_COLORS))
      expect(contrast(hex, '#ffffff'), family).toBeGreaterThanOrEqual(3);
  });

  it('keeps the family colours apart for colour-blind readers (ΔE*ab ≥ 12 in every vision)', () => {
    const colours = Object.values(FAMILY_COLORS);
    for (const [vision, matrix] of Object.entries(VISION)) {
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const a = lab(colours[i] ?? '', matrix);
          const b = lab(colours[j] ?? '', matrix);
          const distance = Math.hypot(...a.map((v, k) => v - (b[k] ?? 0)));
          expect(distance, `${vision}: ${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(12);
        }
      }
    }
  });

  it('draws no two kinds alike: each colour is used once filled and at most once as a ring', () => {
    const looks = Object.values(KIND_STYLES).map((s) => `${s.color}|${s.ring}`);
    expect(new Set(looks).size).toBe(looks.length);
    const used = new Set(Object.values(KIND_STYLES).map((s) => s.color));
    expect([...used].sort()).toEqual(Object.values(FAMILY_COLORS).sort());
  });
});
