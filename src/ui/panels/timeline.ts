/**
 * The legend's "As of" timeline: a slider over the years of dated items (ticks, "all"), ▶ to play
 * through them a year a second, and "Also hide undated relations".
 */
import type { KnowledgeGraph } from '../../graph/types';
import { datedYearRange } from '../../graph/timeline';
import { STATEMENT_KIND } from '../../model/vocabulary';
import { h } from '../dom';
import type { Store } from '../store';
import type { ViewState } from '../view-state';

/**
 * Creates the timeline; returns its section for a state (null when nothing is dated).
 * @param onStop - called when the reader stops playing (the state did not change: redraw the button)
 */
export function createTimeline(
  graph: KnowledgeGraph,
  store: Store,
  onStop: () => void,
): (state: ViewState) => HTMLElement | null {
  const years = datedYearRange(graph);
  const undated = graph.filterEdges(
    (_e, a) => a.kind !== STATEMENT_KIND && a.date === undefined,
  ).length;
  // "Play": the slider steps one year a second from the first dated year to "all".
  let playing: ReturnType<typeof setInterval> | null = null;
  const stopPlay = () => {
    if (playing !== null) clearInterval(playing);
    playing = null;
  };
  const togglePlay = (span: { min: number; max: number }) => {
    if (playing !== null) {
      stopPlay();
      onStop();
      return;
    }
    let year = span.min;
    playing = setInterval(() => {
      year++;
      if (year > span.max) stopPlay();
      store.update({ asOf: year > span.max ? null : year }, 'replace');
    }, 1000);
    store.update({ asOf: year }, 'replace');
  };

  return (state) => {
    if (!years) return null;
    return h(
      'section',
      { className: 'filter-section timeline' },
      h('h3', {}, h('label', { for: 'as-of' }, 'As of')),
      h(
        'div',
        { className: 'timeline-row' },
        h(
          'button',
          {
            type: 'button',
            className: 'play',
            'aria-pressed': playing === null ? 'false' : 'true',
            'aria-label': playing === null ? 'Play the years' : 'Stop playing',
            title: 'Step through the years',
            onclick: () => togglePlay(years),
          },
          playing === null ? '▶' : '■',
        ),
        h('input', {
          id: 'as-of',
          type: 'range',
          min: years.min,
          max: years.max + 1,
          step: 1,
          list: 'as-of-ticks',
          value: state.asOf ?? years.max + 1,
          'aria-valuetext': state.asOf === null ? 'all dates' : `as of ${state.asOf}`,
          oninput: (event: Event) => {
            const target = event.target;
            if (!(target instanceof HTMLInputElement)) return;
            const year = Number(target.value);
            stopPlay();
            store.update({ asOf: year > years.max ? null : year }, 'replace');
          },
        }),
      ),
      h(
        'datalist',
        { id: 'as-of-ticks' },
        Array.from({ length: years.max - years.min + 2 }, (_, i) =>
          h('option', { value: years.min + i }),
        ),
      ),
      h(
        'div',
        { className: 'tick-labels', 'aria-hidden': 'true' },
        [years.min, years.max, years.max + 1].map((year) =>
          h(
            'span',
            {
              style: `left:${(100 * (year - years.min)) / (years.max + 1 - years.min)}%`,
            },
            year > years.max ? 'all' : String(year),
          ),
        ),
      ),
      h(
        'output',
        { for: 'as-of', id: 'as-of-value' },
        state.asOf === null ? 'all dates' : `${state.asOf} and earlier`,
      ),
      h(
        'label',
        { className: 'small undated-choice' },
        h('input', {
          type: 'checkbox',
          id: 'hide-undated',
          checked: state.hideUndated,
          onchange: () => store.update({ hideUndated: !state.hideUndated }),
        }),
        ` Also hide undated relations (${undated})`,
      ),
      h(
        'p',
        { className: 'muted small' },
        'Hides what is dated after the year (events, launches, measures, relations). Undated relations stay unless hidden above: the source does not say when they began.',
      ),
    );
  };
}
