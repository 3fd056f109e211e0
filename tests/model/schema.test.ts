import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  RELATION_KINDS,
  entitySchema,
  isPartialDate,
  relationSchema,
  toJsonSchema,
} from '../../src/model/schema';
import { ROOT } from '../helpers/data';

describe('isPartialDate', () => {
  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '',
      '25',
      '2025-7',
      '2025-13',
      '2025-02-30',
      '2025-00',
      '2025/07/28',
      'July 2025',
    ]) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
  });
  it('accepts years, months and days', () => {
    for (const good of ['2019', '2025-07', '2025-07-28', '2024-02-29'])
      expect(isPartialDate(good)).toBe(true);
  });
});

describe('entity and relation schemas', () => {
  it('reject a wrong kind, an empty label and unknown properties', () => {
    const result = entitySchema.safeParse({
      id: 'Bad Id',
      label: '  ',
      kind: 'planet',
      description: 'x',
      citations: [],
      colour: 'red',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['id', 'label', 'kind', 'citations', '']));
  });
  it('reject a relation without certainty (an empty asserter list is the validator’s to judge)', () => {
    const result = relationSchema.safeParse({
      id: 'r',
      kind: 'develops',
      source: 'a',
      target: 'b',
      claim: 'c',
      citations: [{ source: 's', paragraph: 1 }],
      assertedBy: [],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['certainty']);
  });
});

describe('relation kinds', () => {
  it('have known domain and range kinds and phrases both ways', () => {
    for (const [kind, spec] of Object.entries(RELATION_KINDS)) {
      for (const k of [...spec.domain, ...spec.range])
        expect(ENTITY_KINDS, `${kind}: ${k}`).toHaveProperty(k);
      expect(spec.forward.trim(), kind).not.toBe('');
      expect(spec.inverse.trim(), kind).not.toBe('');
      if (spec.symmetric) expect(spec.forward).toBe(spec.inverse);
    }
  });
});

describe('toJsonSchema', () => {
  it('describes the three lists, with entity kinds as an enum', () => {
    const schema = JSON.stringify(toJsonSchema());
    expect(schema).toContain('"entities"');
    expect(schema).toContain('"relations"');
    expect(schema).toContain('"government-agency"');
  });
  it('matches the committed graph-data/schema/chipgraph.schema.json (run "npm run schema")', () => {
    const committed: unknown = JSON.parse(
      readFileSync(join(ROOT, 'graph-data/schema/chipgraph.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(toJsonSchema());
  });
});
