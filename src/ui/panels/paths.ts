/**
 * The path finder panel: from/to with the search's autocomplete, swap, options, and the ranked,
 * explained results. Choosing a result highlights it on the canvas; hovering or focusing a hop
 * shows its claim.
 */
import { citationsText, kindLabel, orderKinds, relationKindLabel } from '../../graph/describe';
import { entityIndexOf } from '../../graph/lookup';
import { RELATION_KIND_IDS } from '../../model/vocabulary';
import { DEFAULT_PATH_OPTIONS } from '../../query/options';
import { h, replaceChildren } from '../dom';
import type { PathResults } from '../path-results';
import type { Store } from '../store';
import { newPathQuery, type PathQuery } from '../view-state';
import { attachEntityAutocomplete } from './search';
import { certaintyBadge } from './provenance';

export interface PathFinder {
  /** Re-renders the results for the current state. */
  render(): void;
  /** Fills "from" with an entity and moves focus to "to" (the details panel's shortcut). */
  startFrom(node: string): void;
}

export function createPathFinder(
  panel: HTMLElement,
  store: Store,
  results: () => PathResults | null,
): PathFinder {
  const graph = store.graph;
  const index = entityIndexOf(graph);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');

  const field = (name: string, text: string) => {
    const input = h('input', {
      id: `path-${name}`,
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Entity name',
    });
    const list = h('ul', {
      id: `path-${name}-options`,
      className: 'suggestions',
      'aria-label': `${text} suggestions`,
    });
    return {
      input,
      list,
      wrap: h(
        'div',
        { className: 'path-field' },
        h('label', { for: input.id }, text),
        h('div', { className: 'combo' }, input, list),
      ),
    };
  };
  const from = field('from', 'From');
  const to = field('to', 'To');
  const k = h('input', {
    id: 'path-k',
    type: 'number',
    min: 1,
    max: 50,
    value: DEFAULT_PATH_OPTIONS.k,
  });
  const maxHops = h('input', {
    id: 'path-max-hops',
    type: 'number',
    min: 1,
    max: 20,
    value: DEFAULT_PATH_OPTIONS.maxHops,
  });
  const directed = h('input', { id: 'path-directed', type: 'checkbox' });
  const provenance = h('input', { id: 'path-provenance', type: 'checkbox' });
  const asOf = h('input', {
    id: 'path-as-of',
    type: 'text',
    placeholder: 'YYYY',
    inputmode: 'numeric',
    size: 10,
  });
  const avoid = h('input', {
    id: 'path-avoid',
    type: 'text',
    placeholder: 'names, comma-separated',
  });
  const relationKinds = orderKinds(new Set(graph.mapEdges((_e, a) => a.kind)), RELATION_KIND_IDS);
  const relationBoxes = relationKinds.map((kind) =>
    h('input', { type: 'checkbox', value: kind, 'aria-label': relationKindLabel(kind) }),
  );
  const message = h('p', { className: 'path-message', role: 'status' });
  const output = h('div', { className: 'path-results' });

  const resolve = (text: string, what: string): string | null => {
    const id = index.resolve(text);
    if (id !== undefined) return id;
    const suggestions = index.suggest(text);
    message.textContent =
      text.trim() === ''
        ? `Name the entity to go ${what}.`
        : `Unknown entity "${text}".${suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`;
    return null;
  };

  const submit = (event?: Event) => {
    event?.preventDefault();
    message.textContent = '';
    const fromId = resolve(from.input.value, 'from');
    const toId = fromId === null ? null : resolve(to.input.value, 'to');
    if (fromId === null || toId === null) return;
    const avoidIds: string[] = [];
    for (const name of avoid.value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)) {
      const id = resolve(name, 'around');
      if (id === null) return;
      avoidIds.push(id);
    }
    const year = asOf.value.trim();
    const query: PathQuery = {
      ...newPathQuery(fromId, toId),
      k: Number(k.value) || DEFAULT_PATH_OPTIONS.k,
      maxHops: Number(maxHops.value) || DEFAULT_PATH_OPTIONS.maxHops,
      directed: directed.checked,
      relations: relationBoxes.filter((box) => box.checked).map((box) => box.value),
      avoid: avoidIds,
      asOf: year === '' ? null : year,
      withProvenance: provenance.checked,
    };
    store.update({ path: query });
  };

  // Picking a name in either field runs the search as soon as both are filled.
  const picked = (input: HTMLInputElement) => (id: string) => {
    input.value = label(id);
    if (from.input.value.trim() !== '' && to.input.value.trim() !== '') submit();
    else (input === from.input ? to.input : from.input).focus();
  };
  attachEntityAutocomplete(from.input, from.list, store, picked(from.input), false);
  attachEntityAutocomplete(to.input, to.list, store, picked(to.input), false);

  const form = h(
    'form',
    { className: 'path-form', onsubmit: submit },
    h(
      'div',
      { className: 'path-ends' },
      from.wrap,
      h(
        'button',
        {
          type: 'button',
          className: 'swap',
          'aria-label': 'Swap from and to',
          title: 'Swap from and to',
          onclick: () => {
            [from.input.value, to.input.value] = [to.input.value, from.input.value];
            const path = store.get().path;
            if (path) store.update({ path: { ...path, from: path.to, to: path.from, chosen: 0 } });
          },
        },
        '⇄',
      ),
      to.wrap,
    ),
    h(
      'details',
      { className: 'path-options' },
      h('summary', {}, 'Options'),
      h(
        'div',
        { className: 'option-grid' },
        h('label', { for: k.id }, 'Paths'),
        k,
        h('label', { for: maxHops.id }, 'Max hops'),
        maxHops,
        h('label', { for: asOf.id }, 'As of'),
        asOf,
        h('label', { for: avoid.id }, 'Avoid'),
        avoid,
        h('label', { for: directed.id }, 'Follow direction'),
        directed,
        h(
          'label',
          {
            for: provenance.id,
            title: 'Also follow who was quoted where and where an outlet is based',
          },
          'Include provenance',
        ),
        provenance,
      ),
      h(
        'fieldset',
        { className: 'relation-choices' },
        h('legend', {}, 'Only these relations (none ticked: all)'),
        relationKinds.map((kind, i) =>
          h('label', {}, relationBoxes[i], ` ${relationKindLabel(kind)}`),
        ),
      ),
    ),
    h(
      'div',
      { className: 'path-buttons' },
      h('button', { type: 'submit', className: 'primary' }, 'Find paths'),
      h('button', { type: 'button', onclick: () => store.update({ path: null }) }, 'Clear'),
    ),
  );

  replaceChildren(panel, h('h2', {}, 'Path finder'), form, message, output);

  /** Mirrors a query (from the URL, or swap) back into the form. */
  const fillForm = (query: PathQuery) => {
    from.input.value = label(query.from);
    to.input.value = label(query.to);
    k.value = String(query.k);
    maxHops.value = String(query.maxHops);
    directed.checked = query.directed;
    provenance.checked = query.withProvenance;
    asOf.value = query.asOf ?? '';
    avoid.value = query.avoid.map(label).join(', ');
    for (const box of relationBoxes) box.checked = query.relations.includes(box.value);
  };

  let shownQuery: PathQuery | null = null;
  return {
    render() {
      const current = results();
      if (current === null) {
        if (shownQuery !== null) replaceChildren(output);
        shownQuery = null;
        return;
      }
      if (
        shownQuery === null ||
        shownQuery.from !== current.query.from ||
        shownQuery.to !== current.query.to
      )
        fillForm(current.query);
      shownQuery = current.query;
      if (current.error !== null) {
        replaceChildren(output, h('p', { className: 'path-error', role: 'alert' }, current.error));
        return;
      }
      const { query, paths, explanations, reasons } = current;
      const perspective =
        current.by.length === 0
          ? null
          : h(
              'p',
              { className: 'muted small perspective-note' },
              `According to ${current.by.map(label).join(', ')} only (the legend’s “According to”).`,
            );
      if (paths.length === 0) {
        replaceChildren(
          output,
          perspective,
          h(
            'p',
            {},
            `No path from ${label(query.from)} to ${label(query.to)} within ${query.maxHops} hops under these options.${
              query.withProvenance
                ? ''
                : ' Provenance relations (who was quoted where) are left out: tick “Include provenance” under Options to follow them.'
            }`,
          ),
        );
        return;
      }
      replaceChildren(
        output,
        perspective,
        h(
          'p',
          { className: 'muted small' },
          `${paths.length} path${paths.length === 1 ? '' : 's'} from ${label(query.from)} to ${label(query.to)}: fewest hops first, then direct ties before shared topics, then strongest evidence.`,
        ),
        h(
          'ol',
          { className: 'path-list' },
          paths.map((path, i) =>
            h(
              'li',
              { className: i === query.chosen ? 'chosen' : null },
              h(
                'button',
                {
                  type: 'button',
                  className: 'path-choice',
                  'aria-pressed': i === query.chosen ? 'true' : 'false',
                  onclick: () => store.update({ path: { ...query, chosen: i } }),
                },
                path.nodes.map(label).join(' → '),
              ),
              h('p', { className: 'muted small path-why' }, reasons[i] ?? ''),
              h(
                'details',
                { className: 'path-hops' },
                h(
                  'summary',
                  {},
                  `Each hop, with its evidence (${path.hops} hop${path.hops === 1 ? '' : 's'})`,
                ),
                h(
                  'ul',
                  { className: 'hops' },
                  (explanations[i]?.hops ?? []).map((hop) =>
                    h(
                      'li',
                      { className: 'hop', tabindex: 0, 'data-edge': hop.edge, title: hop.claim },
                      h('span', {}, hop.sentence, ' '),
                      certaintyBadge(hop.certainty),
                      h(
                        'span',
                        { className: 'muted small' },
                        ` ${hop.assertedBy.join(', ')} · ${citationsText(graph, hop.citations, 'brief')}`,
                      ),
                      h('p', { className: 'hop-claim' }, hop.claim),
                      hop.evidence.length > 1
                        ? h(
                            'ul',
                            {
                              className: 'hop-evidence',
                              'aria-label': 'More evidence for this hop',
                            },
                            hop.evidence
                              .slice(1)
                              .map((e) =>
                                h(
                                  'li',
                                  { 'data-edge': e.edge, title: e.claim },
                                  'also: ',
                                  e.sentence,
                                  ' ',
                                  certaintyBadge(e.certainty),
                                  h(
                                    'span',
                                    { className: 'muted small' },
                                    ` ${e.assertedBy.join(', ')}`,
                                  ),
                                ),
                              ),
                          )
                        : null,
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    },
    startFrom(node) {
      from.input.value = label(node);
      to.input.value = '';
      message.textContent = `From ${label(node)} (${kindLabel(graph.getNodeAttribute(node, 'kind'))}): now name where to go.`;
      to.input.focus();
    },
  };
}
