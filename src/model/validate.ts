/**
 * `parseGraphData`: curated files (text) → validated `KnowledgeGraphData`, or a `DataError` that
 * lists every problem at once, each with file, line, JSON path, id and a fix.
 *
 * jsonc-parser is used rather than `JSON.parse` because it reports syntax errors with offsets on
 * every engine (V8's messages sometimes carry no position) and maps a JSON path back to its line.
 */
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser';
import type { z } from 'zod';
import { DataError, type DataIssue } from './errors';
import {
  RELATION_KINDS,
  STATEMENT_KIND,
  entitySchema,
  graphDataFileSchema,
  relationSchema,
  sourceSchema,
  type Citation,
  type Entity,
  type KnowledgeGraphData,
  type Relation,
  type SourceDocument,
} from './schema';
import { foldText, lineColumn } from './text';

/** One curated file: its path (as shown to the user) and its text. */
export interface DataFile {
  readonly path: string;
  readonly text: string;
}

type Segment = string | number;

/** Where an item was read from, to point issues at it. */
interface Origin {
  readonly file: string;
  readonly tree: JsonNode;
  readonly text: string;
  readonly base: readonly Segment[];
}

interface Located<T> {
  readonly value: T;
  readonly origin: Origin;
}

const SYNTAX_HINTS: Record<string, string> = {
  EndOfFileExpected: 'remove what follows the closing bracket of the file',
  CloseBraceExpected: 'close the object with "}" (the file may be truncated)',
  CloseBracketExpected: 'close the list with "]" (the file may be truncated)',
  CommaExpected: 'add the missing comma between the items',
  ColonExpected: 'add ":" between the property name and its value',
  PropertyNameExpected: 'property names must be double-quoted strings; remove any trailing comma',
  ValueExpected: 'add the missing value; remove any trailing comma',
  UnexpectedEndOfString: 'close the string with a double quote',
  InvalidSymbol: 'remove the stray character; JSON allows no comments or single quotes',
};

function pathToString(segments: readonly Segment[]): string {
  return (
    '$' +
    segments
      .map((s) =>
        typeof s === 'number'
          ? `[${s}]`
          : /^[A-Za-z_$][\w$]*$/.test(s)
            ? `.${s}`
            : `[${JSON.stringify(s)}]`,
      )
      .join('')
  );
}

class IssueCollector {
  readonly issues: DataIssue[] = [];

  /** An issue at a path inside an item (or the item itself), with its line when it can be found. */
  at(origin: Origin, rest: readonly Segment[], message: string, hint?: string, id?: string): void {
    const segments = [...origin.base, ...rest];
    // Point at the deepest node that exists (a missing property points at its object).
    let node: JsonNode | undefined;
    for (let n = segments.length; n >= 0 && node === undefined; n--) {
      node = findNodeAtLocation(origin.tree, segments.slice(0, n));
    }
    const position = node === undefined ? undefined : lineColumn(origin.text, node.offset);
    this.issues.push({
      file: origin.file,
      ...(position && { line: position.line, column: position.column }),
      path: pathToString(segments),
      ...(id !== undefined && { id }),
      message,
      ...(hint !== undefined && { hint }),
    });
  }
}

function rawId(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    return typeof value.id === 'string' ? value.id : undefined;
  }
  return undefined;
}

function zodHint(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_value':
      // Statement links are derived, never written: not offered as a choice.
      return `use one of: ${issue.values
        .filter((v) => v !== STATEMENT_KIND)
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'too_small':
      if (issue.origin !== 'array') return 'write something here';
      return issue.path.at(-1) === 'citations'
        ? 'cite where the sources say it: [{"source": "<source id>", "paragraphs": [<n>]}]'
        : `give at least ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return 'remove it, or check its spelling against graph-data/schema/chipgraph.schema.json';
    case 'invalid_type':
      return issue.input === undefined ? 'add this required property' : `give a ${issue.expected}`;
    default:
      return undefined;
  }
}

function zodMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown propert${issue.keys.length === 1 ? 'y' : 'ies'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return 'missing required property';
  if (issue.code === 'invalid_value') return 'not an allowed value';
  if (issue.code === 'too_small' && issue.origin === 'array')
    return issue.minimum === 1
      ? 'empty: at least one is needed'
      : `fewer than ${String(issue.minimum)}`;
  return issue.message;
}

/** An item that failed its schema, with the fields that passed kept for the later checks. */
interface Salvaged<P> {
  readonly value: P;
  readonly origin: Origin;
}

/**
 * The fields of a failed item that pass on their own: the item minus every top-level field an
 * issue names, parsed with the schema made partial. So a relation with a bad certainty still has
 * its references, domain and range checked in the same run, rather than only after the fix.
 */
function salvage<P>(
  item: unknown,
  issues: readonly z.core.$ZodIssue[],
  partial: z.ZodType<P>,
): P | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const bad = new Set<PropertyKey>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0)
      for (const key of issue.keys) bad.add(key);
    else if (issue.path[0] !== undefined) bad.add(issue.path[0]);
  }
  const kept = Object.fromEntries(Object.entries(item).filter(([key]) => !bad.has(key)));
  const result = partial.safeParse(kept);
  return result.success ? result.data : undefined;
}

function parseItems<T, P>(
  items: readonly unknown[] | undefined,
  list: string,
  schema: z.ZodType<T>,
  partial: z.ZodType<P>,
  origin: Origin,
  collector: IssueCollector,
  attempted: Set<string>,
): { valid: Located<T>[]; salvaged: Salvaged<P>[] } {
  const valid: Located<T>[] = [];
  const salvaged: Salvaged<P>[] = [];
  (items ?? []).forEach((item, index) => {
    const itemOrigin: Origin = { ...origin, base: [list, index] };
    const id = rawId(item);
    if (id !== undefined) attempted.add(id);
    const result = schema.safeParse(item);
    if (result.success) {
      valid.push({ value: result.data, origin: itemOrigin });
      return;
    }
    for (const issue of result.error.issues) {
      collector.at(itemOrigin, issue.path as Segment[], zodMessage(issue), zodHint(issue), id);
    }
    const rest = salvage(item, result.error.issues, partial);
    if (rest !== undefined) salvaged.push({ value: rest, origin: itemOrigin });
  });
  return { valid, salvaged };
}

function parseFile(file: DataFile, collector: IssueCollector) {
  if (file.text.trim() === '') {
    collector.issues.push({
      file: file.path,
      line: 1,
      column: 1,
      message: 'the file is empty',
      hint: 'write {"entities": []} at least, or delete the file',
    });
    return undefined;
  }
  const errors: ParseError[] = [];
  const tree = parseTree(file.text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
  });
  if (errors.length > 0 || tree === undefined) {
    // Only the first syntax error: the parser's recovery makes the later ones mostly echoes.
    for (const error of errors.length > 0 ? errors.slice(0, 1) : [undefined]) {
      const offset = error?.offset ?? file.text.length;
      const { line, column } = lineColumn(file.text, offset);
      const code = error === undefined ? 'ValueExpected' : printParseErrorCode(error.error);
      collector.issues.push({
        file: file.path,
        line,
        column,
        message:
          error === undefined
            ? 'the file is empty'
            : `invalid JSON (${code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()})`,
        hint: SYNTAX_HINTS[code] ?? 'fix the JSON syntax at this position',
      });
    }
    return undefined;
  }
  const origin: Origin = { file: file.path, tree, text: file.text, base: [] };
  const top = graphDataFileSchema.safeParse(getNodeValue(tree));
  if (!top.success) {
    for (const issue of top.error.issues) {
      collector.at(
        origin,
        issue.path as Segment[],
        zodMessage(issue),
        issue.path.length === 0
          ? 'a data file is an object with "sources", "entities" and/or "relations" lists'
          : zodHint(issue),
      );
    }
    return undefined;
  }
  return { origin, data: top.data };
}

/**
 * Validates curated data files and returns the data they hold together.
 *
 * Every problem is collected before failing: JSON syntax (with line and column), schema
 * violations, duplicate ids, dangling references, domain/range violations, duplicate relations,
 * unknown sources, paragraphs out of range, alias clashes.
 *
 * @param files - the files, in any order (ids may reference across files)
 * @throws DataError listing every issue, when there is at least one
 */
export function parseGraphData(files: readonly DataFile[]): KnowledgeGraphData {
  const { data, issues } = checkGraphData(files);
  if (issues.length > 0) throw new DataError(issues);
  return data;
}

/** A relation whose own checks failed: the fields that passed, for the cross-checks. */
type PartialRelation = Partial<Relation>;

const relationPartialSchema = relationSchema.partial();
const entityPartialSchema = entitySchema.partial();
const sourcePartialSchema = sourceSchema.partial();

/** "a source", "an entity". */
const article = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

/**
 * Like {@link parseGraphData} but returns the issues instead of throwing, with the items that
 * passed the checks (useful to report and still show something).
 *
 * An item that fails its own schema is still cross-checked on the fields that passed (its
 * references, citations, domain and range), so one run reports every problem. `skipped` says
 * which checks could not run at all, and why (a file that is not valid JSON may hold the ids
 * the others refer to).
 */
export function checkGraphData(files: readonly DataFile[]): {
  data: KnowledgeGraphData;
  issues: readonly DataIssue[];
  skipped: readonly string[];
} {
  const collector = new IssueCollector();
  const attempted = new Set<string>();
  const sources: Located<SourceDocument>[] = [];
  const entities: Located<Entity>[] = [];
  const relations: Located<Relation>[] = [];
  const partialSources: Salvaged<Partial<SourceDocument>>[] = [];
  const partialEntities: Salvaged<Partial<Entity>>[] = [];
  const partialRelations: Salvaged<PartialRelation>[] = [];
  const skipped: string[] = [];

  if (files.length === 0) {
    collector.issues.push({
      file: '(data folder)',
      message: 'no data files found',
      hint: 'add graph-data/*.json files, or point --data at the folder that has them',
    });
  }

  // A file that could not be read may hold the ids others refer to: skip reference checks
  // then, rather than bury the one real error under a cascade of "unknown entity".
  const unreadable: string[] = [];
  for (const file of files) {
    const parsed = parseFile(file, collector);
    if (!parsed) {
      unreadable.push(file.path);
      continue;
    }
    const { origin, data } = parsed;
    const s = parseItems(
      data.sources,
      'sources',
      sourceSchema,
      sourcePartialSchema,
      origin,
      collector,
      attempted,
    );
    const e = parseItems(
      data.entities,
      'entities',
      entitySchema,
      entityPartialSchema,
      origin,
      collector,
      attempted,
    );
    const r = parseItems(
      data.relations,
      'relations',
      relationSchema,
      relationPartialSchema,
      origin,
      collector,
      attempted,
    );
    sources.push(...s.valid);
    partialSources.push(...s.salvaged);
    entities.push(...e.valid);
    partialEntities.push(...e.salvaged);
    relations.push(...r.valid);
    partialRelations.push(...r.salvaged);
  }
  if (unreadable.length > 0)
    skipped.push(
      unreadable.length === 1
        ? `references to ids (unknown entities and sources) were not checked: ${unreadable[0] ?? ''} is not a valid data file and may hold the ids the others name; fix it and validate again`
        : `references to ids (unknown entities and sources) were not checked: ${unreadable.join(', ')} are not valid data files and may hold the ids the others name; fix them and validate again`,
    );

  const sourceById = uniqueById(sources, 'source', collector);
  const entityById = uniqueById(entities, 'entity', collector);
  const relationById = uniqueById(relations, 'relation', collector);
  // What the cross-checks may rely on: the valid items, and what passed of the others.
  const entityKind = new Map<string, string>();
  for (const { value } of partialEntities)
    if (value.id !== undefined && value.kind !== undefined) entityKind.set(value.id, value.kind);
  for (const [id, { value }] of entityById) entityKind.set(id, value.kind);
  const sourceParagraphs = new Map<string, number>();
  for (const { value } of partialSources)
    if (value.id !== undefined && value.paragraphs !== undefined)
      sourceParagraphs.set(value.id, value.paragraphs);
  for (const [id, { value }] of sourceById) sourceParagraphs.set(id, value.paragraphs);

  // A reference to an item that exists but failed its own checks is already reported there.
  const checkRef = (
    origin: Origin,
    path: readonly Segment[],
    ref: string,
    what: string,
    exists: boolean,
    ownerId: string | undefined,
  ) => {
    if (exists || unreadable.length > 0 || attempted.has(ref)) return exists;
    collector.at(
      origin,
      path,
      `unknown ${what} "${ref}"`,
      `add ${article(what)} with id "${ref}", or correct the id`,
      ownerId,
    );
    return false;
  };

  const checkCitations = (
    origin: Origin,
    citations: readonly Citation[],
    ownerId: string | undefined,
    field: 'citations' | 'corroboration' = 'citations',
  ) => {
    citations.forEach((citation, i) => {
      const paragraphs = sourceParagraphs.get(citation.source);
      if (
        !checkRef(
          origin,
          [field, i, 'source'],
          citation.source,
          'source',
          sourceById.has(citation.source),
          ownerId,
        )
      )
        return;
      if (paragraphs !== undefined && citation.paragraph > paragraphs) {
        collector.at(
          origin,
          [field, i, 'paragraph'],
          `paragraph ${citation.paragraph} is out of range: source "${citation.source}" has ${paragraphs} paragraphs`,
          'count paragraphs as graph-data/README.md explains',
          ownerId,
        );
      }
    });
  };

  const checkSource = (source: Partial<SourceDocument>, origin: Origin) => {
    const openings = source.paragraphOpenings;
    if (
      openings !== undefined &&
      source.paragraphs !== undefined &&
      openings.length !== source.paragraphs
    ) {
      collector.at(
        origin,
        ['paragraphOpenings'],
        `lists ${openings.length} openings for ${source.paragraphs} paragraphs`,
        'give one opening per paragraph, in order',
        source.id,
      );
    }
    if (source.outlet === undefined) return;
    const kind = entityKind.get(source.outlet);
    if (
      checkRef(
        origin,
        ['outlet'],
        source.outlet,
        'entity',
        entityById.has(source.outlet),
        source.id,
      ) &&
      kind !== undefined &&
      kind !== 'news-outlet'
    ) {
      collector.at(
        origin,
        ['outlet'],
        `outlet "${source.outlet}" is ${article(kind)}, not a news-outlet`,
        'point at a news-outlet entity',
        source.id,
      );
    }
  };
  for (const { value, origin } of sourceById.values()) checkSource(value, origin);
  for (const { value, origin } of partialSources) checkSource(value, origin);

  const names = new Map<string, string>();
  const checkEntity = (entity: Partial<Entity>, origin: Origin) => {
    checkCitations(origin, entity.citations ?? [], entity.id);
    if (entity.id === undefined) return;
    const id = entity.id;
    const seen = new Set<string>();
    const all: [string | undefined, Segment[]][] = [
      [entity.label, ['label']],
      ...(entity.aliases ?? []).map((alias, i): [string, Segment[]] => [alias, ['aliases', i]]),
    ];
    for (const [name, path] of all) {
      if (name === undefined) continue;
      const key = foldText(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const owner = names.get(key);
      if (owner !== undefined && owner !== id) {
        collector.at(
          origin,
          path,
          `the name "${name}" is already a label or alias of entity "${owner}"`,
          'a name may belong to one entity only: remove it from one of them, or qualify it',
          id,
        );
      } else {
        names.set(key, id);
      }
    }
  };
  for (const { value, origin } of entityById.values()) checkEntity(value, origin);
  for (const { value, origin } of partialEntities) checkEntity(value, origin);

  const relationKeys = new Map<string, string>();
  const checkRelation = (relation: PartialRelation, origin: Origin, complete: boolean) => {
    const id = relation.id;
    const { kind, source, target } = relation;
    const sourceKind = source === undefined ? undefined : entityKind.get(source);
    const targetKind = target === undefined ? undefined : entityKind.get(target);
    if (source !== undefined)
      checkRef(origin, ['source'], source, 'entity', entityById.has(source), id);
    if (target !== undefined)
      checkRef(origin, ['target'], target, 'entity', entityById.has(target), id);
    (relation.assertedBy ?? []).forEach((who, i) => {
      checkRef(origin, ['assertedBy', i], who, 'entity', entityById.has(who), id);
    });
    // No asserter means no source says it: the relation must say what it rests on instead.
    if (relation.assertedBy?.length === 0 && relation.attribution === undefined)
      collector.at(
        origin,
        ['assertedBy'],
        'no one asserts this relation and no "attribution" says what it rests on',
        'name who asserts it in "assertedBy", or, for general knowledge no source states, set "attribution": "general knowledge, not stated in the article"',
        id,
      );
    checkCitations(origin, relation.citations ?? [], id);
    checkCitations(origin, relation.corroboration ?? [], id, 'corroboration');
    (relation.corroboration ?? []).forEach((c, i) => {
      if ((relation.citations ?? []).some((cited) => cited.source === c.source)) {
        collector.at(
          origin,
          ['corroboration', i, 'source'],
          `source "${c.source}" is already cited by this relation; a corroboration must come from another source`,
          'cite it in "citations" only, or name the other source here',
          id,
        );
      }
    });
    if (kind === STATEMENT_KIND) {
      collector.at(
        origin,
        ['kind'],
        `"${STATEMENT_KIND}" links are derived, never written: they come from "assertedBy"`,
        'write the relation the speaker states, with the speaker in its "assertedBy"',
        id,
      );
    }
    if (source !== undefined && source === target) {
      collector.at(
        origin,
        ['target'],
        'a relation may not point at its own source',
        'relate two different entities',
        id,
      );
    }
    // Ids say what they link, so a reader of a citation or a diff knows the relation by its id
    // (checked once both ends are known entities: an unknown end is the problem to report then).
    if (
      id !== undefined &&
      kind !== undefined &&
      sourceKind !== undefined &&
      targetKind !== undefined
    ) {
      const expected = `${source}--${kind}--${target}`;
      if (id !== expected && !id.startsWith(`${expected}--`)) {
        collector.at(
          origin,
          ['id'],
          `the id "${id}" does not name what it links (source--kind--target)`,
          `rename it "${expected}" (a second relation of that kind between the same two: "${expected}--<asserter id>")`,
          id,
        );
      }
    }
    const spec = kind === undefined ? undefined : RELATION_KINDS[kind];
    if (
      spec &&
      sourceKind !== undefined &&
      !(spec.domain as readonly string[]).includes(sourceKind)
    ) {
      collector.at(
        origin,
        ['source'],
        `"${kind}" cannot start from ${article(sourceKind)} ("${source}"); it starts from: ${spec.domain.join(', ')}`,
        'choose another relation kind, or swap source and target',
        id,
      );
    }
    if (
      spec &&
      targetKind !== undefined &&
      !(spec.range as readonly string[]).includes(targetKind)
    ) {
      collector.at(
        origin,
        ['target'],
        `"${kind}" cannot point at ${article(targetKind)} ("${target}"); it points at: ${spec.range.join(', ')}`,
        'choose another relation kind, or swap source and target',
        id,
      );
    }
    if (
      relation.date !== undefined &&
      relation.until !== undefined &&
      relation.until < relation.date
    ) {
      collector.at(
        origin,
        ['until'],
        `"until" (${relation.until}) is before "date" (${relation.date})`,
        'swap or correct the dates',
        id,
      );
    }
    // A duplicate needs the whole relation to compare: only complete ones are keyed.
    if (!complete || spec === undefined || source === undefined || target === undefined) return;
    // The same statement by the same asserters is a duplicate; another asserter's is new evidence.
    const ends = spec.symmetric ? [source, target].sort() : [source, target];
    const key = `${kind}|${ends.join('|')}|${[...(relation.assertedBy ?? [])].sort().join(',')}`;
    const first = relationKeys.get(key);
    if (first !== undefined) {
      collector.at(
        origin,
        [],
        `duplicates relation "${first}" (${kind} between "${source}" and "${target}", asserted by the same)`,
        'merge the two: add this one’s citations to the first and delete it',
        id,
      );
    } else if (id !== undefined) {
      relationKeys.set(key, id);
    }
  };
  for (const { value, origin } of relationById.values()) checkRelation(value, origin, true);
  for (const { value, origin } of partialRelations) checkRelation(value, origin, false);

  // Issues in file order, as a curator reads them (the salvaged items' checks ran last).
  const order = new Map(files.map((f, i) => [f.path, i]));
  const issues = collector.issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        (order.get(a.issue.file) ?? -1) - (order.get(b.issue.file) ?? -1) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        a.i - b.i,
    )
    .map(({ issue }) => issue);

  return {
    data: {
      sources: [...sourceById.values()].map((s) => s.value),
      entities: [...entityById.values()].map((e) => e.value),
      relations: [...relationById.values()].map((r) => r.value),
    },
    issues,
    skipped,
  };
}

function uniqueById<T extends { id: string }>(
  items: readonly Located<T>[],
  what: string,
  collector: IssueCollector,
): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const item of items) {
    const first = byId.get(item.value.id);
    if (first) {
      collector.at(
        item.origin,
        ['id'],
        `duplicate ${what} id "${item.value.id}" (first defined in ${first.origin.file} at ${pathToString(first.origin.base)})`,
        'ids must be unique: rename one of them',
        item.value.id,
      );
    } else {
      byId.set(item.value.id, item);
    }
  }
  return byId;
}
