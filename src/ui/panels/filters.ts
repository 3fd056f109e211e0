/**
 * Legend and filters in one: each row shows a colour (entity kinds), a name and "visible/total";
 * pressing it hides or shows that kind. Also layers (relations, statements, provenance),
 * certainty, relation kinds and the perspective: "According to" keeps only the claims of the
 * asserters chosen. The "as of" timeline (`timeline.ts`) and "Style" (`style-section.ts`) are
 * sections of their own; the counts come from `countFacets`.
 */
import { countFacets } from '../../graph/facets';
import { kindColor, kindLabel, orderKinds, relationKindLabel } from '../../graph/describe';
import {
  CERTAINTIES,
  CERTAINTY_MEANINGS,
  ENTITY_KIND_IDS,
  LAYERS,
  LAYER_IDS,
  RELATION_KIND_IDS,
  isCertainty,
  isEntityKind,
  type Layer,
} from '../../model/vocabulary';
import { CERTAINTY_STROKES, KIND_STYLES, RELATION_INK, STATEMENT_COLOR } from '../../graph/style';
import { withAlpha } from '../reducers';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';
import { toggled, type ViewState } from '../view-state';
import { createStyleSection } from './style-section';
import { createTimeline } from './timeline';

/** A conic gradient of equal parts, one per colour (a swatch for a kind drawn several ways). */
const splitSwatch = (colors: readonly string[]) =>
  `conic-gradient(${colors
    .map((c, i) => `${c} ${(i * 100) / colors.length}% ${((i + 1) * 100) / colors.length}%`)
    .join(', ')})`;

type SetKey =
  'hiddenKinds' | 'hiddenRelations' | 'hiddenCertainties' | 'hiddenAsserters' | 'hiddenLayers';

/** Legend swatches of the layers: statement links have their own colour on the canvas. */
const LAYER_SWATCHES: Record<Layer, string> = {
  substantive: '#555555',
  statement: STATEMENT_COLOR,
  provenance: '#c2c2c2',
};

/** Mounts the legend and filters in `panel`; returns its render function (state → panel). */
export function createFilters(panel: HTMLElement, store: Store): () => void {
  const graph = store.graph;
  const totals = countFacets(graph);
  const timeline = createTimeline(graph, store, () => render());
  const styleSection = createStyleSection(graph, store);
  /**
   * Sections fold (a long list of relation kinds would push the rest out of reach); each keeps the
   * reader's choice across re-renders. A long list of relation kinds (more than `LONG_LIST`)
   * starts folded; the entity kinds, which are the colour legend, start open.
   */
  const folded = new Map<string, boolean>();
  const LONG_LIST = 12;
  const foldable = (
    title: string,
    content: (HTMLElement | null)[],
    className: string,
    length: number,
    startFolded = false,
  ): HTMLElement => {
    const details = h(
      'details',
      {
        className: `filter-section ${className}`.trim(),
        open: !(folded.get(title) ?? startFolded),
      },
      h('summary', {}, h('h3', {}, title), h('span', { className: 'count' }, String(length))),
      content,
    );
    details.addEventListener('toggle', () => folded.set(title, !details.open));
    return details;
  };
  // The colours nodes of each kind are drawn in, most used first: a file may colour one kind
  // several ways, and the legend must show what is drawn.
  const drawnColors = new Map<string, Map<string, number>>();
  graph.forEachNode((_n, a) => {
    const colors = drawnColors.get(a.kind) ?? new Map<string, number>();
    colors.set(a.color, (colors.get(a.color) ?? 0) + 1);
    drawnColors.set(a.kind, colors);
  });
  const kindSwatchColors = (kind: string) =>
    [...(drawnColors.get(kind) ?? new Map<string, number>()).entries()]
      .sort((x, y) => y[1] - x[1])
      .map(([color]) => color);
  const row = (
    key: SetKey,
    value: string,
    label: string,
    [visible, total]: readonly [number, number],
    state: ViewState,
    extra: {
      color?: string;
      /** Several drawn colours (a file's own): a split swatch of up to three. */
      mixed?: readonly string[];
      ring?: boolean;
      line?: { color: string; size: number };
      title?: string;
    } = {},
  ) => {
    const shown = !state[key].has(value);
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          className: 'filter-row',
          'aria-pressed': shown ? 'true' : 'false',
          'data-filter': key,
          'data-value': value,
          title: extra.title ?? null,
          onclick: () => store.update({ [key]: toggled(state[key], value) }),
        },
        extra.line
          ? h('span', {
              className: 'swatch-line',
              style: `background:${extra.line.color};height:${Math.max(1, Math.round(extra.line.size * 1.5))}px`,
              'aria-hidden': 'true',
            })
          : extra.mixed && extra.mixed.length > 1
            ? h('span', {
                className: 'swatch',
                title: `drawn in ${extra.mixed.length === 3 ? 'several' : 'two'} colours (from the file)`,
                style: `background:${splitSwatch(extra.mixed)}`,
                'aria-hidden': 'true',
              })
            : extra.color
              ? extra.ring
                ? h('span', {
                    className: 'swatch ring',
                    style: `border-color:${extra.color}`,
                    'aria-hidden': 'true',
                  })
                : h('span', {
                    className: 'swatch',
                    style: `background:${extra.color}`,
                    'aria-hidden': 'true',
                  })
              : null,
        h('span', { className: 'filter-label' }, label),
        h(
          'span',
          { className: 'count', 'aria-label': `${visible} of ${total} shown` },
          `${visible}/${total}`,
        ),
      ),
    );
  };

  const render = () => {
    const state = store.get();
    const { nodes, edges } = store.visibility();
    const visible = countFacets(graph, nodes, edges);
    /** Visible and total counts of one legend row. */
    const count = (group: keyof typeof totals, value: string) =>
      [visible[group].get(value) ?? 0, totals[group].get(value) ?? 0] as const;
    const section = (title: string, rows: HTMLElement[], className = '', note?: HTMLElement) =>
      foldable(
        title,
        [note ?? null, h('ul', { className: 'filter-list' }, rows)],
        className,
        rows.length,
        title === 'Relation kinds' && rows.length > LONG_LIST,
      );

    const anyFilter =
      state.hiddenKinds.size +
        state.hiddenRelations.size +
        state.hiddenCertainties.size +
        state.hiddenAsserters.size +
        state.hiddenLayers.size +
        state.by.size >
        0 ||
      state.asOf !== null ||
      state.hideUndated;

    /** A perspective row: pressed means "only these asserters' claims" (none pressed: everyone's). */
    const perspectiveRow = (who: string) => {
      const chosen = state.by.has(who);
      const [shown, total] = count('asserters', who);
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            className: 'filter-row',
            'aria-pressed': chosen ? 'true' : 'false',
            'data-filter': 'by',
            'data-value': who,
            onclick: () => store.update({ by: toggled(state.by, who) }),
          },
          h(
            'span',
            { className: 'filter-label' },
            graph.hasNode(who) ? graph.getNodeAttribute(who, 'label') : who,
          ),
          h(
            'span',
            { className: 'count', 'aria-label': `${shown} of ${total} claims shown` },
            `${shown}/${total}`,
          ),
        ),
      );
    };

    const active = document.activeElement;
    const activeKey =
      active instanceof HTMLElement
        ? `${active.dataset['filter'] ?? ''}|${active.dataset['value'] ?? ''}|${active.id}`
        : '';

    replaceChildren(
      panel,
      h('h2', {}, 'Legend and filters'),
      anyFilter
        ? h(
            'button',
            {
              type: 'button',
              className: 'reset',
              onclick: () =>
                store.update({
                  hiddenKinds: new Set(),
                  hiddenRelations: new Set(),
                  hiddenCertainties: new Set(),
                  hiddenAsserters: new Set(),
                  hiddenLayers: new Set(),
                  by: new Set(),
                  asOf: null,
                  hideUndated: false,
                  colorBy: null,
                  sizeBy: null,
                }),
            },
            'Show everything',
          )
        : null,
      timeline(state),
      styleSection(state),
      section(
        'Layers',
        orderKinds(totals.layers.keys(), LAYER_IDS).map((layer) => {
          const known = LAYER_IDS.find((l) => l === layer);
          return row(
            'hiddenLayers',
            layer,
            known ? LAYERS[known].label : layer,
            count('layers', layer),
            state,
            {
              line: { color: known ? LAYER_SWATCHES[known] : '#999999', size: 2 },
              title: known ? LAYERS[known].meaning : '',
            },
          );
        }),
      ),
      section(
        'Entity kinds',
        orderKinds(totals.kinds.keys(), ENTITY_KIND_IDS).map((kind) =>
          row('hiddenKinds', kind, kindLabel(kind), count('kinds', kind), state, {
            color:
              state.colorBy === null
                ? (kindSwatchColors(kind)[0] ?? kindColor(graph, kind))
                : '#9ca3af',
            mixed: state.colorBy === null ? kindSwatchColors(kind).slice(0, 3) : [],
            ring: isEntityKind(kind) && KIND_STYLES[kind].ring,
          }),
        ),
      ),
      // "According to" before the long lists, so it is in reach without scrolling past them.
      totals.asserters.size > 0
        ? section(
            'According to',
            [...totals.asserters.keys()]
              .sort((a, b) => (totals.asserters.get(b) ?? 0) - (totals.asserters.get(a) ?? 0))
              .map(perspectiveRow),
            'perspective',
            h(
              'p',
              { className: 'muted small' },
              state.by.size === 0
                ? 'Everyone’s claims are shown. Choose one or more to see only theirs, on the canvas, in the table and in paths.'
                : `Only the claims of ${[...state.by].map((who) => (graph.hasNode(who) ? graph.getNodeAttribute(who, 'label') : who)).join(', ')}.`,
            ),
          )
        : null,
      // Certainty only where the graph has some (an imported file's edges have none).
      [...totals.certainties.keys()].some(isCertainty)
        ? section(
            'Certainty',
            orderKinds(totals.certainties.keys(), CERTAINTIES).map((c) =>
              row('hiddenCertainties', c, c, count('certainties', c), state, {
                title: isCertainty(c) ? CERTAINTY_MEANINGS[c] : 'no certainty recorded',
                line: isCertainty(c)
                  ? {
                      color: withAlpha(RELATION_INK, CERTAINTY_STROKES[c].alpha),
                      size: CERTAINTY_STROKES[c].size,
                    }
                  : { color: '#8c8c8c', size: 1.5 },
              }),
            ),
          )
        : null,
      section(
        'Relation kinds',
        orderKinds(totals.relations.keys(), RELATION_KIND_IDS).map((kind) =>
          row('hiddenRelations', kind, relationKindLabel(kind), count('relations', kind), state),
        ),
      ),
    );
    // Re-rendering replaces the buttons: give focus back to the one the user pressed.
    if (activeKey !== '') {
      const again = [...panel.querySelectorAll<HTMLElement>('[data-filter], #as-of')].find(
        (el) => `${el.dataset['filter'] ?? ''}|${el.dataset['value'] ?? ''}|${el.id}` === activeKey,
      );
      again?.focus();
    }
  };
  return render;
}
