/**
 * The shapes of the curated files, as zod schemas: they give the TypeScript types, the runtime
 * validation and (through `toJsonSchema`) the JSON Schema that editors use. The vocabulary they
 * use (kinds, certainties, layers) is in `vocabulary.ts`, which the page loads without zod.
 *
 * Nothing here knows about graphology.
 */
import { z } from 'zod';
import {
  CERTAINTIES,
  ENTITY_KIND_IDS,
  RELATION_KIND_IDS,
  STANCES,
  isPartialDate,
} from './vocabulary';

export * from './vocabulary';

// Double hyphens are allowed so relation ids can read source--kind--target.
const ID_PATTERN = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;

const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be kebab-case: lower-case letters and digits joined by hyphens');
const textSchema = z
  .string()
  .refine((s) => s.trim().length > 0, 'must not be empty')
  .describe('Non-empty text, written in your own words.');
const dateSchema = z
  .string()
  .refine(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('A date or partial date: YYYY, YYYY-MM or YYYY-MM-DD.');

/** Where a statement comes from: a source document and a paragraph of it. */
export const citationSchema = z.strictObject({
  source: idSchema.describe('The id of a source in a `sources` list.'),
  paragraph: z
    .number()
    .int()
    .positive()
    .describe('1-based paragraph number, counted as graph-data/README.md explains.'),
});

/** A second source that confirms or contests a relation: where, which way, and what it says. */
export const corroborationSchema = z.strictObject({
  source: idSchema.describe('The id of a source in a `sources` list (not the one cited).'),
  paragraph: z
    .number()
    .int()
    .positive()
    .describe('1-based paragraph of that source, counted as graph-data/README.md explains.'),
  stance: z.enum(STANCES),
  note: textSchema.describe('What that source says on the point, in your own words.'),
});

/** A source document, such as one news article. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  outlet: idSchema.describe('The id of the news-outlet entity that published it.'),
  published: dateSchema,
  newsId: z.string().optional().describe('The outlet’s own identifier for the document.'),
  language: z.string().min(2).describe('BCP 47 language tag, e.g. "en".'),
  paragraphs: z.number().int().positive().describe('How many numbered paragraphs it has.'),
  paragraphOpenings: z
    .array(
      z
        .string()
        .refine(
          (text) => text.trim().split(/\s+/).length <= 6,
          'must be at most six words: enough to find the passage, never a copy of it',
        ),
    )
    .optional()
    .describe('The first few words (at most six) of each paragraph, so readers can find it.'),
  url: z.url().optional(),
});

/** An entity: an organisation, product, person, place, event, policy, … */
export const entitySchema = z.strictObject({
  id: idSchema.describe('Stable kebab-case id; never reuse or rename once published.'),
  label: textSchema.describe('The display name.'),
  kind: z.enum(ENTITY_KIND_IDS),
  aliases: z
    .array(textSchema)
    .default([])
    .describe('Other names, abbreviations and native-script names, for search.'),
  description: textSchema.describe('One or two sentences in your own words.'),
  date: dateSchema
    .optional()
    .describe(
      'When it happened (events) or came into being (a launch, a measure), if the source says.',
    ),
  citations: z.array(citationSchema).min(1),
});

/** A typed, cited relation between two entities. */
export const relationSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(RELATION_KIND_IDS),
  source: idSchema.describe('The id of the entity the relation starts from.'),
  target: idSchema.describe('The id of the entity the relation points to.'),
  claim: textSchema.describe('One sentence, in your own words, stating the relation.'),
  citations: z.array(citationSchema).min(1),
  certainty: z.enum(CERTAINTIES),
  assertedBy: z
    .array(idSchema)
    .describe(
      'Ids of the entities who assert it: the outlet, an analyst, a company. Empty only for general knowledge that no source states, whose basis goes in "attribution".',
    ),
  attribution: textSchema
    .optional()
    .describe(
      'Who the asserter relies on, when it is not an entity (e.g. "unnamed industry reports").',
    ),
  date: dateSchema.optional().describe('When it happened or began.'),
  until: dateSchema.optional().describe('When it ended, if it did.'),
  qualifiers: z
    .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), z.union([z.string(), z.number()]))
    .optional()
    .describe('Facts that qualify the relation, e.g. {"chips": 384}.'),
  corroboration: z
    .array(corroborationSchema)
    .optional()
    .describe('Other sources, read in full, that confirm or contest the relation.'),
});

/** One curated file: any of the three lists. */
export const graphDataFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(z.unknown()).optional(),
  entities: z.array(z.unknown()).optional(),
  relations: z.array(z.unknown()).optional(),
});

export type Citation = z.infer<typeof citationSchema>;
export type Corroboration = z.infer<typeof corroborationSchema>;
export type SourceDocument = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Relation = z.infer<typeof relationSchema>;

/** The whole validated data set. */
export interface KnowledgeGraphData {
  readonly sources: readonly SourceDocument[];
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
}

/** The JSON Schema of a curated file, for editors (`"$schema"` in each file). */
export function toJsonSchema(): unknown {
  const file = z.strictObject({
    $schema: z.string().optional(),
    sources: z.array(sourceSchema).optional(),
    entities: z.array(entitySchema).optional(),
    relations: z.array(relationSchema).optional(),
  });
  return {
    ...z.toJSONSchema(file, { io: 'input' }),
    title: 'chipgraph data file',
    description:
      'A curated chipgraph file (graph-data/*.json) holding sources, entities and/or relations.',
  };
}
