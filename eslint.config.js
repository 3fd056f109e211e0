// Lint rules, including the architecture: data flows model → graph → layout/query/io → ui/cli.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const VIEW_LIBS = ['sigma', 'sigma/*', '@sigma/*'];
const NODE_ONLY = ['node:*', 'fs', 'path', 'process', 'child_process'];

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
  {
    files: [
      'src/model/**',
      'src/graph/**',
      'src/layout/**',
      'src/query/**',
      'src/io/**',
      'src/load.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: VIEW_LIBS, message: 'The core knows nothing of sigma: keep it in src/ui/.' },
            { group: NODE_ONLY, message: 'The core is pure: fs and process belong in src/cli/.' },
            { group: ['**/ui/*', '**/cli/*'], message: 'The core must not import the views.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'process'],
    },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['graphology*', '**/graph/*', ...VIEW_LIBS, ...NODE_ONLY],
              message: 'The model knows nothing of graphology, sigma or node.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...NODE_ONLY, '**/cli/*'],
              message: 'The page cannot use node modules or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...VIEW_LIBS, '**/ui/*'],
              message: 'The CLI cannot import sigma or the page (WebGL at import).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
