/**
 * A draft from a source text: the entities it names and the relations its sentences suggest, for
 * a reviewer to accept, edit or dismiss. Nothing here is merged into the graph, and no sentence of
 * the text is copied into the draft: a relation carries its cue word and paragraph, and its claim
 * is left for the reviewer to write in their own words.
 */
import nlp from 'compromise';
import { foldText } from '../model/text';
import {
  fittingRelationKinds,
  type Certainty,
  type EntityKind,
  type RelationKind,
} from '../model/vocabulary';
import { findKnown, keepLongest, type KnownName, type Mention } from './known';
import { findNames, guessKind, isPersonName } from './mentions';
import { splitSourceText, type HeaderField } from './paragraphs';

/** The source a draft comes from, as sources.json will hold it. */
export interface DraftSource {
  readonly id: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly url?: string;
  readonly paragraphs: number;
  /** The first words of each paragraph (never more than six). */
  readonly paragraphOpenings: readonly string[];
}

/** One real entity the text names, with every variant of its name it uses. */
export interface DraftEntity {
  readonly label: string;
  readonly aliases?: readonly string[];
  readonly kind?: EntityKind;
  /** The id of the graph's entity it is, when it is one already. */
  readonly match?: string;
  readonly paragraphs: readonly number[];
}

/** A relation a sentence suggests between two of the draft's entities. */
export interface DraftRelation {
  /** An entity's id when it has one in the graph, else its label in the draft. */
  readonly from: string;
  readonly to: string;
  /** The relation kinds whose ends fit, the cue's first. */
  readonly kinds: readonly RelationKind[];
  /** The word in the sentence that suggests the first kind. */
  readonly cue?: string;
  readonly certainty?: Certainty;
  /** Who asserts it (an id or a draft label), when the sentence attributes it. */
  readonly assertedBy?: string;
  readonly paragraph: number;
}

export interface Draft {
  readonly source: DraftSource;
  readonly entities: readonly DraftEntity[];
  readonly relations: readonly DraftRelation[];
}

/** What the caller knows of the source besides its text (the text's own header fills the rest). */
export type DraftSourceOptions = Partial<Record<HeaderField, string>>;

/** An entity of the graph the text may name. */
export interface GraphEntity {
  readonly id: string;
  readonly label: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
}

/** At most this many relation kinds are proposed for one pair (the cue's first). */
const MAX_KINDS = 8;
/** Words of a paragraph's opening. */
const OPENING_WORDS = 6;

/** Cue words, and the relation kinds each suggests (checked between two names, then around). */
const CUES: readonly [RegExp, readonly RelationKind[]][] = [
  [/\bsubsidiar(?:y|ies)\b/i, ['subsidiary-of']],
  [/\b(?:unveil\w*|launch\w*|announc\w*|debut\w*|showcas\w*)/i, ['unveils', 'presented-at']],
  [/\b(?:develop\w*|in-house|designed by)\b/i, ['develops']],
  [/\b(?:built on|powered by|based on|using)\b/i, ['built-on']],
  [/\b(?:alliances?|members?|such as)\b/i, ['member-of']],
  [/\b(?:rival\w*|compet\w*|versus)\b/i, ['competes-with']],
  [/\b(?:surpass\w*|outperform\w*|exceed\w*|outpace\w*)\b/i, ['outperforms']],
  [/\bchalleng\w*/i, ['challenges']],
  [
    /\b(?:blacklist\w*|sanction\w*|restrict\w*|bann?\w*|export controls?)\b/i,
    ['imposes', 'targets'],
  ],
  [/\b(?:analyst|researcher|engineer|chief|head|executive) (?:at|of|for)\b/i, ['works-for']],
  [/\b(?:put it in|told|wrote in|said in|according to)\b/i, ['quoted-in']],
  [/\b(?:watched|monitor\w*)\b/i, ['monitors']],
  [/\bsubsid(?:y|ies|i[sz]\w*)\b/i, ['subsidizes']],
  [/\bflagship\b/i, ['flagship-of']],
  [/\bcircumvent\w*/i, ['circumvents']],
  [/\b(?:in|at)\b/i, ['located-in', 'presented-at', 'based-in', 'operates-in']],
];
const SPECULATION = /\b(?:may|might|could|would)\b/i;
const ATTRIBUTION = /\b(?:said|says|told|argued|claimed|put it|according to|believes?)\b/i;

/** A short id from a title: lower case, words joined by dashes. */
function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

/** Name words for grouping variants: no "the", "of", possessives, country qualifiers or "Inc.". */
function nameTokens(name: string): string[] {
  const tokens = foldText(name)
    .replace(/'s\b/g, '')
    .split(/[\s-]+/)
    .map((t) => t.replace(/[.,]/g, ''))
    .filter((t) => t !== '' && !['the', 'of', 'and', '&'].includes(t));
  const core = tokens.filter(
    (t) =>
      ![
        'us',
        'american',
        'chinese',
        'inc',
        'corp',
        'corporation',
        'ltd',
        'llc',
        'co',
        'technologies',
        'group',
      ].includes(t),
  );
  return (core.length > 0 ? core : tokens).sort();
}

/** The initials of a name's capitalised words ("World Artificial Intelligence Conference" → WAIC). */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** Is the character at `at` the first of a sentence (or of a quotation)? */
const opensSentence = (text: string, at: number) =>
  /(?:^|[.!?…]["”’]?\s+|["“]\s*)$/u.test(text.slice(Math.max(0, at - 4), at));

/** One found name, before variants are grouped. */
interface Found extends Mention {
  readonly paragraph: number;
  /** The graph entity it names, if any. */
  readonly id?: string;
}

/**
 * Proposes a draft from a source text: its paragraphs numbered as graph-data/README.md says, the
 * graph's entities it names (`match`), the new names it uses (one entry per real entity, its
 * variants as aliases), and per sentence naming two entities, the relation kinds that fit.
 * @param entities - the graph's entities to match against (none: a new graph from this text)
 */
export function proposeDraft(
  text: string,
  entities: readonly GraphEntity[],
  options: DraftSourceOptions = {},
): Draft {
  const { header, headline, paragraphs } = splitSourceText(text);
  // Each paragraph parsed once by the language library, each new name's kind guessed once:
  // those calls are most of a draft's time.
  const docs = paragraphs.map((p) => nlp(p));
  const kindCache = new Map<string, EntityKind | undefined>();
  const kindOf = (name: string, after: string) => {
    const key = `${name}\u0000${after}`;
    if (!kindCache.has(key)) kindCache.set(key, guessKind(name, after, isPersonName(name)));
    return kindCache.get(key);
  };
  const title = options.title ?? header.title ?? headline ?? undefined;
  const id = options.source ?? header.source ?? (title ? slug(title) : 'new-source');
  const outlet = options.outlet ?? header.outlet;
  const published = options.published ?? header.published;
  const url = options.url ?? header.url;
  const source: DraftSource = {
    id,
    ...(title !== undefined && { title }),
    ...(outlet !== undefined && { outlet }),
    ...(published !== undefined && { published }),
    ...(url !== undefined && { url }),
    paragraphs: paragraphs.length,
    paragraphOpenings: paragraphs.map((p) =>
      p
        .split(/\s+/)
        .slice(0, OPENING_WORDS)
        .join(' ')
        .replace(/[,;:]$/, ''),
    ),
  };

  // A person is also named by their surname alone ("Huang"), when no other entity has it.
  const surname = (e: GraphEntity) =>
    e.kind === 'person' ? (/\s(\p{Lu}[\p{L}'’-]{2,})$/u.exec(e.label)?.[1] ?? null) : null;
  const surnames = entities.map(surname);
  const shared = (name: string) =>
    surnames.filter((n) => n === name).length > 1 ||
    entities.some((e) => e.label === name || e.aliases.includes(name));
  const known: KnownName[] = entities.map((e, i) => {
    const last = surnames[i];
    return {
      id: e.id,
      names: [e.label, ...e.aliases, ...(last && !shared(last) ? [last] : [])],
    };
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Capitalised words the text also uses inside a sentence: a sentence's first word is a name
  // only if it is one of these, or reads as a name ("Announced at …" names nothing).
  const midSentence = new Set<string>();
  const found: Found[] = [];
  paragraphs.forEach((paragraph, i) => {
    const candidates = findNames(paragraph, docs[i]);
    // A longer proper name that holds a known one is another entity ("Semicon Taiwan" is not
    // Taiwan, "Huawei Cloud" not Huawei): the known name inside it does not count.
    // Not when the rest is only acronyms, units or numbers ("CloudMatrix 384 AI", "Ascend 910C
    // NPUs"): that is the known name with a word about it.
    const holds = (m: Mention, g: Mention) => {
      if (!(m.name.includes(' ') && m.start <= g.start && g.end <= m.end)) return false;
      const rest = `${paragraph.slice(m.start, g.start)} ${paragraph.slice(g.end, m.end)}`
        .split(/\s+/)
        .filter(Boolean);
      return (
        rest.length > 0 && !rest.every((w) => /^(?:\p{Lu}{2,6}s?|\p{N}[\p{L}\p{N}]*)$/u.test(w))
      );
    };
    const graphNames = findKnown(paragraph, known)
      .filter(
        (g) => !candidates.some((m) => holds(m, g) && !known.some((k) => k.names.includes(m.name))),
      )
      .map((m) => ({ ...m, paragraph: i + 1 }));
    const newNames = candidates
      .filter((m) => !graphNames.some((g) => m.start < g.end && g.start < m.end))
      .map((m): Found => {
        // A new name spelled out before a known acronym in brackets is that entity's name
        // ("World Artificial Intelligence Conference (WAIC)").
        const bracket = /^\s*\(/.exec(paragraph.slice(m.end));
        const acronym = bracket
          ? graphNames.find((g) => g.start === m.end + bracket[0].length)
          : undefined;
        return acronym ? { ...m, paragraph: i + 1, id: acronym.id } : { ...m, paragraph: i + 1 };
      });
    for (const m of newNames) if (!opensSentence(paragraph, m.start)) midSentence.add(m.name);
    found.push(...graphNames, ...newNames);
  });
  const kept = found.filter((m) => {
    if (m.id !== undefined || m.name.includes(' ')) return true;
    const paragraph = paragraphs[m.paragraph - 1] ?? '';
    if (!opensSentence(paragraph, m.start) || midSentence.has(m.name)) return true;
    // A word the language library knows as a common one (a verb, an adverb …) opens the
    // sentence; an unknown capitalised word ("Huawei, the …") is a name.
    return !nlp(m.name).has(
      '(#Verb|#Adverb|#Adjective|#Conjunction|#Preposition|#Determiner|#Pronoun|#Value)',
    );
  });

  // Group the new names into real entities: the same words in any order, without qualifiers
  // ("Commerce Department", "U.S. Department of Commerce"), or an acronym in brackets after a
  // name or made of its initials ("World Artificial Intelligence Conference (WAIC)").
  const groupOf = new Map<string, number>();
  const groups: { names: Set<string>; found: Found[] }[] = [];
  const keyOf = (name: string) => nameTokens(name).join(' ');
  const join = (name: string, group: number) => {
    groupOf.set(keyOf(name), group);
    groups[group]?.names.add(name);
  };
  for (const m of kept) {
    if (m.id !== undefined) continue;
    const key = keyOf(m.name);
    let group = groupOf.get(key);
    if (group === undefined) {
      const paragraph = paragraphs[m.paragraph - 1] ?? '';
      const bracket = /^\s*\(([\p{Lu}\p{N}&.-]{2,10})\)/u.exec(paragraph.slice(m.end));
      const acronym = bracket?.[1] ?? null;
      group =
        (acronym !== null ? groupOf.get(keyOf(acronym)) : undefined) ??
        groups.findIndex((g) => [...g.names].some((n) => initials(n) === m.name && n !== m.name));
      if (group === -1) {
        group = groups.length;
        groups.push({ names: new Set(), found: [] });
      }
      if (acronym !== null) join(acronym, group);
    }
    join(m.name, group);
    groups[group]?.found.push(m);
  }

  // The draft's entities: the graph's first (in order of first mention), then the new ones.
  const draftEntities: DraftEntity[] = [];
  const keyOfFound = new Map<Found, string>();
  const kindOfKey = new Map<string, EntityKind | undefined>();
  const seenIds = new Map<string, Set<number>>();
  for (const m of kept) {
    if (m.id === undefined) continue;
    const list = seenIds.get(m.id) ?? new Set<number>();
    list.add(m.paragraph);
    seenIds.set(m.id, list);
    keyOfFound.set(m, m.id);
  }
  for (const [entityId, list] of seenIds) {
    const entity = byId.get(entityId);
    if (!entity) continue;
    kindOfKey.set(entityId, entity.kind);
    // Names the text uses that the graph does not have yet: proposed as new aliases.
    const known = new Set([entity.label, ...entity.aliases].map((n) => foldText(n)));
    const aliases = [
      ...new Set(
        kept.filter((m) => m.id === entityId && !known.has(foldText(m.name))).map((m) => m.name),
      ),
    ];
    draftEntities.push({
      label: entity.label,
      ...(aliases.length > 0 && { aliases }),
      kind: entity.kind,
      match: entityId,
      paragraphs: [...list].sort((a, b) => a - b),
    });
  }
  const usedLabels = new Set(draftEntities.map((e) => e.label));
  for (const group of groups) {
    if (group.found.length === 0) continue;
    const names = [...group.names];
    // The label: the longest name that is not an acronym; the others are its aliases.
    const label =
      [...names].sort(
        (a, b) =>
          Number(/^[\p{Lu}\p{N}.&-]+$/u.test(a)) - Number(/^[\p{Lu}\p{N}.&-]+$/u.test(b)) ||
          b.length - a.length,
      )[0] ?? '';
    if (usedLabels.has(label)) continue;
    usedLabels.add(label);
    const kinds = group.found.map((m) => {
      const paragraph = paragraphs[m.paragraph - 1] ?? '';
      return kindOf(m.name, paragraph.slice(m.end, m.end + 24));
    });
    const kind = kinds.find((k) => k !== undefined);
    for (const m of group.found) keyOfFound.set(m, label);
    kindOfKey.set(label, kind);
    const aliases = names.filter((n) => n !== label);
    draftEntities.push({
      label,
      ...(aliases.length > 0 && { aliases }),
      ...(kind !== undefined && { kind }),
      paragraphs: [...new Set(group.found.map((m) => m.paragraph))].sort((a, b) => a - b),
    });
  }

  return {
    source,
    entities: draftEntities,
    relations: proposeRelations(paragraphs, docs, kept, keyOfFound, kindOfKey),
  };
}

/** Per sentence, each pair of named entities with the relation kinds that fit, cue first. */
function proposeRelations(
  paragraphs: readonly string[],
  docs: readonly ReturnType<typeof nlp>[],
  found: readonly Found[],
  keyOf: ReadonlyMap<Found, string>,
  kindOf: ReadonlyMap<string, EntityKind | undefined>,
): DraftRelation[] {
  const relations: DraftRelation[] = [];
  const seen = new Set<string>();
  paragraphs.forEach((paragraph, index) => {
    const number = index + 1;
    const mentions = keepLongest(found.filter((m) => m.paragraph === number));
    const sentences = (docs[index] ?? nlp(paragraph)).sentences().json({ offset: true }) as {
      offset: { start: number; length: number };
    }[];
    // A paragraph's speaker (a quotation's "said X"), for its quoted sentences without one.
    let speaker: string | undefined;
    for (const sentence of sentences) {
      const start = sentence.offset.start;
      const end = start + sentence.offset.length;
      const text = paragraph.slice(start, end);
      const inside = mentions.filter((m) => m.start >= start && m.end <= end);
      const keys: { key: string; at: Found }[] = [];
      for (const m of inside) {
        const key = keyOf.get(m);
        if (key !== undefined && !keys.some((k) => k.key === key)) keys.push({ key, at: m });
      }
      // The speaker: the name right before a verb of saying ("X said", "X told") or right after
      // one ("said X", "according to X").
      const verbs = [...text.matchAll(new RegExp(ATTRIBUTION.source, 'gi'))].map((v) => ({
        start: start + v.index,
        end: start + v.index + v[0].length,
      }));
      const attributed = keys.find(({ at }) =>
        verbs.some(
          (v) =>
            (at.end <= v.start && /^[\s,]*$/.test(paragraph.slice(at.end, v.start))) ||
            (at.start >= v.end && /^\s*$/.test(paragraph.slice(v.end, at.start))),
        ),
      );
      if (attributed) speaker = attributed.key;
      const assertedBy = attributed?.key;
      const quoted = /^["“]/.test(text.trim()) ? speaker : undefined;
      const certainty: Certainty = SPECULATION.test(text)
        ? 'speculation'
        : assertedBy !== undefined || quoted !== undefined
          ? 'claim'
          : 'reported';
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const a = keys[i];
          const b = keys[j];
          if (!a || !b) continue;
          const between = paragraph.slice(a.at.end, b.at.start);
          const around = paragraph.slice(
            Math.max(start, a.at.start - 30),
            Math.min(end, b.at.end + 30),
          );
          let [from, to] = [a, b];
          let kinds = fittingRelationKinds(kindOf.get(a.key), kindOf.get(b.key));
          const reverse = fittingRelationKinds(kindOf.get(b.key), kindOf.get(a.key));
          const cue =
            CUES.find(([pattern]) => pattern.test(between)) ??
            CUES.find(([pattern]) => pattern.test(around));
          const cued = (list: readonly RelationKind[]) =>
            cue ? list.filter((k) => cue[1].includes(k)).length : 0;
          // The direction the cue fits better, else the one any kind fits.
          if (cued(reverse) > cued(kinds) || (kinds.length === 0 && reverse.length > 0)) {
            [from, to] = [b, a];
            kinds = reverse;
          }
          if (kinds.length === 0) continue;
          const ranked = cue
            ? [
                ...kinds.filter((k) => cue[1].includes(k)),
                ...kinds.filter((k) => !cue[1].includes(k)),
              ]
            : kinds;
          const pair = `${from.key}\u0000${to.key}\u0000${number}`;
          if (seen.has(pair)) continue;
          seen.add(pair);
          const word = cue ? (cue[0].exec(between) ?? cue[0].exec(around))?.[0] : undefined;
          const by = assertedBy ?? quoted;
          relations.push({
            from: from.key,
            to: to.key,
            kinds: ranked.slice(0, MAX_KINDS),
            ...(word !== undefined &&
              cue &&
              ranked.some((k) => cue[1].includes(k)) && { cue: word }),
            certainty,
            ...(by !== undefined && by !== from.key && { assertedBy: by }),
            paragraph: number,
          });
        }
      }
    }
  });
  return relations;
}
