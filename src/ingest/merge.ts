/**
 * Merging a reviewed draft into the data files: what the reviewer accepted (an entity with a kind
 * and a description in their own words, a relation with one kind and a claim) is added, cited to
 * the draft's source and paragraph; what they dismissed is left out; what is not reviewed yet
 * stays in the draft, listed. A relation the graph already has becomes a corroboration of it.
 * The result is validated as `kg validate` would before anything is written.
 */
import { z } from 'zod';
import { DataError, type DataIssue } from '../model/errors';
import { foldText } from '../model/text';
import { checkGraphData, type DataFile } from '../model/validate';
import {
  CERTAINTIES,
  ENTITY_KIND_IDS,
  RELATION_KIND_IDS,
  STANCES,
  type RelationKind,
} from '../model/vocabulary';

const reviewedEntity = z.object({
  label: z.string(),
  aliases: z.array(z.string()).readonly().optional(),
  kind: z.enum(ENTITY_KIND_IDS).optional(),
  match: z.string().optional(),
  paragraphs: z.array(z.number().int().positive()).readonly(),
  /** The reviewer's: an id for a new entity (default: from its label). */
  id: z.string().optional(),
  /** The reviewer's: one or two sentences in their own words (a new entity needs one). */
  description: z.string().optional(),
  /** The reviewer's verdict: false keeps a reviewed-looking item out (still being edited). */
  accepted: z.boolean().optional(),
  dismissed: z.boolean().optional(),
});
const reviewedRelation = z.object({
  from: z.string(),
  to: z.string(),
  kinds: z.array(z.enum(RELATION_KIND_IDS)).readonly(),
  cue: z.string().optional(),
  certainty: z.enum(CERTAINTIES).optional(),
  assertedBy: z.string().optional(),
  paragraph: z.number().int().positive(),
  /** The reviewer's: the one kind chosen. */
  kind: z.enum(RELATION_KIND_IDS).optional(),
  /** The reviewer's: the relation in one sentence of their own words. */
  claim: z.string().optional(),
  /** For a relation the graph has already: whether this source supports or contests it. */
  stance: z.enum(STANCES).optional(),
  /** Who the asserter relies on, when it is not an entity ("unnamed analysts"). */
  attribution: z.string().optional(),
  date: z.string().optional(),
  accepted: z.boolean().optional(),
  dismissed: z.boolean().optional(),
});
/** A correction of an entity the graph has (edit mode): the fields given replace its own. */
const entityCorrection = z.strictObject({
  entity: z.string(),
  label: z.string().optional(),
  kind: z.enum(ENTITY_KIND_IDS).optional(),
  aliases: z.array(z.string()).readonly().optional(),
  description: z.string().optional(),
});
/** A correction of a relation the graph has (edit mode): the fields given replace its own. */
const relationCorrection = z.strictObject({
  relation: z.string(),
  kind: z.enum(RELATION_KIND_IDS).optional(),
  certainty: z.enum(CERTAINTIES).optional(),
  assertedBy: z.array(z.string()).readonly().optional(),
  claim: z.string().optional(),
});
export type Correction = z.infer<typeof entityCorrection> | z.infer<typeof relationCorrection>;
/**
 * A draft as `kg ingest` writes it, with the reviewer's additions (see docs/kg.md); or a patch
 * from the page's edit mode (a known source's id, the items it adds, and corrections).
 */
export const reviewedDraftSchema = z.object({
  source: z.object({
    id: z.string(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    published: z.string().optional(),
    url: z.string().optional(),
    language: z.string().optional(),
    /** Needed for a new source only (a patch citing a source the data has gives its id). */
    paragraphs: z.number().int().nonnegative().optional(),
    paragraphOpenings: z.array(z.string()).readonly().optional(),
  }),
  entities: z.array(reviewedEntity).readonly().default([]),
  relations: z.array(reviewedRelation).readonly().default([]),
  /** Corrections of what the graph has (the page's edit mode writes them). */
  corrections: z
    .array(z.union([entityCorrection, relationCorrection]))
    .readonly()
    .optional(),
});
export type ReviewedDraft = z.infer<typeof reviewedDraftSchema>;

/** What a merge adds, and what it leaves in the draft. */
export interface MergeResult {
  /** The data files that change, with their new contents (plain JSON values). */
  readonly files: readonly { readonly path: string; readonly data: Record<string, unknown> }[];
  readonly added: {
    readonly sources: number;
    readonly entities: number;
    readonly aliases: number;
    readonly relations: number;
    readonly corroborations: number;
    readonly corrections: number;
  };
  /** Items not merged, each with why (not reviewed yet, or an end that is not merged). */
  readonly pending: readonly string[];
}

const LISTS = ['sources', 'entities', 'relations'] as const;
type ListName = (typeof LISTS)[number];
type Item = Record<string, unknown>;

/** A kebab-case id from a label ("CloudMatrix 384" → "cloudmatrix-384"). */
export function idFromLabel(label: string): string {
  return foldText(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const isRecord = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The zod issues of a draft as data issues pointing into the draft file. */
function draftIssues(path: string, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => ({
    file: path,
    path: `$${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`,
    message: issue.message,
    hint: 'a draft is what "kg ingest" wrote, with the reviewer’s fields (docs/kg.md, kg merge)',
  }));
}

/**
 * Merges a reviewed draft into data files.
 * @param draft - the draft file's parsed JSON (checked here)
 * @param draftPath - the draft's path, for messages
 * @param files - the data folder's files (they must be valid)
 * @param dir - the data folder, where a list no file holds yet gets its own file
 * @throws DataError when the draft is malformed, the data invalid, or the merged data would be
 *   (nothing is written then: every problem is named)
 */
export function mergeDraft(
  draft: unknown,
  draftPath: string,
  files: readonly DataFile[],
  dir: string,
): MergeResult {
  const parsed = reviewedDraftSchema.safeParse(draft);
  if (!parsed.success)
    throw new DataError(
      draftIssues(draftPath, parsed.error),
      `the draft ${draftPath} is malformed`,
    );
  const { source, entities, relations, corrections = [] } = parsed.data;
  // An empty folder is an empty graph (a new graph from this draft).
  const checked =
    files.length === 0
      ? { data: { sources: [], entities: [], relations: [] }, issues: [] }
      : checkGraphData(files);
  if (checked.issues.length > 0)
    throw new DataError(
      checked.issues,
      'the data is invalid: fix it ("kg validate") before merging',
    );

  // The files as JSON, and which holds each list (a list no file holds goes in its own file).
  const contents = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    const value: unknown = JSON.parse(file.text);
    if (isRecord(value)) contents.set(file.path, value);
  }
  const home = {} as Record<ListName, string>;
  for (const list of LISTS) {
    const holder = [...contents].find(([, data]) => Array.isArray(data[list]));
    home[list] = holder?.[0] ?? `${dir}/${list}.json`;
    if (!holder) contents.set(home[list], { [list]: [] });
  }
  const changed = new Set<string>();
  const listOf = (list: ListName): Item[] => {
    const data = contents.get(home[list]) ?? {};
    const items = Array.isArray(data[list]) ? (data[list] as unknown[]) : [];
    return items.filter(isRecord);
  };
  const push = (list: ListName, item: Item) => {
    const data = contents.get(home[list]);
    if (!data) return;
    data[list] = [...listOf(list), item];
    changed.add(home[list]);
  };

  const pending: string[] = [];
  const added = {
    sources: 0,
    entities: 0,
    aliases: 0,
    relations: 0,
    corroborations: 0,
    corrections: 0,
  };
  const existing = new Map(checked.data.entities.map((e) => [e.id, e]));

  // The source, unless the data has it already.
  if (!checked.data.sources.some((s) => s.id === source.id)) {
    const missing = (['title', 'outlet', 'published', 'paragraphs'] as const).filter(
      (f) => source[f] === undefined || source[f] === '',
    );
    if (missing.length > 0)
      throw new DataError(
        missing.map((field) => ({
          file: draftPath,
          path: `$.source.${field}`,
          message: `the source "${source.id}" is new and has no ${field}`,
          hint: 'add it to the draft (or pass it to kg ingest) before merging',
        })),
        `the draft ${draftPath} cannot be merged`,
      );
    push('sources', {
      id: source.id,
      title: source.title,
      outlet: source.outlet,
      published: source.published,
      language: source.language ?? 'en',
      paragraphs: source.paragraphs,
      ...(source.paragraphOpenings !== undefined && {
        paragraphOpenings: source.paragraphOpenings,
      }),
      ...(source.url !== undefined && { url: source.url }),
    });
    added.sources++;
  }
  const citation = (paragraph: number) => ({ source: source.id, paragraph });
  // Who asserts a relation no one else is said to: the outlet of the source (a patch citing a
  // source the data has names only its id).
  const outlet = source.outlet ?? checked.data.sources.find((s) => s.id === source.id)?.outlet;

  // Entities: draft label (or id) → the graph id it is merged as.
  const idOf = new Map<string, string>();
  entities.forEach((entity, i) => {
    const where = `entity ${i + 1} ("${entity.label}")`;
    if (entity.dismissed === true) return;
    if (entity.accepted === false) {
      pending.push(`${where}: not accepted yet`);
      return;
    }
    const first = entity.paragraphs[0] ?? 1;
    if (entity.match !== undefined) {
      const known = existing.get(entity.match);
      if (!known) {
        pending.push(`${where}: "match" names "${entity.match}", which the data does not have`);
        return;
      }
      idOf.set(entity.label, known.id);
      idOf.set(known.id, known.id);
      // Read from the file's item as merged so far: two draft entries may match one entity
      // ("CloudMatrix 384", "CloudMatrix"), and the second must add to the first, not undo it.
      const item = listOf('entities').find((e) => e['id'] === known.id);
      if (!item) return;
      const strings = (value: unknown): string[] =>
        Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      const aliases = strings(item['aliases']);
      const citations = Array.isArray(item['citations']) ? (item['citations'] as unknown[]) : [];
      const have = new Set([known.label, ...aliases].map((n) => foldText(n)));
      const fresh = [...new Set((entity.aliases ?? []).filter((a) => !have.has(foldText(a))))];
      const cites = !citations.some((c) => isRecord(c) && c['source'] === source.id);
      if (fresh.length > 0) item['aliases'] = [...aliases, ...fresh];
      if (cites) item['citations'] = [...citations, citation(first)];
      if (fresh.length > 0 || cites) changed.add(home.entities);
      added.aliases += fresh.length;
      return;
    }
    if (entity.kind === undefined || entity.description === undefined) {
      pending.push(
        `${where}: not reviewed yet (a new entity needs a "kind" and a "description" in your own words)`,
      );
      return;
    }
    const id = entity.id ?? idFromLabel(entity.label);
    const same = existing.get(id);
    if (same) {
      // Merged before (the same draft again), or an id another entity has.
      if (foldText(same.label) === foldText(entity.label)) idOf.set(entity.label, id);
      else
        pending.push(
          `${where}: the id "${id}" is "${same.label}" in the data; give it another "id", or a "match"`,
        );
      return;
    }
    idOf.set(entity.label, id);
    push('entities', {
      id,
      label: entity.label,
      kind: entity.kind,
      aliases: entity.aliases ?? [],
      description: entity.description,
      citations: [citation(first)],
    });
    existing.set(id, {
      id,
      label: entity.label,
      kind: entity.kind,
      aliases: [...(entity.aliases ?? [])],
      description: entity.description,
      citations: [citation(first)],
    });
    added.entities++;
  });
  const resolve = (name: string) => idOf.get(name) ?? (existing.has(name) ? name : undefined);

  // Relations: a new one, or a corroboration of the same relation the graph has.
  const taken = new Set(listOf('relations').map((r) => String(r['id'])));
  relations.forEach((relation, i) => {
    const where = `relation ${i + 1} (${relation.from} → ${relation.to}, ¶${relation.paragraph})`;
    if (relation.dismissed === true) return;
    if (relation.accepted === false) {
      pending.push(`${where}: not accepted yet`);
      return;
    }
    if (relation.kind === undefined || relation.claim === undefined) {
      pending.push(`${where}: not reviewed yet (choose a "kind" and write the "claim")`);
      return;
    }
    const from = resolve(relation.from);
    const to = resolve(relation.to);
    if (from === undefined || to === undefined) {
      pending.push(
        `${where}: "${from === undefined ? relation.from : relation.to}" is not merged (review or match that entity first)`,
      );
      return;
    }
    const kind: RelationKind = relation.kind;
    const asserter = relation.assertedBy !== undefined ? resolve(relation.assertedBy) : outlet;
    // The same relation from another source corroborates it, unless the reviewer names a speaker
    // it does not have yet: another speaker's claim is a relation of its own (id suffixed).
    const same = listOf('relations').find(
      (r) =>
        r['source'] === from &&
        r['target'] === to &&
        r['kind'] === kind &&
        (relation.assertedBy === undefined ||
          (Array.isArray(r['assertedBy']) && r['assertedBy'].includes(asserter))),
    );
    if (same) {
      const listed = (field: string): unknown[] => {
        const value: unknown = same[field];
        return Array.isArray(value) ? (value as unknown[]) : [];
      };
      const cited = [...listed('citations'), ...listed('corroboration')].some(
        (c) => isRecord(c) && c['source'] === source.id,
      );
      if (!cited) {
        same['corroboration'] = [
          ...listed('corroboration'),
          {
            source: source.id,
            paragraph: relation.paragraph,
            stance: relation.stance ?? 'supports',
            note: relation.claim,
          },
        ];
        changed.add(home.relations);
        added.corroborations++;
      }
      return;
    }
    const base = `${from}--${kind}--${to}`;
    const id = !taken.has(base) ? base : `${base}--${asserter ?? source.id}`;
    taken.add(id);
    push('relations', {
      id,
      kind,
      source: from,
      target: to,
      claim: relation.claim,
      citations: [citation(relation.paragraph)],
      certainty: relation.certainty ?? 'reported',
      assertedBy: asserter === undefined ? [] : [asserter],
      ...(relation.attribution !== undefined && { attribution: relation.attribution }),
      ...(relation.date !== undefined && { date: relation.date }),
    });
    added.relations++;
  });

  // Corrections: the fields given replace the item's own (its id, citations and ends stay).
  corrections.forEach((correction, i) => {
    const [list, id] =
      'entity' in correction
        ? (['entities', correction.entity] as const)
        : (['relations', correction.relation] as const);
    const item = listOf(list).find((e) => e['id'] === id);
    if (!item) {
      pending.push(
        `correction ${i + 1}: the data has no ${list === 'entities' ? 'entity' : 'relation'} "${id}"`,
      );
      return;
    }
    const changes = Object.entries(correction).filter(
      ([field, value]) =>
        field !== 'entity' &&
        field !== 'relation' &&
        JSON.stringify(item[field]) !== JSON.stringify(value),
    );
    if (changes.length === 0) return;
    for (const [field, value] of changes) item[field] = value;
    changed.add(home[list]);
    added.corrections++;
  });

  // The merged data must pass every check `kg validate` makes.
  const merged = [...contents].map(([path, data]) => ({ path, text: JSON.stringify(data) }));
  const after = checkGraphData(merged);
  if (after.issues.length > 0)
    throw new DataError(
      after.issues,
      `merging ${draftPath} would make the data invalid; nothing was written. Correct the draft`,
    );
  return {
    files: [...changed].map((path) => ({ path, data: contents.get(path) ?? {} })),
    added,
    pending,
  };
}

/**
 * The first run of more than `limit` words a text shares with a passage (case- and
 * punctuation-insensitively), or null: a claim must be the reviewer's own words.
 */
export function copiedWords(text: string, passage: string, limit = 6): string | null {
  const words = (s: string) => foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
  const mine = words(text);
  const theirs = words(passage);
  const runs = new Set<string>();
  for (let i = 0; i + limit < theirs.length; i++)
    runs.add(theirs.slice(i, i + limit + 1).join(' '));
  for (let i = 0; i + limit < mine.length; i++) {
    const run = mine.slice(i, i + limit + 1).join(' ');
    if (runs.has(run)) return run;
  }
  return null;
}
