import { describe, expect, it } from 'vitest';
import { loadKnowledgeGraph } from '../../src/load';
import {
  DEFAULT_VIEW_STATE,
  fromSearchParams,
  sliceChanged,
  toQueryString,
  toSearchParams,
  toggled,
} from '../../src/ui/view-state';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const decode = (query: string) => fromSearchParams(new URLSearchParams(query), graph);

describe('fromSearchParams', () => {
  it('drops unknown ids and values with a notice each, never throwing', () => {
    const { state, notices } = decode(
      'select=atlantis&edge=nope&hide=company,planet&hideRel=loves&hideCert=maybe&hideBy=ghost&asOf=20x&focus=9&view=map',
    );
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, hiddenKinds: new Set(['company']) });
    expect(notices).toHaveLength(9);
    expect(notices[0]).toBe('The link selects an unknown entity "atlantis"; nothing is selected.');
    expect(notices.join('\n')).toContain('unknown entity kind "planet"');
  });

  it('reads every field', () => {
    const { state, notices } = decode(
      'select=huawei&hide=place&hideRel=located-in&hideCert=speculation&hideBy=dylan-patel&asOf=2020&focus=2&view=table',
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ selected: 'huawei', asOf: 2020, focus: 2, view: 'table' });
    expect(state.hiddenAsserters).toEqual(new Set(['dylan-patel']));
  });

  it('reads a perspective and hidden layers, dropping unknown ones with a notice', () => {
    const { state, notices } = decode(
      'by=dylan-patel,ghost&hideLayer=provenance,dreams&view=perspectives&select=huawei',
    );
    expect(state.by).toEqual(new Set(['dylan-patel']));
    expect(state.hiddenLayers).toEqual(new Set(['provenance']));
    expect(state.view).toBe('perspectives');
    expect(notices).toEqual([
      'The link names an unknown asserter "ghost"; it was ignored.',
      'The link names an unknown layer "dreams"; it was ignored.',
    ]);
    expect(toQueryString(state)).toBe(
      'select=huawei&hideLayer=provenance&by=dylan-patel&view=perspectives',
    );
  });
});

describe('toSearchParams', () => {
  it('leaves defaults out', () => {
    expect(toSearchParams(DEFAULT_VIEW_STATE).toString()).toBe('');
  });

  it('round-trips through fromSearchParams', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      selected: 'hisilicon',
      hiddenKinds: new Set(['domain', 'place']),
      hiddenCertainties: new Set(['opinion']),
      asOf: 2019,
      focus: 1 as const,
      view: 'sources' as const,
    };
    const params = toSearchParams(state);
    expect(params.get('hide')).toBe('domain,place');
    expect(fromSearchParams(params, graph).state).toEqual(state);
  });
});

describe('toggled', () => {
  it('adds and removes without mutating', () => {
    const set = new Set(['a']);
    expect(toggled(set, 'b')).toEqual(new Set(['a', 'b']));
    expect(toggled(set, 'a')).toEqual(new Set());
    expect(set).toEqual(new Set(['a']));
  });
});

describe('path queries in the URL', () => {
  it('drops a path with an unknown end, or a half query, with a notice', () => {
    expect(decode('from=huawei&to=atlantis')).toMatchObject({ state: { path: null } });
    expect(decode('from=huawei&to=atlantis').notices[0]).toContain('unknown entity "atlantis"');
    expect(decode('from=huawei').notices[0]).toContain('needs both "from" and "to"');
    const bad = decode('from=huawei&to=nvidia&k=0&maxHops=x&pathAsOf=soon&avoid=huawei,ghost');
    expect(bad.state.path).toMatchObject({
      from: 'huawei',
      to: 'nvidia',
      k: 3,
      maxHops: 6,
      asOf: null,
      avoid: [],
    });
    expect(bad.notices).toHaveLength(5);
  });

  it('round-trips every option', () => {
    const params =
      'from=japan&to=huawei&k=5&maxHops=4&directed=1&rel=imposes,member-of&avoid=china&pathAsOf=2020&prov=1&path=2';
    const { state, notices } = decode(params);
    expect(notices).toEqual([]);
    expect(state.path).toEqual({
      from: 'japan',
      to: 'huawei',
      k: 5,
      maxHops: 4,
      directed: true,
      relations: ['imposes', 'member-of'],
      avoid: ['china'],
      asOf: '2020',
      withProvenance: true,
      chosen: 1,
    });
    expect(toQueryString(state)).toBe(params);
  });
});

describe('sliceChanged', () => {
  it('counts everything as changed before a first render', () => {
    expect(sliceChanged(null, DEFAULT_VIEW_STATE, [])).toBe(true);
  });

  it('says whether one of the named parts changed, by identity', () => {
    const selected = { ...DEFAULT_VIEW_STATE, selected: 'huawei' };
    expect(sliceChanged(DEFAULT_VIEW_STATE, selected, ['selected'])).toBe(true);
    expect(sliceChanged(DEFAULT_VIEW_STATE, selected, ['hiddenKinds', 'path'])).toBe(false);
    // A set replaced by an equal one is a change: the store never mutates a part in place.
    const hidden = { ...DEFAULT_VIEW_STATE, hiddenKinds: new Set<string>() };
    expect(sliceChanged(DEFAULT_VIEW_STATE, hidden, ['hiddenKinds'])).toBe(true);
  });
});
