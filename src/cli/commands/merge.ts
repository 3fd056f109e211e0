import { mergeDraft } from '../../ingest/merge';
import { copiedTexts } from '../../ingest/review';
import { splitSourceText } from '../../ingest/paragraphs';
import { DataError } from '../../model/errors';
import { countOf } from '../../model/text';
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
  text: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'add what a reviewed draft accepts to the data files, validated first',
  options: OPTIONS,
  help: helpText({
    usage: 'kg merge <DRAFT> [--data DIR] [--text FILE] [--dry-run]',
    about: `Adds a reviewed draft (what "kg ingest" wrote, with the reviewer's fields) to the data
files: the source if it is new; each entity with a "match" (its new aliases, a citation of the
source) or with a "kind" and a "description" in your own words (a new entity, its id from
"id" or its label); each relation with one "kind" and a "claim" in your own words, cited to its
paragraph, asserted by "assertedBy" or else the source's outlet. A relation the graph already
has (same ends and kind) gets the source as a corroboration ("stance": supports or contests).
Items marked "dismissed" are left out; the others stay in the draft, listed as not reviewed.
The merged data is checked as "kg validate" does before anything is written: a problem is named
and nothing changes. The files are written formatted, items appended in the draft's order.`,
    options: [
      DATA_HELP,
      [
        '--text FILE',
        "the article's text: refuse a claim that copies more than six words of its paragraph",
      ],
      ['--dry-run', 'check and report, write nothing'],
    ],
    exit: 'Exit codes: 0 merged (or nothing to merge), 1 a malformed draft, invalid data or a copied claim, 2 usage error.',
  }),
  async run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('merge', args, OPTIONS);
    const [file = ''] = positionals('merge', rest, ['draft']);
    const dir = values.data ?? env.defaultDataDir;
    const text = env.readTextFile(file);
    let draft: unknown;
    try {
      draft = JSON.parse(text);
    } catch (error) {
      throw new DataError(
        [
          {
            file,
            message: `not JSON: ${error instanceof Error ? error.message : String(error)}`,
            hint: 'a draft is the JSON file "kg ingest" wrote',
          },
        ],
        `cannot read the draft ${file}`,
      );
    }
    // A claim in the reviewer's own words: none may copy more than six words of its passage.
    if (values.text !== undefined) {
      const { paragraphs } = splitSourceText(env.readTextFile(values.text));
      // Claims only, as this command has always checked (the Review view checks descriptions too).
      const copied = copiedTexts(draft, paragraphs)
        .filter((c) => c.path.endsWith('.claim'))
        .map(({ path, paragraph, run }) => ({
          file,
          path,
          message: `the claim copies "${run}" from ¶${paragraph}`,
          hint: 'write the claim in your own words (at most six words in a row from the text)',
        }));
      if (copied.length > 0) throw new DataError(copied, `the draft ${file} copies its source`);
    }
    const result = mergeDraft(draft, file, env.readDataFiles(dir), dir);
    if (values['dry-run'] !== true && result.files.length > 0) {
      // Written as the repository formats JSON, so that a merge is a clear diff.
      const { formatJson } = await import('../format-json');
      for (const changed of result.files) {
        const formatted = await formatJson(
          changed.data,
          changed.path,
          `${env.defaultDataDir}/entities.json`,
        );
        env.writeTextFile(changed.path, formatted);
      }
    }
    const { added, pending } = result;
    env.err(
      [
        `${values['dry-run'] === true ? 'would add' : 'added'}: ${countOf(added.sources, 'source')}, ${countOf(added.entities, 'entity', 'entities')}, ${countOf(added.aliases, 'alias', 'aliases')}, ${countOf(added.relations, 'relation')}, ${countOf(added.corroborations, 'corroboration')}${values['dry-run'] === true ? ' (dry run: nothing written)' : ` in ${countOf(result.files.length, 'file')}`}`,
        ...(pending.length > 0
          ? [
              `${countOf(pending.length, 'item')} left in the draft:`,
              ...pending.map((p) => `  ${p}`),
            ]
          : []),
        '',
      ].join('\n'),
    );
    return 0;
  },
};
