/**
 * The legend's "Style": colour nodes by a categorical attribute and size them by a numeric one
 * (`&colorBy=`, `&sizeBy=`), with a legend row per colour and the size range.
 */
import type { KnowledgeGraph } from '../../graph/types';
import { h } from '../dom';
import type { Store } from '../store';
import { colorByAttribute, sizeByAttribute, styleAttributes } from '../style-by';
import type { ViewState } from '../view-state';

/** Creates the style section; returns it for a state (null when the graph has no attribute to style by). */
export function createStyleSection(
  graph: KnowledgeGraph,
  store: Store,
): (state: ViewState) => HTMLElement | null {
  const styleChoices = styleAttributes(graph);
  return (state) => {
    if (styleChoices.categorical.length + styleChoices.numeric.length === 0) return null;
    const select = (
      id: string,
      label: string,
      current: string | null,
      none: string,
      options: readonly string[],
      key: 'colorBy' | 'sizeBy',
    ) =>
      h(
        'div',
        { className: 'style-choice' },
        h('label', { for: id }, label),
        h(
          'select',
          {
            id,
            onchange: (event: Event) => {
              if (!(event.target instanceof HTMLSelectElement)) return;
              const value = event.target.value;
              store.update({ [key]: value === '' ? null : value });
            },
          },
          h('option', { value: '', selected: current === null }, none),
          options.map((name) => h('option', { value: name, selected: current === name }, name)),
        ),
      );
    const colorLegend = state.colorBy === null ? [] : colorByAttribute(graph, state.colorBy).legend;
    const sizeRange = state.sizeBy === null ? null : sizeByAttribute(graph, state.sizeBy);
    return h(
      'section',
      { className: 'filter-section style-section' },
      h('h3', {}, 'Style'),
      select(
        'color-by',
        'Colour by',
        state.colorBy,
        'kind (as drawn)',
        styleChoices.categorical,
        'colorBy',
      ),
      colorLegend.length > 0
        ? h(
            'ul',
            {
              className: 'filter-list color-legend',
              'aria-label': `Colours by ${state.colorBy ?? ''}`,
            },
            colorLegend.map((row) =>
              h(
                'li',
                { className: 'legend-row' },
                h('span', {
                  className: 'swatch',
                  style: `background:${row.color}`,
                  'aria-hidden': 'true',
                }),
                h('span', { className: 'filter-label' }, row.value),
                h('span', { className: 'count' }, String(row.count)),
              ),
            ),
          )
        : null,
      select('size-by', 'Size by', state.sizeBy, 'PageRank', styleChoices.numeric, 'sizeBy'),
      sizeRange && Number.isFinite(sizeRange.min)
        ? h(
            'p',
            { className: 'muted small' },
            `Smallest ${sizeRange.min.toPrecision(3)}, largest ${sizeRange.max.toPrecision(3)} (square-root scale).`,
          )
        : null,
    );
  };
}
