/**
 * The vocabulary of the data model: entity kinds, relation kinds (with domain, range, layer and
 * phrases), certainties and stances, and their type guards. Plain data, no zod: the page and the
 * core use it without loading the validator (`schema.ts`).
 *
 * Nothing here knows about graphology.
 */
/** Entity kinds, with a singular and plural label for people. */
export const ENTITY_KINDS = {
  company: { label: 'Company', plural: 'Companies' },
  subsidiary: { label: 'Subsidiary or business unit', plural: 'Subsidiaries' },
  'government-agency': { label: 'Government agency', plural: 'Government agencies' },
  country: { label: 'Country or territory', plural: 'Countries and territories' },
  alliance: { label: 'Alliance', plural: 'Alliances' },
  chip: { label: 'Chip or chip series', plural: 'Chips' },
  system: { label: 'System or platform', plural: 'Systems and platforms' },
  'ai-model': { label: 'AI model', plural: 'AI models' },
  person: { label: 'Person', plural: 'People' },
  'research-firm': { label: 'Research firm', plural: 'Research firms' },
  'news-outlet': { label: 'News outlet', plural: 'News outlets' },
  event: { label: 'Event or development', plural: 'Events and developments' },
  place: { label: 'Place or region', plural: 'Places and regions' },
  policy: { label: 'Policy or measure', plural: 'Policies and measures' },
  // Technologies and markets, and the stakes the article names (economic survival, supply chains).
  domain: { label: 'Field or stake', plural: 'Fields and stakes' },
  scenario: { label: 'Scenario (a possible future)', plural: 'Scenarios' },
} as const satisfies Record<string, { label: string; plural: string }>;

export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_IDS = Object.keys(ENTITY_KINDS) as [EntityKind, ...EntityKind[]];

/** How sure a relation is, strongest first. */
export const CERTAINTIES = ['fact', 'reported', 'claim', 'opinion', 'speculation'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What a certainty means, for legends and help texts. */
export const CERTAINTY_MEANINGS: Record<Certainty, string> = {
  fact: 'established and uncontested (a date, an ownership, a membership)',
  reported: 'reported by the source as happening, not independently checked',
  claim: 'asserted by a party with a stake in it, or from unpublished benchmarks',
  opinion: 'an analyst’s or commentator’s judgement',
  speculation: 'a possible future the source raises',
};

/**
 * What a relation kind is for, which decides whether path search follows it by default.
 * - `substantive`: a tie in the world the article describes (owns, builds, targets …).
 * - `statement`: a speaker's link to what their statement is about (`states`, derived from
 *   `assertedBy`, never curated): "Dylan Patel → Nvidia" is answered by his claim.
 * - `provenance`: how the story reached us (who was quoted where, where an outlet is based):
 *   true, but a path through it says nothing about the chips; left out of paths unless asked.
 */
export const LAYERS = {
  substantive: {
    label: 'Relations',
    meaning: 'ties between the entities, as the source states them',
  },
  statement: {
    label: 'Statements',
    meaning: 'a speaker linked to what their claim is about (derived from who asserts it)',
  },
  provenance: {
    label: 'Provenance',
    meaning: 'how the story reached us: who was quoted where, where an outlet is based',
  },
} as const satisfies Record<string, { label: string; meaning: string }>;
export type Layer = keyof typeof LAYERS;
export const LAYER_IDS = Object.keys(LAYERS) as [Layer, ...Layer[]];

/** Describes one relation kind: what it may connect and how it reads in either direction. */
export interface RelationKindSpec {
  readonly label: string;
  /** Substantive, statement or provenance (see `LAYERS`). */
  readonly layer: Layer;
  /** Entity kinds allowed at the source. */
  readonly domain: readonly EntityKind[];
  /** Entity kinds allowed at the target. */
  readonly range: readonly EntityKind[];
  /** Symmetric relations read the same both ways; a reversed duplicate is a duplicate. */
  readonly symmetric: boolean;
  /** "source <forward> target". */
  readonly forward: string;
  /** "target <inverse> source". */
  readonly inverse: string;
}

const ORGS = [
  'company',
  'subsidiary',
  'government-agency',
  'research-firm',
  'news-outlet',
] as const satisfies readonly EntityKind[];
const PRODUCTS = ['chip', 'system', 'ai-model'] as const satisfies readonly EntityKind[];
const FIRMS = ['company', 'subsidiary'] as const satisfies readonly EntityKind[];
const STATES = ['country', 'government-agency'] as const satisfies readonly EntityKind[];
const ANY = Object.keys(ENTITY_KINDS) as EntityKind[];

/** The relation kinds. Add one here and validation, the CLI and the page all know it. */
export const RELATION_KINDS = {
  'subsidiary-of': {
    label: 'Subsidiary of',
    layer: 'substantive',
    domain: FIRMS,
    range: ['company'],
    symmetric: false,
    forward: 'is a subsidiary of',
    inverse: 'owns',
  },
  develops: {
    label: 'Develops',
    layer: 'substantive',
    domain: FIRMS,
    range: PRODUCTS,
    symmetric: false,
    forward: 'develops',
    inverse: 'is developed by',
  },
  produces: {
    label: 'Produces',
    layer: 'substantive',
    domain: FIRMS,
    range: ['chip', 'system'],
    symmetric: false,
    forward: 'produces',
    inverse: 'is produced by',
  },
  unveils: {
    label: 'Unveils',
    layer: 'substantive',
    domain: FIRMS,
    range: PRODUCTS,
    symmetric: false,
    forward: 'unveiled',
    inverse: 'was unveiled by',
  },
  'built-on': {
    label: 'Built on',
    layer: 'substantive',
    domain: ['system'],
    range: ['chip'],
    symmetric: false,
    forward: 'is built on',
    inverse: 'powers',
  },
  'belongs-to': {
    label: 'Belongs to series',
    layer: 'substantive',
    domain: PRODUCTS,
    range: PRODUCTS,
    symmetric: false,
    forward: 'belongs to',
    inverse: 'includes',
  },
  'instance-of': {
    label: 'Example of',
    layer: 'substantive',
    domain: [...PRODUCTS, 'event'],
    range: ['domain'],
    symmetric: false,
    forward: 'is an example of',
    inverse: 'has as an example',
  },
  'competes-with': {
    label: 'Competes with',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'country'],
    range: [...FIRMS, ...PRODUCTS, 'country'],
    symmetric: true,
    forward: 'competes with',
    inverse: 'competes with',
  },
  outperforms: {
    label: 'Matches or outperforms',
    layer: 'substantive',
    domain: PRODUCTS,
    range: PRODUCTS,
    symmetric: false,
    forward: 'matches or outperforms',
    inverse: 'is matched or outperformed by',
  },
  challenges: {
    label: 'Challenges',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'country', 'event'],
    range: [...FIRMS, 'country', 'place'],
    symmetric: false,
    forward: 'challenges',
    inverse: 'is challenged by',
  },
  'designed-for': {
    label: 'Designed for',
    layer: 'substantive',
    domain: PRODUCTS,
    range: ['domain'],
    symmetric: false,
    forward: 'is designed for',
    inverse: 'is served by',
  },
  'operates-in': {
    label: 'Operates in',
    layer: 'substantive',
    domain: FIRMS,
    range: ['domain'],
    symmetric: false,
    forward: 'operates in',
    inverse: 'is a business of',
  },
  'presented-at': {
    label: 'Presented at',
    layer: 'substantive',
    domain: [...PRODUCTS, ...FIRMS],
    range: ['event'],
    symmetric: false,
    forward: 'was presented at',
    inverse: 'featured',
  },
  'located-in': {
    label: 'Located in',
    layer: 'substantive',
    domain: [...ORGS, 'place', 'event'],
    range: ['place', 'country'],
    symmetric: false,
    forward: 'is located in',
    inverse: 'is the location of',
  },
  'member-of': {
    label: 'Member of',
    layer: 'substantive',
    domain: ['country'],
    range: ['alliance'],
    symmetric: false,
    forward: 'is a member of',
    inverse: 'includes',
  },
  leads: {
    label: 'Leads',
    layer: 'substantive',
    domain: ['country', ...FIRMS],
    // 'system': a camp of the foreseen AI split is a family of platforms that a firm heads (¶12).
    range: ['alliance', 'event', 'policy', 'system'],
    symmetric: false,
    forward: 'leads',
    inverse: 'is led by',
  },
  'agency-of': {
    label: 'Agency of',
    layer: 'substantive',
    domain: ['government-agency'],
    range: ['country'],
    symmetric: false,
    forward: 'is a government agency of',
    inverse: 'has as a government agency',
  },

  imposes: {
    label: 'Imposes',
    layer: 'substantive',
    domain: STATES,
    range: ['policy'],
    symmetric: false,
    forward: 'imposes',
    inverse: 'is imposed by',
  },
  targets: {
    label: 'Targets',
    layer: 'substantive',
    domain: ['policy', 'alliance'],
    range: ['country', ...FIRMS, 'domain'],
    symmetric: false,
    forward: 'targets',
    inverse: 'is targeted by',
  },
  circumvents: {
    label: 'Works around',
    layer: 'substantive',
    domain: ['country', ...FIRMS, ...PRODUCTS],
    range: ['policy'],
    symmetric: false,
    forward: 'works around',
    inverse: 'is worked around by',
  },
  pursues: {
    label: 'Pursues',
    layer: 'substantive',
    domain: STATES,
    range: ['policy'],
    symmetric: false,
    forward: 'pursues',
    inverse: 'is pursued by',
  },
  subsidizes: {
    label: 'Subsidizes',
    layer: 'substantive',
    domain: [...STATES, 'policy'],
    range: ['domain', ...FIRMS],
    symmetric: false,
    forward: 'subsidizes',
    inverse: 'is subsidized by',
  },
  'flagship-of': {
    label: 'Flagship of',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS],
    // 'domain': ¶9 makes Huawei the flagship of a field (home-grown chipmaking), not of a measure.
    range: ['policy', 'domain'],
    symmetric: false,
    forward: 'is the flagship of',
    inverse: 'has as its flagship',
  },
  monitors: {
    label: 'Monitors',
    layer: 'substantive',
    domain: STATES,
    range: [...FIRMS, ...PRODUCTS],
    symmetric: false,
    forward: 'closely watches',
    inverse: 'is closely watched by',
  },
  'may-adopt': {
    label: 'May see as an option',
    layer: 'substantive',
    domain: ['country', 'place'],
    range: [...FIRMS, ...PRODUCTS],
    symmetric: false,
    forward: 'may see as a viable option',
    inverse: 'may be seen as a viable option by',
  },
  'party-to': {
    label: 'Party to',
    layer: 'substantive',
    // 'system': each camp of the foreseen AI split is a side of that scenario.
    domain: [...STATES, ...FIRMS, 'alliance', 'system'],
    range: ['event', 'scenario'],
    symmetric: false,
    forward: 'is a party to',
    inverse: 'involves',
  },
  disrupts: {
    label: 'Disrupts',
    layer: 'substantive',
    domain: ['policy', 'event'],
    range: [...FIRMS, 'domain'],
    symmetric: false,
    forward: 'disrupted',
    inverse: 'was disrupted by',
  },
  echoes: {
    label: 'Echoes',
    layer: 'substantive',
    domain: ['event', 'scenario'],
    range: ['domain', 'event'],
    symmetric: false,
    forward: 'echoes the split already seen in',
    inverse: 'already saw the split echoed by',
  },
  'works-for': {
    label: 'Works for',
    layer: 'substantive',
    domain: ['person'],
    range: ORGS,
    symmetric: false,
    forward: 'works for',
    inverse: 'employs',
  },
  'quoted-in': {
    label: 'Quoted in',
    layer: 'provenance',
    domain: ['person'],
    range: ['news-outlet'],
    symmetric: false,
    forward: 'was quoted in',
    inverse: 'quoted',
  },
  'based-in': {
    label: 'Based in',
    layer: 'provenance',
    domain: ['news-outlet'],
    range: ['place', 'country'],
    symmetric: false,
    forward: 'is based in',
    inverse: 'is the home of',
  },
  'filed-from': {
    label: 'Filed from',
    layer: 'provenance',
    domain: ['news-outlet'],
    range: ['place', 'country'],
    symmetric: false,
    // A dateline says where a story was filed, not where the outlet is based.
    forward: 'filed its report from',
    inverse: 'is the dateline of',
  },
  advances: {
    label: 'Advances',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'alliance', 'event', 'policy'],
    range: ['policy'],
    symmetric: false,
    forward: 'advances',
    inverse: 'is advanced by',
  },
  signals: {
    label: 'Signals',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'event'],
    range: ['policy', 'country', 'scenario'],
    symmetric: false,
    forward: 'is read as a signal of',
    inverse: 'is signalled by',
  },
  'responds-to': {
    label: 'Responds to',
    layer: 'substantive',
    domain: ['policy', 'country', ...FIRMS],
    range: ['policy', 'alliance', 'event'],
    symmetric: false,
    forward: 'is a response to',
    inverse: 'draws a response in',
  },
  withstands: {
    label: 'Withstands',
    layer: 'substantive',
    domain: [...FIRMS, 'country'],
    range: ['policy'],
    symmetric: false,
    forward: 'has withstood',
    inverse: 'has been withstood by',
  },
  'set-against': {
    label: 'Set against',
    layer: 'substantive',
    domain: [...PRODUCTS, 'event'],
    range: ['event', 'alliance'],
    symmetric: false,
    forward: 'gains weight against the backdrop of',
    inverse: 'is the backdrop to',
  },
  'edge-in': {
    label: 'Has an edge in',
    layer: 'substantive',
    domain: PRODUCTS,
    range: ['domain'],
    symmetric: false,
    forward: 'is said to have a performance edge in',
    inverse: 'is a field where an edge is claimed for',
  },
  'may-benefit': {
    label: 'Could benefit',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'event', 'scenario'],
    range: ['country', ...FIRMS],
    symmetric: false,
    forward: 'could give an edge to',
    inverse: 'could gain an edge from',
  },
  'may-cause': {
    label: 'Could lead to',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'event', 'policy', 'scenario'],
    range: ['scenario'],
    symmetric: false,
    forward: 'could lead to',
    inverse: 'could be brought about by',
  },
  'may-reshape': {
    label: 'Could reshape',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'scenario'],
    range: ['domain'],
    symmetric: false,
    forward: 'could reshape',
    inverse: 'could be reshaped by',
  },
  'alternative-to': {
    label: 'Alternative to',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS],
    range: [...FIRMS, ...PRODUCTS, 'domain'],
    symmetric: false,
    forward: 'is offered as an alternative to',
    inverse: 'faces an alternative in',
  },
  'at-stake': {
    label: 'Puts at stake',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'event'],
    range: ['policy', 'domain', 'scenario'],
    symmetric: false,
    forward: 'is at heart about',
    inverse: 'is at stake in',
  },

  'cannot-be-ignored-by': {
    label: 'Cannot be ignored by',
    layer: 'substantive',
    domain: [...FIRMS, ...PRODUCTS, 'event'],
    range: ['place', 'country', 'alliance'],
    symmetric: false,
    forward: 'cannot be ignored by',
    inverse: 'cannot afford to ignore',
  },
  states: {
    label: 'States (a claim)',
    layer: 'statement',
    domain: ANY,
    range: ANY,
    symmetric: false,
    forward: 'states a claim about',
    inverse: 'is named in a claim stated by',
  },
} as const satisfies Record<string, RelationKindSpec>;

export type RelationKind = keyof typeof RELATION_KINDS;

/**
 * The one derived relation kind: `buildGraph` adds a `states` edge from each speaker (an asserter
 * other than the outlet that published the source) to what their claim is about. Curated files
 * never list it: `assertedBy` is the single truth of who said what.
 */
export const STATEMENT_KIND = 'states' satisfies RelationKind;

/** The layer of a relation kind; kinds an imported graph brings are substantive. */
export function layerOf(kind: string): Layer {
  return isRelationKind(kind) ? RELATION_KINDS[kind].layer : 'substantive';
}
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]];

/**
 * The relation kinds (statements aside: they are derived) whose source may be an entity of kind
 * `from` and target one of kind `to`; an unknown kind fits any.
 */
export function fittingRelationKinds(
  from: EntityKind | undefined,
  to: EntityKind | undefined,
): RelationKind[] {
  return RELATION_KIND_IDS.filter((kind) => {
    if (kind === STATEMENT_KIND) return false;
    const spec: RelationKindSpec = RELATION_KINDS[kind];
    return (
      (from === undefined || spec.domain.includes(from)) &&
      (to === undefined || spec.range.includes(to))
    );
  });
}

/** Certainty shown for relations that record none (imported graphs). */
export const UNRATED = 'unrated';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day <= days;
}

/** A second source's verdict: it confirms, confirms only part (the note says which), or contradicts. */
export const STANCES = ['supports', 'partly-supports', 'contests'] as const;
export type Stance = (typeof STANCES)[number];

/** Type guard for entity kinds (for values read from imported graphs or URLs). */
export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && Object.hasOwn(ENTITY_KINDS, value);
}

/** Type guard for relation kinds. */
export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && Object.hasOwn(RELATION_KINDS, value);
}

/** Type guard for certainties. */
export function isCertainty(value: unknown): value is Certainty {
  return typeof value === 'string' && (CERTAINTIES as readonly string[]).includes(value);
}
