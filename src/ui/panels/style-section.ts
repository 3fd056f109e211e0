/**
 * The legend's "Style": colour nodes by any attribute (categories get a colour each, numbers a
 * light-to-dark ramp) and size them by a numeric one (`&colorBy=`, `&sizeBy=`), with a legend row
 * per colour or the ramp with its range; and how many names the canvas draws and how large
 * (`&labels=`, `&labelSize=`).
 */
import type { KnowledgeGraph } from '../../graph/types';
import { h } from '../dom';
import { LABEL_DENSITIES, type LabelDensity } from '../labels';
import type { Store } from '../store';
import { colorByAttribute, sizeByAttribute, styleAttributes } from '../style-by';
import { LABEL_SIZES, type ViewState } from '../view-state';

/** What each label density means, as the reader reads it. */
const DENSITY_NAMES: Readonly<Record<LabelDensity, string>> = {
  none: 'none (only the selection and path)',
  few: 'few',
  many: 'many',
  all: 'all (may overlap)',
};

/** A number for the legend: short, without float noise. */
const short = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(3));

/** Creates the style section; returns it for a state. */
export function createStyleSection(
  graph: KnowledgeGraph,
  store: Store,
): (state: ViewState) => HTMLElement {
  const styleChoices = styleAttributes(graph);
  const choice = (id: string, label: string, control: HTMLElement) =>
    h('div', { className: 'style-choice' }, h('label', { for: id }, label), control);
  const onSelect =
    (apply: (value: string) => void) =>
    (event: Event): void => {
      if (event.target instanceof HTMLSelectElement) apply(event.target.value);
    };
  return (state) => {
    const numericColours = styleChoices.numeric.filter(
      (name) => !styleChoices.categorical.includes(name),
    );
    const colourBy = h(
      'select',
      {
        id: 'color-by',
        onchange: onSelect((value) => store.update({ colorBy: value === '' ? null : value })),
      },
      h('option', { value: '', selected: state.colorBy === null }, 'kind (as drawn)'),
      styleChoices.categorical.length > 0
        ? h(
            'optgroup',
            { label: 'categories' },
            styleChoices.categorical.map((name) =>
              h('option', { value: name, selected: state.colorBy === name }, name),
            ),
          )
        : null,
      numericColours.length > 0
        ? h(
            'optgroup',
            { label: 'numbers (light to dark)' },
            numericColours.map((name) =>
              h('option', { value: name, selected: state.colorBy === name }, name),
            ),
          )
        : null,
    );
    const sizeBy = h(
      'select',
      {
        id: 'size-by',
        onchange: onSelect((value) => store.update({ sizeBy: value === '' ? null : value })),
      },
      h(
        'option',
        { value: '', selected: state.sizeBy === null },
        'as drawn (PageRank or the file)',
      ),
      styleChoices.numeric.map((name) =>
        h('option', { value: name, selected: state.sizeBy === name }, name),
      ),
    );
    const labels = h(
      'select',
      {
        id: 'label-density',
        onchange: onSelect((value) => {
          const density = LABEL_DENSITIES.find((d) => d === value);
          if (density) store.update({ labels: density });
        }),
      },
      LABEL_DENSITIES.map((d) =>
        h('option', { value: d, selected: state.labels === d }, DENSITY_NAMES[d]),
      ),
    );
    const sizes = LABEL_SIZES.includes(state.labelSize)
      ? LABEL_SIZES
      : [...LABEL_SIZES, state.labelSize].sort((a, b) => a - b);
    const labelSize = h(
      'select',
      {
        id: 'label-size',
        onchange: onSelect((value) => store.update({ labelSize: Number(value) })),
      },
      sizes.map((n) =>
        h('option', { value: String(n), selected: state.labelSize === n }, `${n} px`),
      ),
    );
    const colours = state.colorBy === null ? null : colorByAttribute(graph, state.colorBy);
    const sizeRange = state.sizeBy === null ? null : sizeByAttribute(graph, state.sizeBy);
    return h(
      'section',
      { className: 'filter-section style-section' },
      h('h3', {}, 'Style'),
      choice('color-by', 'Colour by', colourBy),
      colours && colours.legend.length > 0
        ? h(
            'ul',
            {
              className: 'filter-list color-legend',
              'aria-label': `Colours by ${state.colorBy ?? ''}`,
            },
            colours.legend.map((row) =>
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
      colours?.gradient && Number.isFinite(colours.gradient.min)
        ? h(
            'div',
            {
              className: 'color-gradient',
              role: 'img',
              'aria-label': `${state.colorBy ?? ''}: light ${short(colours.gradient.min)} to dark ${short(colours.gradient.max)}`,
            },
            h('span', {
              className: 'gradient-bar',
              style: `background:linear-gradient(to right, ${colours.gradient.stops.join(', ')})`,
            }),
            h(
              'span',
              { className: 'gradient-range muted small' },
              h('span', {}, short(colours.gradient.min)),
              h('span', {}, short(colours.gradient.max)),
            ),
            colours.gradient.missing > 0
              ? h(
                  'span',
                  { className: 'muted small' },
                  `grey: no value (${colours.gradient.missing})`,
                )
              : null,
          )
        : null,
      styleChoices.numeric.length > 0 ? choice('size-by', 'Size by', sizeBy) : null,
      sizeRange && Number.isFinite(sizeRange.min)
        ? h(
            'p',
            { className: 'muted small' },
            `Smallest ${short(sizeRange.min)}, largest ${short(sizeRange.max)} (square-root scale).`,
          )
        : null,
      choice('label-density', 'Names', labels),
      choice('label-size', 'Name size', labelSize),
    );
  };
}
