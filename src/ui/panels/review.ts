/**
 * The Review view: a new report added to the graph by a person, not by a parser. The reader picks
 * the report's text (and the draft `kg ingest` wrote, if they have one; else the page proposes
 * one); the text shows beside the proposals, each name marked in its paragraph; each proposal is
 * accepted, edited or dismissed; every change is checked at once by the same merge and rules as
 * `kg merge` and `kg validate`. Saved through the development server into graph-data/, or
 * downloaded as a draft for `kg merge`. Edit mode (from a card) puts corrections of the graph's
 * own entities and relations, and new relations, in the same draft.
 *
 * The text and the draft stay in this browser (kept in its session storage, so a reload loses
 * nothing); nothing is uploaded except to the local development server on Save.
 */
import { findKnown, type KnownName } from '../../ingest/known';
import { idFromLabel, reviewedDraftSchema, type Correction } from '../../ingest/merge';
import { splitSourceText } from '../../ingest/paragraphs';
import { checkReview, type ReviewCheck } from '../../ingest/review';
import { formatIssue } from '../../model/errors';
import { countOf, foldText } from '../../model/text';
import type { DataFile } from '../../model/validate';
import {
  CERTAINTIES,
  CERTAINTY_MEANINGS,
  ENTITY_KINDS,
  ENTITY_KIND_IDS,
  RELATION_KINDS,
  STANCES,
  fittingRelationKinds,
  isEntityKind,
  isRelationKind,
  type Certainty,
  type EntityKind,
} from '../../model/vocabulary';
import { append, h, replaceChildren } from '../dom';
import { downloadText } from '../download';
import type { Store } from '../store';
import type { Notify } from './notices';

/** What a card's Edit buttons open. */
export type EditTarget =
  { readonly entity: string } | { readonly relation: string } | { readonly relationFrom: string };

export interface ReviewView {
  readonly render: () => void;
  readonly edit: (target: EditTarget) => void;
}

export interface ReviewOptions {
  readonly notify: Notify;
}

/** The data files as the site serves them (vite.config.ts), for checking a draft. */
const DATA_FILES = './graph-data-files.json';

/**
 * The served data files, checked for their shape (our own build's output, still outside data),
 * and whether the server can save (the development server says so; the built site's copy not).
 */
async function loadDataFiles(): Promise<{ files: DataFile[]; canSave: boolean }> {
  const response = await fetch(DATA_FILES);
  if (!response.ok) throw new Error(`${DATA_FILES}: ${response.status} ${response.statusText}`);
  const body: unknown = await response.json();
  const list =
    typeof body === 'object' && body !== null && 'files' in body && Array.isArray(body.files)
      ? (body.files as unknown[])
      : [];
  const files = list.flatMap((f) =>
    typeof f === 'object' &&
    f !== null &&
    'path' in f &&
    typeof f.path === 'string' &&
    'text' in f &&
    typeof f.text === 'string'
      ? [{ path: f.path, text: f.text }]
      : [],
  );
  const canSave =
    typeof body === 'object' && body !== null && 'canSave' in body && body.canSave === true;
  return { files, canSave };
}

/** A draft as the reviewer works on it: the parsed draft, mutable, with the reviewer's fields. */
type Draft = ReturnType<typeof reviewedDraftSchema.parse>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type WorkEntity = Mutable<Draft['entities'][number]>;
type WorkRelation = Mutable<Draft['relations'][number]>;
interface Work {
  source: Mutable<Draft['source']>;
  entities: WorkEntity[];
  relations: WorkRelation[];
  corrections: Mutable<Correction>[];
}

/** Where a reload finds the review in progress (this tab only). */
const STORAGE_KEY = 'chipgraph:review';
/** Where the development server merges a reviewed draft (vite.config.ts). */
const MERGE_ENDPOINT = './__chipgraph/merge';
/** How long a save waits for the development server to reload the page before reloading it. */
const RELOAD_FALLBACK_MS = 4000;

const state = (item: { accepted?: boolean; dismissed?: boolean }) =>
  item.dismissed === true ? 'dismissed' : item.accepted === true ? 'accepted' : 'pending';

/** Drops the fields a form left empty, so the draft file holds only what was given. */
function clean<T extends object>(item: T): T {
  return Object.fromEntries(
    Object.entries(item).filter(([, v]) => v !== undefined && v !== ''),
  ) as T;
}

/** "Still needed: the relation, the claim", or null when nothing is. */
function stillNeeded(checks: readonly (readonly [boolean, string])[]): string | null {
  const missing = checks.filter(([lacking]) => lacking).map(([, what]) => what);
  return missing.length === 0 ? null : `Still needed: ${missing.join(', ')}.`;
}

export function createReviewView(
  container: HTMLElement,
  store: Store,
  options: ReviewOptions,
): ReviewView {
  const graph = store.graph;
  let work: Work | null = null;
  let paragraphs: string[] | null = null;
  let textName = '';
  let files: readonly DataFile[] | null = null;
  let check: ReviewCheck | null = null;
  let problem: string | null = null;
  /** Relations whose far end the reviewer chooses (added in edit mode). */
  const openEnds = new Set<WorkRelation>();
  /** The report's text as picked (kept for a reload). */
  let keptText: string | null = null;

  // Restored from this tab's session: a reload (the page reloads after a save) loses nothing.
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof kept === 'object' && kept !== null && 'draft' in kept) {
      const parsed = reviewedDraftSchema.safeParse(kept.draft);
      if (parsed.success) work = toWork(parsed.data);
      if ('text' in kept && typeof kept.text === 'string') {
        keptText = kept.text;
        paragraphs = [...splitSourceText(kept.text).paragraphs];
        textName = 'name' in kept && typeof kept.name === 'string' ? kept.name : '';
      }
    }
  } catch {
    // Storage may be unavailable or hold something else: start afresh.
  }

  /** A parsed draft, copied: the copy's lists are the reviewer's to change (hence the cast). */
  function toWork(draft: Draft): Work {
    const { corrections = [], ...rest } = structuredClone(draft);
    return { ...rest, corrections } as Work;
  }

  /** The draft as a file: what the reviewer gave, nothing empty. */
  function draftValue(): unknown {
    if (!work) return null;
    return {
      source: clean(work.source),
      entities: work.entities.map(clean),
      relations: work.relations.map(clean),
      // A correction keeps an emptied field: that is a change (and the checks name it).
      ...(work.corrections.length > 0 && { corrections: work.corrections }),
    };
  }

  function persist(): void {
    try {
      sessionStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({ draft: draftValue(), text: keptText, name: textName }),
      );
    } catch {
      // A full or disabled storage only loses the reload safety net.
    }
  }

  // --- Names and kinds -------------------------------------------------------------------------

  /** A name for an id of the graph or of the draft (a new outlet is named by its id). */
  const labelOf = (name: string) =>
    graph.hasNode(name)
      ? graph.getNodeAttribute(name, 'label')
      : (work?.entities.find((e) => e.id === name)?.label ?? name);
  /** The draft entity a relation end names (by label or its graph match). */
  const draftEntity = (name: string) => work?.entities.find((e) => e.label === name);
  function kindOf(name: string): EntityKind | undefined {
    if (graph.hasNode(name)) {
      const kind = graph.getNodeAttribute(name, 'kind');
      return isEntityKind(kind) ? kind : undefined;
    }
    const entity = draftEntity(name);
    if (entity?.match !== undefined && graph.hasNode(entity.match)) return kindOf(entity.match);
    return entity?.kind;
  }
  const graphEntities = () =>
    graph
      .nodes()
      .map((id) => ({ id, label: graph.getNodeAttribute(id, 'label') }))
      .sort((a, b) => a.label.localeCompare(b.label));

  // --- Forms -----------------------------------------------------------------------------------

  let fieldCount = 0;
  /** A labelled form field; `input` changes the draft and re-checks (no re-render: focus stays). */
  function field(
    label: string,
    control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
    hint?: string,
  ): HTMLElement {
    const id = `review-field-${++fieldCount}`;
    control.id = id;
    return h(
      'div',
      { className: 'review-field' },
      h('label', { for: id }, label),
      control,
      hint ? h('span', { className: 'muted hint' }, hint) : null,
    );
  }
  function select(
    choices: readonly { value: string; text: string }[],
    value: string | undefined,
    onChange: (value: string) => void,
  ): HTMLSelectElement {
    const element = h(
      'select',
      {},
      choices.map((c) =>
        h('option', { value: c.value, selected: c.value === (value ?? '') }, c.text),
      ),
    );
    element.addEventListener('change', () => onChange(element.value));
    return element;
  }
  function text(
    value: string | undefined,
    onInput: (value: string) => void,
    multiline = false,
  ): HTMLInputElement | HTMLTextAreaElement {
    const element = multiline ? h('textarea', { rows: 2 }) : h('input', { type: 'text' });
    element.value = value ?? '';
    element.addEventListener('input', () => {
      onInput(element.value);
      changed();
    });
    return element;
  }
  const kindChoices = ENTITY_KIND_IDS.map((k) => ({ value: k, text: ENTITY_KINDS[k].label }));
  const certaintyChoices = CERTAINTIES.map((c) => ({ value: c, text: c }));
  /** A certainty select whose guide (what the chosen certainty means) shows under it. */
  function certaintyField(value: string | undefined, onChange: (c: Certainty) => void) {
    const guide = (c: string | undefined) =>
      CERTAINTY_MEANINGS[CERTAINTIES.find((k) => k === c) ?? 'reported'];
    let hint: Element | null = null;
    const control = select(certaintyChoices, value ?? 'reported', (v) => {
      const chosen = CERTAINTIES.find((c) => c === v) ?? 'reported';
      onChange(chosen);
      if (hint) hint.textContent = guide(chosen);
      changed();
    });
    const wrapper = field('Certainty', control, guide(value));
    hint = wrapper.querySelector('.hint');
    return wrapper;
  }

  /** Accept (when complete), Dismiss, or Undo; and where its problems show. */
  function verdict(
    item: { accepted?: boolean; dismissed?: boolean },
    complete: () => string | null,
    rerender: () => void,
    li: HTMLElement,
  ): HTMLElement {
    const s = state(item);
    const missing = complete();
    const accept = h(
      'button',
      {
        type: 'button',
        className: 'accept',
        disabled: missing !== null,
        title: missing ?? 'Add it to what is saved',
        onclick: () => {
          item.accepted = true;
          delete item.dismissed;
          rerender();
        },
      },
      'Accept',
    );
    const why = h('span', { className: 'muted' }, missing ?? '');
    // Typing completes a proposal: Accept follows without drawing the form again (focus stays).
    li.addEventListener('input', () => {
      const still = complete();
      accept.disabled = still !== null;
      accept.title = still ?? 'Add it to what is saved';
      why.textContent = still ?? '';
    });
    return h(
      'div',
      { className: 'review-verdict' },
      s === 'pending'
        ? [
            accept,
            h(
              'button',
              {
                type: 'button',
                className: 'dismiss',
                onclick: () => {
                  item.dismissed = true;
                  item.accepted = false;
                  rerender();
                },
              },
              'Dismiss',
            ),
            why,
          ]
        : h(
            'button',
            {
              type: 'button',
              onclick: () => {
                item.accepted = false;
                delete item.dismissed;
                rerender();
              },
            },
            s === 'accepted' ? 'Undo accept' : 'Undo dismiss',
          ),
      h('p', { className: 'review-problem', role: 'status' }),
    );
  }

  function entityItem(entity: WorkEntity, index: number): HTMLLIElement {
    const li = h('li', {
      className: 'proposal',
      'data-state': state(entity),
      'data-entity': String(index),
    });
    // Its kind decides which relation kinds fit its relations: all proposals are drawn again.
    const rerender = () => {
      render();
      changed();
    };
    const matchChoices = [
      { value: '', text: 'none: a new entity' },
      ...graphEntities().map((e) => ({ value: e.id, text: e.label })),
    ];
    const complete = () =>
      entity.match !== undefined
        ? null
        : stillNeeded([
            [entity.kind === undefined, 'its kind'],
            [!entity.description?.trim(), 'a description in your own words'],
          ]);
    const open = state(entity) === 'pending';
    append(li, [
      h(
        'p',
        { className: 'proposal-head' },
        h('strong', {}, entity.label),
        ` · ¶${entity.paragraphs.join(', ')}`,
        entity.aliases?.length ? ` · also “${entity.aliases.join('”, “')}”` : '',
      ),
      open
        ? [
            field(
              'Same as',
              select(matchChoices, entity.match, (v) => {
                if (v === '') delete entity.match;
                else entity.match = v;
                rerender();
              }),
            ),
            ...(entity.match === undefined
              ? [
                  field(
                    'Kind',
                    select([{ value: '', text: 'choose…' }, ...kindChoices], entity.kind, (v) => {
                      if (isEntityKind(v)) entity.kind = v;
                      else delete entity.kind;
                      rerender();
                    }),
                  ),
                  field(
                    'Description',
                    text(entity.description, (v) => (entity.description = v), true),
                    'one or two sentences in your own words',
                  ),
                  field(
                    'Id',
                    text(entity.id, (v) => (entity.id = v)),
                    `default: ${idFromLabel(entity.label)}`,
                  ),
                ]
              : []),
          ]
        : h(
            'p',
            { className: 'muted' },
            entity.match !== undefined
              ? `the graph's ${labelOf(entity.match)}`
              : `${entity.kind ?? 'no kind'}: ${entity.description ?? ''}`,
          ),
      verdict(entity, complete, rerender, li),
    ]);
    const show = () => highlight(entity.paragraphs, [entity.label]);
    li.addEventListener('focusin', show);
    li.addEventListener('click', show);
    return li;
  }

  function relationItem(relation: WorkRelation, index: number): HTMLLIElement {
    const li = h('li', {
      className: 'proposal',
      'data-state': state(relation),
      'data-relation': String(index),
    });
    const rerender = () => {
      li.replaceWith(relationItem(relation, index));
      changed();
    };
    const fits = fittingRelationKinds(kindOf(relation.from), kindOf(relation.to));
    // The proposed kinds first (the cue's first), then the rest that fit the two ends.
    const kinds = [...new Set([...relation.kinds.filter((k) => fits.includes(k)), ...fits])];
    const complete = () =>
      stillNeeded([
        [relation.from === '' || relation.to === '', 'both ends'],
        [relation.kind === undefined, 'the relation'],
        [!relation.claim?.trim(), 'the claim in your own words'],
      ]);
    const asserters = [
      { value: '', text: `the outlet (${labelOf(work?.source.outlet ?? 'of the source')})` },
      ...(work?.entities ?? [])
        .filter((e) => e.dismissed !== true)
        .map((e) => ({ value: e.label, text: e.label })),
      ...graphEntities().map((e) => ({ value: e.id, text: `${e.label} (in the graph)` })),
    ];
    const open = state(relation) === 'pending';
    const ends = (end: 'from' | 'to') =>
      openEnds.has(relation) && end === 'to'
        ? field(
            'To',
            select(
              [
                { value: '', text: 'choose…' },
                ...graphEntities().map((e) => ({ value: e.id, text: e.label })),
              ],
              relation.to,
              (v) => {
                relation.to = v;
                rerender();
              },
            ),
          )
        : h('strong', {}, labelOf(relation[end]));
    append(li, [
      h(
        'p',
        { className: 'proposal-head' },
        ends('from'),
        ' → ',
        ends('to'),
        ` · ¶`,
        open && openEnds.has(relation)
          ? (() => {
              const input = h('input', {
                type: 'number',
                min: 1,
                className: 'paragraph-input',
                'aria-label': 'Paragraph',
              });
              input.value = String(relation.paragraph);
              input.addEventListener('input', () => {
                relation.paragraph = Math.max(1, Math.floor(Number(input.value) || 1));
                changed();
              });
              return input;
            })()
          : String(relation.paragraph),
        relation.cue ? ` · cue “${relation.cue}”` : '',
      ),
      open
        ? [
            field(
              'Relation',
              select(
                [
                  { value: '', text: kinds.length > 0 ? 'choose…' : 'no kind fits these ends' },
                  ...kinds.map((k) => ({
                    value: k,
                    text: `${labelOf(relation.from) || '…'} ${RELATION_KINDS[k].forward} ${labelOf(relation.to) || '…'}`,
                  })),
                ],
                relation.kind,
                (v) => {
                  const kind = kinds.find((k) => k === v);
                  if (kind) relation.kind = kind;
                  else delete relation.kind;
                  rerender();
                },
              ),
              'only the kinds whose ends fit these two',
            ),
            certaintyField(relation.certainty, (c) => (relation.certainty = c)),
            field(
              'Asserted by',
              select(asserters, relation.assertedBy, (v) => {
                if (v === '') delete relation.assertedBy;
                else relation.assertedBy = v;
                changed();
              }),
            ),
            field(
              'If the graph has this relation already',
              select(
                STANCES.map((s) => ({
                  value: s,
                  text: `this report ${s === 'contests' ? 'contradicts' : s.replace('-', ' ')} it`,
                })),
                relation.stance ?? 'supports',
                (v) => {
                  relation.stance = STANCES.find((s) => s === v) ?? 'supports';
                  changed();
                },
              ),
            ),
            field(
              'Claim',
              text(relation.claim, (v) => (relation.claim = v), true),
              'one sentence in your own words (at most six words in a row from the text)',
            ),
          ]
        : h(
            'p',
            { className: 'muted' },
            relation.kind !== undefined
              ? `${labelOf(relation.from)} ${RELATION_KINDS[relation.kind].forward} ${labelOf(relation.to)} (${relation.certainty ?? 'reported'}, asserted by ${relation.assertedBy !== undefined ? labelOf(relation.assertedBy) : labelOf(work?.source.outlet ?? 'the outlet')}): ${relation.claim ?? ''}`
              : '',
          ),
      verdict(relation, complete, rerender, li),
    ]);
    const show = () =>
      highlight([relation.paragraph], [labelOf(relation.from), labelOf(relation.to)]);
    li.addEventListener('focusin', show);
    li.addEventListener('click', show);
    return li;
  }

  function correctionItem(correction: Mutable<Correction>, index: number): HTMLLIElement {
    const li = h('li', { className: 'proposal', 'data-correction': String(index) });
    const remove = h(
      'button',
      {
        type: 'button',
        onclick: () => {
          work?.corrections.splice(index, 1);
          render();
        },
      },
      'Drop this change',
    );
    if ('entity' in correction) {
      const id = correction.entity;
      // What the graph says now, under each field: the reviewer sees what they change.
      const now = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
      li.append(
        h('p', { className: 'proposal-head' }, 'Correct ', h('strong', {}, labelOf(id))),
        field(
          'Label',
          text(correction.label, (v) => (correction.label = v)),
          now ? `now: ${now.label}` : undefined,
        ),
        field(
          'Kind',
          select(kindChoices, correction.kind, (v) => {
            if (isEntityKind(v)) correction.kind = v;
            changed();
          }),
        ),
        field(
          'Aliases',
          text((correction.aliases ?? []).join(', '), (v) => {
            correction.aliases = v
              .split(',')
              .map((a) => a.trim())
              .filter((a) => a !== '');
          }),
          `separated by commas${now ? `; now: ${now.aliases.join(', ') || 'none'}` : ''}`,
        ),
        field(
          'Description',
          text(correction.description, (v) => (correction.description = v), true),
          now ? `now: ${now.description}` : undefined,
        ),
        h('div', { className: 'review-verdict' }, remove, h('p', { className: 'review-problem' })),
      );
    } else {
      const id = correction.relation;
      const fits = graph.hasEdge(id)
        ? fittingRelationKinds(kindOf(graph.source(id)), kindOf(graph.target(id)))
        : [];
      li.append(
        h(
          'p',
          { className: 'proposal-head' },
          'Correct ',
          graph.hasEdge(id)
            ? [
                h('strong', {}, labelOf(graph.source(id))),
                ' → ',
                h('strong', {}, labelOf(graph.target(id))),
              ]
            : id,
        ),
        field(
          'Relation',
          select(
            fits.map((k) => ({ value: k, text: RELATION_KINDS[k].label })),
            correction.kind,
            (v) => {
              correction.kind = fits.find((k) => k === v) ?? correction.kind;
              changed();
            },
          ),
          'only the kinds whose ends fit',
        ),
        certaintyField(correction.certainty, (c) => (correction.certainty = c)),
        field(
          'Asserted by',
          select(
            graphEntities().map((e) => ({ value: e.id, text: e.label })),
            correction.assertedBy?.[0],
            (v) => {
              correction.assertedBy = [v, ...(correction.assertedBy ?? []).slice(1)];
              changed();
            },
          ),
        ),
        field(
          'Claim',
          text(correction.claim, (v) => (correction.claim = v), true),
          graph.hasEdge(id) ? `now: ${graph.getEdgeAttribute(id, 'claim')}` : undefined,
        ),
        h('div', { className: 'review-verdict' }, remove, h('p', { className: 'review-problem' })),
      );
    }
    return li;
  }

  // --- The source text -------------------------------------------------------------------------

  // Focusable: it scrolls, and a keyboard reader must be able to scroll it.
  const sourcePane = h('section', {
    className: 'review-text',
    'aria-label': 'Source text',
    tabindex: 0,
  });
  const proposalsPane = h('section', { className: 'review-proposals', 'aria-label': 'Proposals' });
  const status = h('div', { className: 'review-status', role: 'status', 'aria-live': 'polite' });

  /**
   * A paragraph with every name of the draft's entities marked, each mark keyed by its entity's
   * label (text nodes only: the text is the user's file).
   */
  function markedParagraph(paragraph: string, known: readonly KnownName[]): (Node | string)[] {
    const parts: (Node | string)[] = [];
    let at = 0;
    for (const m of findKnown(paragraph, known)) {
      parts.push(paragraph.slice(at, m.start));
      parts.push(h('mark', { 'data-name': foldText(m.id) }, m.name));
      at = m.end;
    }
    parts.push(paragraph.slice(at));
    return parts;
  }

  function renderSource(): void {
    if (paragraphs === null) {
      replaceChildren(
        sourcePane,
        h('h3', {}, 'Source text'),
        h(
          'p',
          { className: 'muted' },
          'Pick the report’s text to see each proposal in its paragraph and to check that claims are in your own words.',
        ),
      );
      return;
    }
    const known = (work?.entities ?? []).map((e) => ({
      id: e.label,
      names: [e.label, ...(e.aliases ?? [])],
    }));
    replaceChildren(
      sourcePane,
      h('h3', {}, textName ? `Source text: ${textName}` : 'Source text'),
      h(
        'p',
        { className: 'muted small review-key' },
        h('mark', {}, 'a name'),
        ' the draft proposes · ',
        h('mark', { className: 'current' }, 'its names'),
        ' and paragraph of the proposal you are on',
      ),
      h(
        'ol',
        { className: 'review-paragraphs' },
        paragraphs.map((p, i) =>
          h('li', { id: `review-p-${i + 1}`, value: i + 1 }, markedParagraph(p, known)),
        ),
      ),
    );
  }

  /** Shows a proposal's paragraphs and names in the text. */
  function highlight(numbers: readonly number[], names: readonly string[]): void {
    const folded = new Set(names.map(foldText));
    for (const li of sourcePane.querySelectorAll('.review-paragraphs > li'))
      li.classList.toggle('current', numbers.includes(Number(li.getAttribute('value'))));
    for (const mark of sourcePane.querySelectorAll<HTMLElement>('.review-paragraphs mark'))
      mark.classList.toggle('current', folded.has(mark.dataset['name'] ?? ''));
    sourcePane
      .querySelector(`#review-p-${numbers[0] ?? 0}`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  // --- Checking and saving ---------------------------------------------------------------------

  let timer = 0;
  /** The draft changed: kept, and checked again shortly (typing does not check every key). */
  function changed(): void {
    persist();
    window.clearTimeout(timer);
    timer = window.setTimeout(recheck, 120);
  }

  function recheck(): void {
    if (!work || files === null) return;
    check = checkReview(draftValue(), files, paragraphs);
    // Each reviewer text that copies its paragraph, shown under its own form.
    for (const p of proposalsPane.querySelectorAll('.review-problem')) p.textContent = '';
    for (const copied of check.copied) {
      const [, list, index] = /^\$\.(\w+)\[(\d+)\]/.exec(copied.path) ?? [];
      const key = list === 'relations' ? 'relation' : 'entity';
      const problemLine = proposalsPane.querySelector(
        `[data-${key}="${index ?? ''}"] .review-problem`,
      );
      if (problemLine)
        problemLine.textContent = `Copies “${copied.run}” from ¶${copied.paragraph}: write it in your own words.`;
    }
    renderStatus();
  }

  /** Brings the first proposal still to decide into view, its first field focused. */
  function nextOpen(): void {
    const open = proposalsPane.querySelector<HTMLElement>('.proposal[data-state="pending"]');
    if (!open) return;
    open.scrollIntoView({ block: 'nearest' });
    open.querySelector<HTMLElement>('select, input, textarea, button')?.focus();
  }

  function renderStatus(): void {
    if (!work || !check) {
      replaceChildren(status);
      return;
    }
    const { added, pending, issues, copied } = check;
    const accepted =
      work.entities.filter((e) => e.accepted === true).length +
      work.relations.filter((r) => r.accepted === true).length +
      work.corrections.length;
    const blocked = issues.length > 0 || copied.length > 0;
    const items = [...work.entities, ...work.relations];
    const decided = items.filter((i) => i.accepted === true || i.dismissed === true).length;
    saveButton.disabled = blocked || accepted === 0;
    replaceChildren(
      status,
      items.length > 0
        ? h(
            'p',
            { className: 'review-progress' },
            `${decided} of ${items.length} proposals decided (accepted or dismissed) · ${
              blocked ? 'problems below' : 'no problems found'
            } `,
            decided < items.length
              ? h(
                  'button',
                  { type: 'button', className: 'next-open', onclick: nextOpen },
                  'Next to review',
                )
              : null,
          )
        : null,
      added
        ? h(
            'p',
            {},
            `Saving would add ${countOf(added.sources, 'source')}, ${countOf(added.entities, 'entity', 'entities')}, ${countOf(added.aliases, 'alias', 'aliases')}, ${countOf(added.relations, 'relation')}, ${countOf(added.corroborations, 'corroboration')} and ${countOf(added.corrections, 'correction')}.`,
          )
        : null,
      issues.length > 0
        ? h(
            'div',
            { className: 'review-issues', role: 'alert' },
            h('p', {}, 'Cannot be saved yet:'),
            h(
              'ul',
              {},
              issues.map((i) => h('li', {}, formatIssue(i))),
            ),
          )
        : null,
      copied.length > 0
        ? h(
            'p',
            { className: 'review-issues' },
            `${countOf(copied.length, 'text')} copy the source (see below).`,
          )
        : null,
      pending.length > 0
        ? h(
            'details',
            {},
            h(
              'summary',
              {},
              `${countOf(pending.length, 'item')} still to review (kept in the draft)`,
            ),
            h(
              'ul',
              {},
              pending.map((p) => h('li', {}, p)),
            ),
          )
        : null,
    );
  }

  async function save(): Promise<void> {
    const draft = draftValue();
    if (!canSave) {
      download();
      return;
    }
    saveButton.disabled = true;
    try {
      const response = await fetch(MERGE_ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(draft),
      });
      const body: unknown = await response.json();
      const lines =
        typeof body === 'object' && body !== null && 'issues' in body && Array.isArray(body.issues)
          ? body.issues.map(String)
          : [];
      if (!response.ok) {
        problem = `Not saved: ${lines.join('; ') || response.statusText}`;
        options.notify(problem, 'error');
        render();
        return;
      }
      options.notify('Saved into graph-data/. The page reloads with the grown graph.');
      // The server's file watcher reloads the page; should its event be lost, the page does.
      window.setTimeout(() => location.reload(), RELOAD_FALLBACK_MS);
    } catch (error) {
      options.notify(
        `Not saved (${error instanceof Error ? error.message : String(error)}): download the draft and run "kg merge" on it.`,
        'error',
      );
      saveButton.disabled = false;
    }
  }

  function download(): void {
    if (!work) return;
    downloadText(
      `${work.source.id || 'review'}.draft.json`,
      `${JSON.stringify(draftValue(), null, 2)}\n`,
      'application/json',
    );
  }

  const saveButton = h(
    'button',
    { type: 'button', className: 'primary', id: 'review-save', onclick: () => void save() },
    'Download the reviewed draft',
  );
  /** Whether the server can write graph-data/ (known once the data files are loaded). */
  let canSave = false;
  const saveLabel = () => {
    saveButton.textContent = canSave ? 'Save into graph-data/' : 'Download the reviewed draft';
  };

  // --- Opening a text, a draft, or a card's edit ----------------------------------------------

  const textInput = h('input', {
    type: 'file',
    id: 'review-text',
    accept: '.txt,.md,text/plain',
  });
  const draftInput = h('input', {
    type: 'file',
    id: 'review-draft',
    accept: '.json,application/json',
  });

  async function openFiles(): Promise<void> {
    const textFile = textInput.files?.[0];
    const draftFile = draftInput.files?.[0];
    problem = null;
    // A text alone is proposed afresh: decisions made so far would go, so the reader is asked.
    const decided = [...(work?.entities ?? []), ...(work?.relations ?? [])].some(
      (item) => item.accepted === true || item.dismissed === true,
    );
    if (
      textFile &&
      !draftFile &&
      decided &&
      !window.confirm(
        'Propose afresh from this text? The decisions made so far are lost (download the draft first to keep them).',
      )
    )
      return;
    if (textFile) {
      keptText = await textFile.text();
      textName = textFile.name;
      paragraphs = [...splitSourceText(keptText).paragraphs];
    }
    if (draftFile) {
      let value: unknown;
      try {
        value = JSON.parse(await draftFile.text());
      } catch (error) {
        problem = `${draftFile.name} is not JSON (${error instanceof Error ? error.message : String(error)}).`;
        render();
        return;
      }
      const parsed = reviewedDraftSchema.safeParse(value);
      if (!parsed.success) {
        problem = `${draftFile.name} is not a draft: ${parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || 'the file'}: ${i.message}`)
          .join('; ')}`;
        render();
        return;
      }
      work = toWork(parsed.data);
    } else if (textFile && keptText !== null) {
      // No draft: the page proposes one, as "kg ingest" would (the language library loads now).
      status.textContent = 'Reading the text…';
      const { proposeDraft } = await import('../../ingest/draft');
      const entities = graph.nodes().map((id) => {
        const a = graph.getNodeAttributes(id);
        return {
          id,
          label: a.label,
          kind: isEntityKind(a.kind) ? a.kind : 'domain',
          aliases: a.aliases,
        };
      });
      const proposed = proposeDraft(keptText, entities);
      work = toWork(reviewedDraftSchema.parse(proposed));
    }
    if (work) {
      for (const e of work.entities) e.accepted ??= false;
      for (const r of work.relations) r.accepted ??= false;
    }
    persist();
    render();
  }
  textInput.addEventListener('change', () => void openFiles());
  draftInput.addEventListener('change', () => void openFiles());

  /** Edit mode: a correction of a card's entity or relation, or a new relation from it. */
  function edit(target: EditTarget): void {
    const sources = graph.getAttribute('sources');
    work ??= {
      source: { id: sources[0]?.id ?? '' },
      entities: [],
      relations: [],
      corrections: [],
    };
    if ('entity' in target && graph.hasNode(target.entity)) {
      if (!work.corrections.some((c) => 'entity' in c && c.entity === target.entity)) {
        const a = graph.getNodeAttributes(target.entity);
        work.corrections.push({
          entity: target.entity,
          label: a.label,
          kind: isEntityKind(a.kind) ? a.kind : undefined,
          aliases: [...a.aliases],
          description: a.description,
        });
      }
    } else if ('relation' in target && graph.hasEdge(target.relation)) {
      if (!work.corrections.some((c) => 'relation' in c && c.relation === target.relation)) {
        const a = graph.getEdgeAttributes(target.relation);
        work.corrections.push({
          relation: target.relation,
          ...(isRelationKind(a.kind) && { kind: a.kind }),
          certainty: a.certainty,
          assertedBy: [...a.assertedBy],
          claim: a.claim,
        });
      }
    } else if ('relationFrom' in target && graph.hasNode(target.relationFrom)) {
      const relation: WorkRelation = {
        from: target.relationFrom,
        to: '',
        kinds: [],
        paragraph: 1,
        accepted: false,
      };
      work.relations.push(relation);
      openEnds.add(relation);
    }
    persist();
    render();
    proposalsPane
      .querySelector('.proposal:last-of-type input, .proposal:last-of-type select')
      ?.closest('.proposal')
      ?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * An outlet the graph does not have yet (a report from a new outlet): offered as a new news
   * outlet entity, for the reviewer to describe and accept.
   */
  function outletOffer(): HTMLElement | null {
    if (!work) return null;
    const source = work.source;
    const name = source.outlet?.trim() ?? '';
    if (name === '' || graph.hasNode(name)) return null;
    const id = idFromLabel(name);
    if (work.entities.some((e) => e.id === id || e.label === name || idFromLabel(e.label) === id))
      return null;
    return h(
      'p',
      { className: 'review-offer' },
      `The graph has no outlet “${name}”. `,
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            work?.entities.unshift({
              label: name,
              id,
              kind: 'news-outlet',
              paragraphs: [1],
              accepted: false,
            });
            source.outlet = id;
            render();
            changed();
          },
        },
        'Add it as a news outlet',
      ),
    );
  }

  function sourceForm(): HTMLElement | null {
    if (!work) return null;
    const source = work.source;
    const known = graph.getAttribute('sources').find((s) => s.id === source.id);
    const openedText = source.paragraphs !== undefined && !known;
    if (!openedText) {
      // A patch cites a source the graph has (which one matters only when it adds something).
      if (work.entities.length === 0 && work.relations.length === 0) return null;
      return h(
        'fieldset',
        { className: 'review-source' },
        h('legend', {}, 'New relations cite'),
        field(
          'Source',
          select(
            graph
              .getAttribute('sources')
              .map((s) => ({ value: s.id, text: `${s.title} (${s.published})` })),
            source.id,
            (v) => {
              source.id = v;
              changed();
            },
          ),
        ),
      );
    }
    const offer = h('div', {}, outletOffer());
    return h(
      'fieldset',
      { className: 'review-source' },
      h('legend', {}, `New source · ${countOf(source.paragraphs ?? 0, 'paragraph')}`),
      field(
        'Id',
        text(source.id, (v) => (source.id = v)),
      ),
      field(
        'Title',
        text(source.title, (v) => (source.title = v)),
      ),
      field(
        'Outlet',
        text(source.outlet, (v) => {
          source.outlet = v;
          replaceChildren(offer, outletOffer());
        }),
        'the news outlet that published it: an id of the graph’s, or a new outlet’s name',
      ),
      offer,
      field(
        'Published',
        text(source.published, (v) => (source.published = v)),
        'YYYY-MM-DD',
      ),
      field(
        'URL',
        text(source.url, (v) => (source.url = v)),
        'the page’s URL',
      ),
    );
  }

  function render(): void {
    fieldCount = 0;
    saveButton.disabled = true;
    if (document.body.dataset['graph'] === 'imported') {
      replaceChildren(
        container,
        h('h2', {}, 'Review'),
        h(
          'p',
          {},
          'Review adds reports to the article graph’s data (graph-data/). Go back to the article graph to review one.',
        ),
      );
      return;
    }
    replaceChildren(
      proposalsPane,
      sourceForm(),
      work && work.entities.length > 0
        ? [
            h('h3', {}, `Entities (${work.entities.length})`),
            h('ol', { className: 'proposals' }, work.entities.map(entityItem)),
          ]
        : null,
      work && work.relations.length > 0
        ? [
            h('h3', {}, `Relations (${work.relations.length})`),
            h('ol', { className: 'proposals' }, work.relations.map(relationItem)),
          ]
        : null,
      work && work.corrections.length > 0
        ? [
            h('h3', {}, `Changes to the graph (${work.corrections.length})`),
            h('ol', { className: 'proposals' }, work.corrections.map(correctionItem)),
          ]
        : null,
      work === null
        ? h(
            'p',
            { className: 'muted' },
            'Nothing to review yet: pick a report’s text above, or press Edit on a card.',
          )
        : null,
    );
    renderSource();
    replaceChildren(
      container,
      h('h2', {}, 'Review'),
      h(
        'p',
        { className: 'review-intro' },
        'Add a report to the graph: pick its text (and the draft “kg ingest” wrote, if you have one; otherwise the page proposes one). Accept, edit or dismiss each proposal, in your own words; every change is checked as “kg validate” checks the data. The text stays on this computer.',
      ),
      h(
        'div',
        { className: 'review-pick' },
        h('label', { for: 'review-text' }, 'Report text'),
        textInput,
        h('label', { for: 'review-draft' }, 'Draft (optional)'),
        draftInput,
      ),
      problem ? h('p', { className: 'review-issues', role: 'alert' }, problem) : null,
      status,
      h('div', { className: 'review-columns' }, sourcePane, proposalsPane),
      work
        ? h(
            'div',
            { className: 'review-actions' },
            saveButton,
            canSave
              ? h('button', { type: 'button', onclick: download }, 'Download the reviewed draft')
              : h('span', { className: 'muted' }, 'then run “npm run kg -- merge <file>”'),
            h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  if (!window.confirm('Discard this review? What is not saved is lost.')) return;
                  work = null;
                  paragraphs = null;
                  keptText = null;
                  check = null;
                  sessionStorage.removeItem(STORAGE_KEY);
                  render();
                },
              },
              'Discard this review',
            ),
          )
        : null,
    );
    if (files === null)
      loadDataFiles().then(
        (loaded) => {
          files = loaded.files;
          canSave = loaded.canSave;
          saveLabel();
          render();
        },
        (error: unknown) =>
          options.notify(
            `The data files could not be loaded to check the review (${error instanceof Error ? error.message : String(error)}).`,
            'error',
          ),
      );
    else recheck();
  }

  return { render, edit };
}
