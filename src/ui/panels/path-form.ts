/**
 * The path finder's form: from/to with the search's autocomplete, swap, the options, and the
 * message line that says what is missing or unknown. Submitting puts the query in the store; a
 * query in the store (from the URL, or swap) is mirrored back with `fill`.
 */
import { orderKinds, relationKindLabel } from '../../graph/describe';
import { entityIndexOf } from '../../graph/lookup';
import { RELATION_KIND_IDS } from '../../model/vocabulary';
import { DEFAULT_PATH_OPTIONS, sameEntityMessage } from '../../query/options';
import { h } from '../dom';
import type { Store } from '../store';
import { newPathQuery, type PathQuery } from '../view-state';
import { attachEntityAutocomplete } from './search';

export interface PathForm {
  readonly form: HTMLFormElement;
  /** Says what is missing or unknown, or what to do next (a status line). */
  readonly message: HTMLElement;
  /** Shows a query's ends and options in the form. */
  readonly fill: (query: PathQuery) => void;
  /** Fills "from" with an entity, says `hint` and moves focus to "to". */
  readonly startFrom: (node: string, hint: string) => void;
}

export function createPathForm(store: Store): PathForm {
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
    if (fromId === toId) {
      // Two names for one entity ("Huawei", "华为"): no path to list, and the old one no longer answers.
      message.textContent = sameEntityMessage(label(fromId));
      store.update({ path: null });
      return;
    }
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
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            // Clear starts a new question: names left in From and To would run into the next
            // one typed.
            from.input.value = '';
            to.input.value = '';
            message.textContent = '';
            store.update({ path: null });
            from.input.focus();
          },
        },
        'Clear',
      ),
    ),
  );

  /** Mirrors a query (from the URL, or swap) back into the form. */
  const fill = (query: PathQuery) => {
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

  return {
    form,
    message,
    fill,
    startFrom: (node, hint) => {
      from.input.value = label(node);
      to.input.value = '';
      message.textContent = hint;
      to.input.focus();
    },
  };
}
