/**
 * The architecture rule is real: an import against the flow model → graph → layout/query/io →
 * ui/cli makes lint fail, in every layer, and the allowed direction passes.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/data';

const eslint = new ESLint({ cwd: ROOT });

/** The rules that fire when `file` (an existing source file) imports `from`. */
async function rulesFor(file: string, from: string): Promise<string[]> {
  const code = `import * as other from '${from}';\nexport const used = other;\n`;
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layering lint rule', () => {
  it.each([
    ['src/model/text.ts', '../graph/types', 'model → graph'],
    ['src/model/text.ts', 'graphology', 'model → graphology'],
    ['src/graph/claims.ts', '../query/paths', 'graph → query'],
    ['src/graph/claims.ts', '../load', 'graph → load'],
    ['src/query/explain.ts', '../ui/dom', 'query → ui'],
    ['src/io/import.ts', '../cli/context', 'io → cli'],
    ['src/layout/layout.ts', 'node:fs', 'layout → node'],
    ['src/query/paths.ts', 'sigma', 'query → sigma'],
    ['src/ui/dom.ts', '../cli/run', 'ui → cli'],
    ['src/cli/run.ts', '../ui/dom', 'cli → ui'],
  ])(
    '%s importing %s fails (%s)',
    async (file, from) => {
      expect(await rulesFor(file, from)).toContain('no-restricted-imports');
    },
    60_000,
  );

  it.each([
    ['src/graph/claims.ts', '../model/schema'],
    ['src/query/explain.ts', '../graph/describe'],
    ['src/ui/dom.ts', '../query/paths'],
    ['src/cli/run.ts', '../load'],
  ])(
    '%s importing %s passes',
    async (file, from) => {
      expect(await rulesFor(file, from)).not.toContain('no-restricted-imports');
    },
    60_000,
  );
});
