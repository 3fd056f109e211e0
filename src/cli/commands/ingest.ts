import { join } from 'node:path';
import type { Draft } from '../../ingest/draft';
import { countOf } from '../../model/text';
import { parseGraphData } from '../../model/validate';
import { UsageError } from '../../model/errors';
import {
  DATA_HELP,
  DATA_OPTIONS,
  helpText,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

const OPTIONS = {
  ...DATA_OPTIONS,
  source: { type: 'string' },
  title: { type: 'string' },
  outlet: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
  out: { type: 'string' },
} as const;

/** What a reviewer reads first: counts, and the entities the graph already has. */
function summary(draft: Draft, out: string): string {
  const matched = draft.entities.filter((e) => e.match !== undefined).length;
  const unkinded = draft.entities.filter((e) => e.kind === undefined).length;
  return [
    `wrote ${out}: source "${draft.source.id}" (${countOf(draft.source.paragraphs, 'paragraph')}), ${countOf(draft.entities.length, 'entity', 'entities')} (${matched} already in the graph, ${unkinded} without a kind), ${countOf(draft.relations.length, 'proposed relation')}`,
    'Nothing is merged: review the draft (give new entities a kind and a description, relations a kind and a claim, in your own words; dismiss the rest), then run "kg merge" (docs/kg.md).',
    '',
  ].join('\n');
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: "propose a draft of entities and relations from an article's text, for review",
  options: OPTIONS,
  help: helpText({
    usage:
      'kg ingest <TEXT FILE> [--source ID] [--title T] [--outlet ID] [--published YYYY-MM-DD] [--url U] [--data DIR] [--out FILE]',
    about: `Reads an article saved as plain text and writes a draft for a reviewer, never the graph:
- the source: its id, title, outlet, date and address (from the options, or from a header of
  "key: value" lines between two "---" lines at the top of the file), and its paragraphs,
  numbered as graph-data/README.md counts them, each with its first six words;
- the entities it names: the graph's own (by label or alias, whatever the case or accents;
  "match" gives the id), and new names (people, organisations, places, products such as
  "CloudMatrix 384", unnamed speakers such as "a Chinese analyst"), one entry per real entity
  with its variants as aliases and a proposed kind;
- per sentence naming two entities, a proposed relation: the relation kinds whose ends fit
  (the one a cue word suggests first), the cue, a certainty from the wording (may, could:
  speculation; said, according to: a claim, with who asserts it) and the paragraph.
No sentence of the article is copied into the draft: each claim is for the reviewer to write.
An empty --data folder is an empty graph: a new graph can start from one article.`,
    options: [
      ['--source ID', "the source's id (default: from the header, else from the title)"],
      ['--title T', 'its title (default: from the header, else the headline)'],
      ['--outlet ID', 'its outlet (a news-outlet entity id)'],
      ['--published D', 'its date, YYYY-MM-DD'],
      ['--url U', 'its address'],
      DATA_HELP,
      ['--out FILE', 'where to write the draft (default: DATA/drafts/<source id>.json)'],
    ],
    exit: 'Exit codes: 0 ok, 1 unreadable text or invalid data, 2 usage error.',
  }),
  async run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('ingest', args, OPTIONS);
    const [file = ''] = positionals('ingest', rest, ['text file']);
    if (values.published !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(values.published))
      throw new UsageError(
        `--published must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${values.published}"`,
      );
    const dir = values.data ?? env.defaultDataDir;
    // An empty folder is an empty graph: a new graph may start from this text.
    const files = env.readDataFiles(dir);
    const entities = files.length === 0 ? [] : parseGraphData(files).entities;
    const text = env.readTextFile(file);
    // The language library takes a fifth of a second to load: only this command loads it.
    const { proposeDraft } = await import('../../ingest/draft');
    const draft = proposeDraft(text, entities, {
      ...(values.source !== undefined && { source: values.source }),
      ...(values.title !== undefined && { title: values.title }),
      ...(values.outlet !== undefined && { outlet: values.outlet }),
      ...(values.published !== undefined && { published: values.published }),
      ...(values.url !== undefined && { url: values.url }),
    });
    if (draft.source.paragraphs === 0)
      throw new UsageError(
        `"${file}" has no paragraph of body text (a paragraph is a block of at least 8 words ending a sentence, or 25 words): is it the article's text?`,
      );
    const out = values.out ?? join(dir, 'drafts', `${draft.source.id}.json`);
    env.writeTextFile(out, JSON.stringify(draft, null, 2) + '\n', {
      makeFolder: values.out === undefined,
    });
    env.err(summary(draft, out));
    return 0;
  },
};
