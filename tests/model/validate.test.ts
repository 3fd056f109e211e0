import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, formatIssue } from '../../src/model/errors';
import { checkGraphData, parseGraphData } from '../../src/model/validate';
import { FIXTURES, minimalWith, readDataDir } from '../helpers/data';

const MINIMAL = readDataDir(join(FIXTURES, 'data', 'minimal'));

type Item = Record<string, unknown>;
const at = (list: unknown[] | undefined, i: number): Item => list?.[i] as Item;

function issuesOf(files: Parameters<typeof checkGraphData>[0]) {
  return checkGraphData(files).issues.map(formatIssue);
}

describe('parseGraphData: bad input', () => {
  it('reports a truncated file with its name and line, and no stack trace', () => {
    const files = readDataDir(join(FIXTURES, 'data', 'truncated'));
    expect(() => parseGraphData(files)).toThrow(DataError);
    const issues = checkGraphData(files).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'tests/fixtures/data/truncated/entities.json',
      line: 5,
    });
    expect(formatIssue(issues[0]!)).toMatch(/entities\.json:5:\d+: invalid JSON/);
  });

  it('reports an empty file and a file that is not an object', () => {
    const issues = issuesOf([
      { path: 'a.json', text: '' },
      { path: 'b.json', text: '[1, 2]' },
    ]);
    expect(issues[0]).toMatch(/^a\.json:1:1: the file is empty/);
    expect(issues[1]).toMatch(/^b\.json:1:1 \$: .*Fix: a data file is an object/);
  });

  it('reports no files at all', () => {
    expect(issuesOf([])[0]).toMatch(/no data files found/);
  });

  it('reports a schema violation with its JSON path, line and id', () => {
    const files = minimalWith('entities.json', (v) => {
      at(v['entities'], 1)['kind'] = 'planet';
    });
    const issues = issuesOf(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /entities\.json:\d+:\d+ \$\.entities\[1\]\.kind \(id "acme"\): not an allowed value\. Fix: use one of: "company"/,
    );
  });

  it('reports every problem in one run', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['certainty'] = 'sure';
      at(v['relations'], 1)['target'] = 'nobody';
      at(v['relations'], 2)['date'] = '2025-02-30';
    });
    const issues = issuesOf(files);
    expect(issues).toHaveLength(3);
    expect(issues.join('\n')).toMatch(
      /relations\[0\]\.certainty \(id "acme-chips--subsidiary-of--acme"\)/,
    );
    expect(issues.join('\n')).toMatch(
      /relations\[1\]\.target \(id "acme-chips--develops--a1"\): unknown entity "nobody"/,
    );
    expect(issues.join('\n')).toMatch(
      /relations\[2\]\.date \(id "acme--located-in--ruritania"\): must be a real date/,
    );
  });

  it('checks an item that fails its schema on the fields that passed, in the same run', () => {
    // A bad certainty once hid the item's other problems until it was fixed.
    const files = minimalWith('relations.json', (v) => {
      const r1 = at(v['relations'], 0);
      r1['certainty'] = 'sure';
      r1['target'] = 'nobody';
      r1['citations'] = [{ source: 'doc-9', paragraph: 1 }];
      const r2 = at(v['relations'], 1);
      r2['certainty'] = 'sure';
      r2['source'] = 'ruritania';
    });
    const issues = issuesOf(files).join('\n');
    expect(issues).toMatch(
      /relations\[0\]\.certainty \(id "acme-chips--subsidiary-of--acme"\): not an allowed value/,
    );
    expect(issues).toMatch(
      /relations\[0\]\.target \(id "acme-chips--subsidiary-of--acme"\): unknown entity "nobody"\. Fix: add an entity/,
    );
    expect(issues).toMatch(
      /relations\[0\]\.citations\[0\]\.source \(id "acme-chips--subsidiary-of--acme"\): unknown source "doc-9"\. Fix: add a source/,
    );
    expect(issues).toMatch(
      /relations\[1\]\.source \(id "acme-chips--develops--a1"\): "develops" cannot start from a country/,
    );
    // Its id no longer names what it links: said too, with the id to use.
    expect(issues).toMatch(
      /relations\[1\]\.id \(id "acme-chips--develops--a1"\): the id "acme-chips--develops--a1" does not name what it links \(source--kind--target\)\. Fix: rename it "ruritania--develops--a1"/,
    );
    expect(issuesOf(files)).toHaveLength(6);
    // Issues read in file order, as a curator fixes them.
    const lines = checkGraphData(files).issues.map((i) => i.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('holds relation ids to source--kind--target, and says the id to use', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['id'] = 'acme-owns-chips';
      at(v['relations'], 1)['id'] = 'acme-chips--develops--a1--daily';
    });
    const issues = issuesOf(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /relations\[0\]\.id \(id "acme-owns-chips"\): the id "acme-owns-chips" does not name what it links .*Fix: rename it "acme-chips--subsidiary-of--acme"/,
    );
  });

  it('asks for a citation where none is given, and never offers "states" as a kind to write', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['citations'] = [];
      at(v['relations'], 1)['kind'] = 'develop';
    });
    const issues = issuesOf(files).join('\n');
    expect(issues).toMatch(
      /relations\[0\]\.citations \(id "acme-chips--subsidiary-of--acme"\): empty: at least one is needed\. Fix: cite where the sources say it: \[\{"source": "<source id>", "paragraphs": \[<n>\]\}\]/,
    );
    expect(issues).toMatch(
      /relations\[1\]\.kind .*not an allowed value\. Fix: use one of: .*"develops"/,
    );
    expect(issues).not.toMatch(/"states"/);
  });

  it('says which checks a file that is not JSON stopped, and why', () => {
    const files = readDataDir(join(FIXTURES, 'data', 'truncated'));
    const { skipped } = checkGraphData(files);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(
      /^references to ids .* were not checked: tests\/fixtures\/data\/truncated\/entities\.json is not a valid data file/,
    );
    expect(checkGraphData(MINIMAL).skipped).toEqual([]);
  });

  it('reports duplicate ids, naming where the first one is', () => {
    const files = minimalWith('entities.json', (v) => {
      at(v['entities'], 2)['id'] = 'acme';
    });
    expect(issuesOf(files).join('\n')).toMatch(
      /entities\[2\]\.id \(id "acme"\): duplicate entity id "acme" \(first defined in .*entities\.json at \$\.entities\[1\]\)/,
    );
  });

  it('reports dangling references in relations, asserters and citations', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['assertedBy'] = ['ghost'];
      at(v['relations'], 1)['citations'] = [{ source: 'doc-9', paragraph: 1 }];
    });
    const text = issuesOf(files).join('\n');
    expect(text).toMatch(
      /relations\[0\]\.assertedBy\[0\] \(id "acme-chips--subsidiary-of--acme"\): unknown entity "ghost"/,
    );
    expect(text).toMatch(
      /relations\[1\]\.citations\[0\]\.source \(id "acme-chips--develops--a1"\): unknown source "doc-9"/,
    );
  });

  it('reports a relation no one asserts that does not say what it rests on; general knowledge passes', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['assertedBy'] = [];
    });
    expect(issuesOf(files)[0]).toMatch(
      /relations\[0\]\.assertedBy \(id "acme-chips--subsidiary-of--acme"\): no one asserts this relation and no "attribution" says what it rests on/,
    );
    const known = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['assertedBy'] = [];
      at(v['relations'], 0)['attribution'] = 'general knowledge, not stated in the article';
    });
    expect(issuesOf(known)).toEqual([]);
  });

  it('reports a paragraph out of range', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['citations'] = [{ source: 'doc-1', paragraph: 6 }];
    });
    expect(issuesOf(files)[0]).toMatch(
      /citations\[0\]\.paragraph \(id "acme-chips--subsidiary-of--acme"\): paragraph 6 is out of range: source "doc-1" has 5 paragraphs/,
    );
  });

  it('reports domain and range violations', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['kind'] = 'member-of'; // subsidiary → company: neither fits
    });
    const text = issuesOf(files).join('\n');
    expect(text).toMatch(
      /relations\[0\]\.source \(id "acme-chips--subsidiary-of--acme"\): "member-of" cannot start from a subsidiary/,
    );
    expect(text).toMatch(
      /relations\[0\]\.target \(id "acme-chips--subsidiary-of--acme"\): "member-of" cannot point at a company/,
    );
  });

  it('reports duplicate relations, including reversed symmetric ones', () => {
    const files = minimalWith('relations.json', (v) => {
      const list = v['relations'] ?? [];
      list.push({ ...at(list, 0), id: 'acme-chips--subsidiary-of--acme--again' });
      list.push(
        {
          id: 's1',
          kind: 'competes-with',
          source: 'acme',
          target: 'acme-chips',
          claim: 'x',
          citations: [{ source: 'doc-1', paragraph: 1 }],
          certainty: 'opinion',
          assertedBy: ['daily'],
        },
        {
          id: 's2',
          kind: 'competes-with',
          source: 'acme-chips',
          target: 'acme',
          claim: 'y',
          citations: [{ source: 'doc-1', paragraph: 1 }],
          certainty: 'opinion',
          assertedBy: ['daily'],
        },
      );
    });
    const text = issuesOf(files).join('\n');
    expect(text).toMatch(
      /\(id "acme-chips--subsidiary-of--acme--again"\): duplicates relation "acme-chips--subsidiary-of--acme"/,
    );
    expect(text).toMatch(/\(id "s2"\): duplicates relation "s1"/);
  });

  it('keeps the same relation asserted by someone else as separate evidence', () => {
    const files = minimalWith('relations.json', (v) => {
      const list = v['relations'] ?? [];
      list.push({
        ...at(list, 0),
        id: 'acme-chips--subsidiary-of--acme--acme',
        assertedBy: ['acme'],
      });
    });
    expect(issuesOf(files)).toEqual([]);
  });

  it('reports empty labels and one alias claimed by two entities (accent-insensitive)', () => {
    const files = minimalWith('entities.json', (v) => {
      at(v['entities'], 3)['label'] = ' ';
      at(v['entities'], 4)['aliases'] = ['ACME'];
    });
    const text = issuesOf(files).join('\n');
    expect(text).toMatch(/entities\[3\]\.label \(id "a1"\): must not be empty/);
    expect(text).toMatch(
      /entities\[4\]\.aliases\[0\] \(id "ruritania"\): the name "ACME" is already a label or alias of entity "acme"/,
    );
  });

  it('reports a corroboration from an unknown source, out of range, or from the cited source', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['corroboration'] = [
        { source: 'ghost', paragraph: 1, stance: 'supports', note: 'n' },
        { source: 'doc-1', paragraph: 9, stance: 'contests', note: 'n' },
      ];
      at(v['relations'], 1)['corroboration'] = [
        { source: 'doc-1', paragraph: 1, stance: 'maybe', note: 'n' },
      ];
    });
    const text = issuesOf(files).join('\n');
    expect(text).toMatch(
      /corroboration\[0\]\.source \(id "acme-chips--subsidiary-of--acme"\): unknown source "ghost"/,
    );
    expect(text).toMatch(
      /corroboration\[1\]\.paragraph \(id "acme-chips--subsidiary-of--acme"\): paragraph 9 is out of range/,
    );
    expect(text).toMatch(
      /corroboration\[1\]\.source \(id "acme-chips--subsidiary-of--acme"\): .*already cited by this relation/,
    );
    expect(text).toMatch(/\$\.relations\[1\]\.corroboration\[0\]\.stance/);
  });

  it('refuses a curated "states" relation: statement links are derived from assertedBy', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 0)['kind'] = 'states';
    });
    expect(issuesOf(files).join('\n')).toMatch(
      /\(id "acme-chips--subsidiary-of--acme"\): "states" links are derived, never written: they come from "assertedBy".*speaker in its "assertedBy"/s,
    );
  });

  it('reports self-loops and "until" before "date"', () => {
    const files = minimalWith('relations.json', (v) => {
      at(v['relations'], 1)['until'] = '2023';
      at(v['relations'], 2)['target'] = 'acme';
    });
    const text = issuesOf(files).join('\n');
    expect(text).toMatch(
      /\(id "acme-chips--develops--a1"\): "until" \(2023\) is before "date" \(2024-05\)/,
    );
    expect(text).toMatch(
      /\(id "acme--located-in--ruritania"\): a relation may not point at its own source/,
    );
  });

  it('does not cascade: a relation to an invalid entity is not also "unknown"', () => {
    const files = minimalWith('entities.json', (v) => {
      at(v['entities'], 3)['kind'] = 'planet';
    });
    expect(issuesOf(files)).toHaveLength(1);
  });

  it('reports a source whose outlet is not a news outlet', () => {
    const files = minimalWith('sources.json', (v) => {
      at(v['sources'], 0)['outlet'] = 'acme';
    });
    expect(issuesOf(files)[0]).toMatch(
      /sources\[0\]\.outlet \(id "doc-1"\): outlet "acme" is a company/,
    );
  });
});

describe('parseGraphData', () => {
  it('returns the data of valid files, defaults filled in', () => {
    const data = parseGraphData(MINIMAL);
    expect(data.entities.map((e) => e.id)).toEqual([
      'daily',
      'acme',
      'acme-chips',
      'a1',
      'ruritania',
    ]);
    expect(data.relations).toHaveLength(3);
    expect(data.sources[0]?.paragraphs).toBe(5);
  });
});
