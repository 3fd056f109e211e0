import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILY_COLORS, NODE_SIZE_RANGE } from '../../src/graph/style';
import { importGraphFile } from '../../src/io/import';
import { loadKnowledgeGraph } from '../../src/load';
import { buildGraph } from '../../src/graph/build';
import {
  colorByAttribute,
  displaySizes,
  gradientColor,
  GRADIENT_STOPS,
  sizeByAttribute,
  styleAttributes,
} from '../../src/ui/style-by';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';

const gephi = importGraphFile(
  'gephi-0.10-modularity-1.3.gexf',
  readFileSync(join(FIXTURES, 'gexf', 'gephi-0.10-modularity-1.3.gexf'), 'utf8'),
);
const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });

describe('styleAttributes: bad input', () => {
  it('offers nothing for an attribute no node varies, nor lists and structure', () => {
    const { categorical, numeric } = styleAttributes(article);
    for (const never of ['label', 'x', 'y', 'color', 'aliases', 'citations', 'description'])
      expect([...categorical, ...numeric]).not.toContain(never);
  });
});

describe('styleAttributes', () => {
  it('offers a modularity class as a category and Gephi’s degree as a size', () => {
    const { categorical, numeric } = styleAttributes(gephi);
    expect(categorical).toContain('modularity_class');
    expect(numeric).toEqual(expect.arrayContaining(['degree', 'pagerank']));
    expect(styleAttributes(article).categorical).toContain('kind');
  });
});

describe('colorByAttribute', () => {
  it('gives each value a palette colour and lists them with counts, most common first', () => {
    const { colors, legend } = colorByAttribute(gephi, 'modularity_class');
    expect(legend.map((row) => [row.value, row.count])).toEqual([
      ['0', 4],
      ['1', 4],
      ['2', 4],
    ]);
    const palette = Object.values(FAMILY_COLORS);
    expect(legend.map((row) => row.color)).toEqual(palette.slice(0, 3));
    expect(colors.get('0')).toBe(palette[0]);
    expect(colors.get('11')).toBe(palette[2]);
  });

  it('puts values beyond the palette, and nodes without the attribute, under "other"', () => {
    const { legend } = colorByAttribute(article, 'kind');
    expect(legend.length).toBe(Object.keys(FAMILY_COLORS).length + 1);
    expect(legend.at(-1)?.value).toBe('other');
    expect(legend.reduce((sum, row) => sum + row.count, 0)).toBe(article.order);
  });
});

describe('sizeByAttribute', () => {
  it('maps zero to the largest value onto the node size range (2 is not "smallest" next to 3)', () => {
    const { sizes, min, max } = sizeByAttribute(gephi, 'degree');
    expect([min, max]).toEqual([2, 3]);
    expect(Math.max(...sizes.values())).toBe(NODE_SIZE_RANGE.max);
    expect(Math.min(...sizes.values())).toBeGreaterThan(NODE_SIZE_RANGE.max * 0.7);
  });
});

describe('gradientColor: bad input', () => {
  it('clamps values outside [0, 1] and reads NaN as the start', () => {
    expect(gradientColor(-3)).toBe(GRADIENT_STOPS[0]);
    expect(gradientColor(7)).toBe(GRADIENT_STOPS.at(-1));
    expect(gradientColor(Number.NaN)).toBe(GRADIENT_STOPS[0]);
  });
});

describe('colorByAttribute on numbers', () => {
  it('colours a numeric attribute on a light-to-dark ramp, with its range as the legend', () => {
    const { colors, legend, gradient } = colorByAttribute(article, 'pagerank');
    expect(legend).toEqual([]);
    expect(gradient).toMatchObject({ missing: 0 });
    const ranks = article.nodes().map((n) => article.getNodeAttribute(n, 'pagerank'));
    expect(gradient?.min).toBe(Math.min(...ranks));
    expect(gradient?.max).toBe(Math.max(...ranks));
    const top = article
      .nodes()
      .reduce((a, b) =>
        article.getNodeAttribute(a, 'pagerank') >= article.getNodeAttribute(b, 'pagerank') ? a : b,
      );
    expect(colors.get(top)).toBe(GRADIENT_STOPS.at(-1));
    // Darker means more: the luminance falls as the value rises.
    const lum = (hex: string) =>
      [1, 3, 5].reduce((sum, i) => sum + Number.parseInt(hex.slice(i, i + 2), 16), 0);
    expect(lum(gradientColor(0.9))).toBeLessThan(lum(gradientColor(0.1)));
  });

  it('keeps a category a category (a modularity class is not a ramp)', () => {
    expect(colorByAttribute(gephi, 'modularity_class').gradient).toBeNull();
  });
});

describe('displaySizes', () => {
  it('leaves sizes in the drawable range alone (the article), scales a file’s big sizes into it', () => {
    expect(displaySizes(article)).toBeNull();
    const big = buildGraph({ entities: [], relations: [], sources: [] });
    for (const [id, size] of [
      ['a', 1],
      ['b', 50],
      ['c', 100],
    ] as const)
      big.addNode(id, { ...article.getNodeAttributes('huawei'), label: id, size });
    const sizes = displaySizes(big);
    expect(sizes?.get('a')).toBe(NODE_SIZE_RANGE.min);
    expect(sizes?.get('c')).toBe(NODE_SIZE_RANGE.max);
    expect(sizes?.get('b')).toBeGreaterThan(NODE_SIZE_RANGE.min);
    expect(sizes?.get('b')).toBeLessThan(NODE_SIZE_RANGE.max);
    // The graph keeps the file's own sizes (exports write them back).
    expect(big.getNodeAttribute('c', 'size')).toBe(100);
  });
});
