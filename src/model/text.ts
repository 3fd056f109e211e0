/**
 * Text folding for matching names: case-, accent- and width-insensitive, so "huawei", "HUAWEI",
 * "Huawéi" and full-width "ＨＵＡＷＥＩ" meet. Native scripts (华为) pass through unchanged.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
