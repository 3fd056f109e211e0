// Lint rules, including the architecture: data flows model → graph → layout/query/io → ui/cli.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const VIEW_LIBS = ['sigma', 'sigma/*', '@sigma/*'];
const NODE_ONLY = ['node:*', 'fs', 'path', 'process', 'child_process'];
// Folders by layer, as import patterns (imports are relative: '../graph/types').
const VIEWS = ['**/ui/*', '**/cli/*'];
const LOAD = ['**/load', '**/load.ts'];
const ABOVE_GRAPH = ['**/layout/*', '**/query/*', '**/io/*', ...LOAD];
const ABOVE_MODEL = ['**/graph/*', ...ABOVE_GRAPH];
const UPWARD =
  'Data flows model → graph → layout/query/io → ui/cli: a layer imports only those before it (and no sigma, DOM or node modules below the views).';

/** The import rules of one layer (and, below the views, no DOM or process globals). */
function layer(files, patterns) {
  const core = !files.some((f) => f.startsWith('src/ui') || f.startsWith('src/cli'));
  return [
    {
      files,
      rules: {
        'no-restricted-imports': ['error', { patterns }],
        ...(core && { 'no-restricted-globals': ['error', 'document', 'window', 'process'] }),
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/cli/kg.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // A leading underscore marks a value taken apart on purpose and dropped.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // The layering, one block per layer (a later block replaces the rule for its files, so each
  // lists everything its layer may not import). Nothing imports upward.
  ...layer(
    ['src/model/**'],
    [
      { group: ['graphology*'], message: 'The model knows nothing of graphology.' },
      { group: [...ABOVE_MODEL, ...VIEWS, ...VIEW_LIBS, ...NODE_ONLY], message: UPWARD },
    ],
  ),
  ...layer(
    ['src/graph/**'],
    [{ group: [...ABOVE_GRAPH, ...VIEWS, ...VIEW_LIBS, ...NODE_ONLY], message: UPWARD }],
  ),
  ...layer(
    ['src/layout/**', 'src/query/**', 'src/io/**', 'src/load.ts'],
    [{ group: [...LOAD, ...VIEWS, ...VIEW_LIBS, ...NODE_ONLY], message: UPWARD }],
  ),
  ...layer(
    ['src/ui/**'],
    [
      {
        group: [...NODE_ONLY, '**/cli/*'],
        message: 'The page cannot use node modules or the CLI.',
      },
    ],
  ),
  ...layer(
    ['src/cli/**'],
    [
      {
        group: [...VIEW_LIBS, '**/ui/*'],
        message: 'The CLI cannot import sigma or the page (WebGL at import).',
      },
    ],
  ),
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
