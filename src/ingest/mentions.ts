/**
 * New names in a text: runs that look like proper names, the people the language library knows,
 * unnamed speakers; and a kind for each. Known entities' names are found by `known.ts`.
 * Pure: the text in, character spans out.
 */
import nlp from 'compromise';
import type { EntityKind } from '../model/vocabulary';
import { keepLongest, type Mention } from './known';

/** Words that open a sentence or a heading in capitals without naming anything. */
const NOT_NAMES = new Set(
  (
    'a an the this that these those it its in on at as by for from of to and or but if while ' +
    'however although though since when where what which who whose why how after before during ' +
    'despite amid under over with without into about between according yet also still even ' +
    'there here then thus so such one two three some many most more all each every other our ' +
    'their his her we you they i he she countries nations end article your comment news id ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december none nothing neither nor both only ' +
    'now today yesterday'
  ).split(' '),
);
/** Nationality and region adjectives: part of a name only inside one ("Chinese Academy"). */
const ADJECTIVES = new Set(
  (
    'chinese american western eastern european asian global national international korean ' +
    'japanese taiwanese russian iranian indian british french german dutch african arab'
  ).split(' '),
);

/**
 * A word that can open a name: an abbreviation (U.S.), a capitalised word, possibly with capitals
 * or digits after a dash or inside (Indo-Pacific, HiSilicon, GB200), or a model number (910C, 5G).
 * A possessive ends it (Huawei’s) and so does a lower-case suffix (Nvidia-led).
 */
const NAME_WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}]*(?:[&-][\p{Lu}\p{N}][\p{L}\p{N}]*|['’](?!s\b)\p{L}{2,})*|\p{N}+\p{Lu}[\p{L}\p{N}]*)`;
/** A word that can continue one: also a plain number (CloudMatrix 384, Chip 4). */
const NEXT_WORD = String.raw`(?:${NAME_WORD}|\p{N}+(?![\p{L}\p{N}]))`;
/** Lower-case words that end a name they follow (the Chip 4 alliance, the U.S.–China tech war). */
const HEAD_NOUN = String.raw`(?:\s+(?:(?:tech|trade|chip|cold)\s+war|war|alliance|series|models?|conference|summit|initiative|doctrine))?`;
/** Runs of name words, joined by spaces, "of", "and" or a dash (U.S.–China). */
const NAME_RUN = new RegExp(
  String.raw`${NAME_WORD}(?:(?:[–-]|\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?)${NEXT_WORD})*${HEAD_NOUN}`,
  'gu',
);
/** Titles that stand between an organisation and a person's name: they split the run there. */
const TITLE_SPLIT =
  /\s+(?:CEO|CFO|CTO|COO|Chairman|Chairwoman|Chair|President|Founder|Minister|Secretary|Director|Chief Executive|Spokesperson)\s+/u;
/** Acronyms that name no one: generic terms in capitals. */
const GENERIC = new Set(
  'AI ID CEO CFO CTO GPU GPUs CPU CPUs IT R&D GDP HPC LLM LLMs PC TV'.split(' '),
);

/**
 * Units and figures in capitals ("PFLOPS", "48TB", "BF16", "800G"): a measure, not a name. A name
 * made only of these and numbers is left out.
 */
const UNIT =
  /^(?:\p{N}+(?:[.,]\p{N}+)?)?(?:[KMGTPE]?(?:FLOPS?|FLOPs|B|b|W|Wh|Hz|bps)|TB\/s|GB\/s|kW|MW|GW|nm|BF16|FP4|FP8|FP16|FP32|INT8|G|K|X|x)?$/u;

/** Cuts a found run down to a name: no possessive, no opening "The", no trailing "of …". */
function trimName(run: string, start: number): Mention | null {
  let text = run;
  let at = start;
  const lead = /^(?:The|A|An|This|That)\s+/.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    at += lead[0].length;
  }
  text = text
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '')
    .replace(/\s+(?:of|and|&)$/u, '');
  // A generic acronym after a name says what it is, not which ("CloudMatrix 384 AI", "910C NPUs").
  for (;;) {
    const last = /\s+(\S+)$/u.exec(text);
    if (!last || !(GENERIC.has(last[1] ?? '') || /^\p{Lu}{2,5}s$/u.test(last[1] ?? ''))) break;
    text = text.slice(0, last.index);
  }
  if (text === '') return null;
  return { start: at, end: at + text.length, name: text };
}

/**
 * New names in a paragraph: runs of capitalised words, acronyms and model numbers ("CloudMatrix
 * 384", "GB200 NVL72", "U.S. Department of Commerce"), without the capitalised words that merely
 * open a sentence, and the people compromise recognises; plus unnamed speakers ("one Chinese
 * analyst").
 */
export function findNames(
  paragraph: string,
  doc: ReturnType<typeof nlp> = nlp(paragraph),
): Mention[] {
  const found: Mention[] = [];
  // A title between two names splits them ("Nvidia CEO Jensen Huang": Nvidia, Jensen Huang).
  const runs: { text: string; at: number }[] = [];
  for (const match of paragraph.matchAll(NAME_RUN)) {
    let at = match.index;
    for (const piece of match[0].split(TITLE_SPLIT)) {
      const start = paragraph.indexOf(piece, at);
      runs.push({ text: piece, at: start });
      at = start + piece.length;
    }
  }
  for (const run of runs) {
    const mention = trimName(run.text, run.at);
    if (mention === null) continue;
    const parts = mention.name.split(/\s+/);
    const lower = parts.map((p) => p.toLowerCase());
    const first = lower[0] ?? '';
    if (GENERIC.has(mention.name) || /^\p{N}+$/u.test(mention.name)) continue;
    if (parts.every((p) => UNIT.test(p) || /^(?:of|and|&)$/.test(p))) continue;
    // A lone common word or adjective in capitals ("However", "Chinese") names nothing.
    if (lower.every((p) => NOT_NAMES.has(p) || ADJECTIVES.has(p))) continue;
    // A sentence that opens with a common word ("However, Huawei"): the name is what follows.
    if (NOT_NAMES.has(first)) {
      if (parts.length === 2 && /^\p{N}+$/u.test(parts[1] ?? '')) continue;
      const skip = mention.name.indexOf(parts[1] ?? '', first.length);
      found.push({ ...mention, start: mention.start + skip, name: mention.name.slice(skip) });
      continue;
    }
    // A trailing adjective is the start of a description, not of the name ("Nvidia Western").
    if (parts.length > 1 && ADJECTIVES.has(lower[lower.length - 1] ?? '')) {
      const name = parts.slice(0, -1).join(' ');
      found.push({ ...mention, end: mention.start + name.length, name });
      continue;
    }
    found.push(mention);
  }
  // People compromise knows by their first names ("Dylan Patel") even when written in lower case.
  for (const person of doc.people().json({ offset: true }) as {
    offset: { start: number; length: number };
    text: string;
  }[]) {
    const raw = paragraph.slice(person.offset.start, person.offset.start + person.offset.length);
    const mention = trimName(
      raw.replace(/[“”",;:.]+$/gu, '').replace(/^[“"]/u, ''),
      person.offset.start,
    );
    if (mention && /^\p{Lu}/u.test(mention.name)) found.push(mention);
  }
  const unnamed =
    /\b(?:[Aa]n?|[Oo]ne)\s+((?:[A-Z][a-z]+\s+)?(?:analyst|expert|official|executive|researcher|engineer|spokesperson|source|observer|commentator))\b/g;
  for (const match of paragraph.matchAll(unnamed)) {
    const name = match[1] ?? '';
    const start = match.index + match[0].length - name.length;
    found.push({ start, end: start + name.length, name });
  }
  return keepLongest(found);
}

/** Organisation words, by the kind they suggest, checked on a new name's own words. */
const KIND_WORDS: readonly [RegExp, EntityKind][] = [
  [
    /\b(?:Department|Ministry|Commission|Bureau|Agency|Administration|Office|Council|Congress|Senate|Parliament)\b/,
    'government-agency',
  ],
  [
    /\b(?:Times|News|Post|Journal|Daily|Herald|Tribune|Reuters|Bloomberg|Press|Blog)\b/,
    'news-outlet',
  ],
  [/\b(?:Alliance|Pact|Coalition|Bloc)\b/i, 'alliance'],
  [/\b(?:Conference|Summit|Expo|Forum|Fair|Show|War|Congress)\b/, 'event'],
  [/(?:Analysis|Research|Insights|Consulting|Partners)\b/, 'research-firm'],
  [/\b(?:Inc|Corp|Corporation|Ltd|LLC|Group|Technologies|Holdings|Co)\.?$/, 'company'],
  [/\b(?:Valley|Province|City|Region|Sea|Strait|South|North|Pacific)\b/, 'place'],
];
/** Words after a name that say what it names ("Ascend 910C chips", "GPT models"). */
const FOLLOWING_WORDS: readonly [RegExp, EntityKind][] = [
  [/^\s*(?:\([^)]*\)\s*)?(?:fair|conference|summit|expo|show|forum)\b/i, 'event'],
  [/^\s*(?:chips?|processors?|GPUs?|accelerators?|semiconductors?)\b/i, 'chip'],
  [/^\s*(?:models?|LLMs?)\b/i, 'ai-model'],
  [/^\s*(?:systems?|platforms?|servers?|clusters?|supercomputers?|architectures?)\b/i, 'system'],
  [/^\s*(?:alliance|pact)\b/i, 'alliance'],
];

/**
 * A kind for a new name, from its words, the word after it in the text and what compromise
 * makes of it; undefined when nothing suggests one (the reviewer picks).
 */
export function guessKind(name: string, after: string, person: boolean): EntityKind | undefined {
  if (person || /\b(?:analyst|expert|official|executive|researcher|engineer)$/.test(name))
    return 'person';
  if (/^(?:U\.S\.|US|USA|U\.K\.|UK|EU|PRC|UAE)$/.test(name)) return 'country';
  for (const [pattern, kind] of FOLLOWING_WORDS) if (pattern.test(after)) return kind;
  if (/\b(?:tech |trade |cold )?war$/.test(name)) return 'event';
  if (/\bmodels?$/.test(name)) return 'ai-model';
  if (/\bseries$/.test(name)) return 'chip';
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(name)) return kind;
  const doc = nlp(name);
  if (doc.has('#Country')) return 'country';
  if (doc.has('#Place') || doc.has('#City') || doc.has('#Region')) return 'place';
  if (doc.has('#Organization')) return 'company';
  // Model numbers and run-together capitals read as products ("CloudMatrix 384", "GB200").
  if (/\p{N}/u.test(name) || /\p{Ll}\p{Lu}/u.test(name)) return 'system';
  return undefined;
}

/** Is this name one compromise reads as a person's? */
export const isPersonName = (name: string): boolean => nlp(name).has('#Person');
