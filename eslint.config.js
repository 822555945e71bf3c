// Type-aware linting: floating promises and misused promises are bugs in a pipeline that streams work.
import tseslint from 'typescript-eslint';

/**
 * Which top-level folder of src/ may import which (docs/DESIGN.md, "Module dependencies"):
 * doc ← text ← annotate ← pipeline ← corpus ← api / cli / web, and read (input) uses only doc and text.
 * Folders not listed here are not restricted. test/import-direction.test.ts checks the same map.
 */
export const MODULE_IMPORTS = {
  doc: [],
  text: ['doc'],
  read: ['doc', 'text'],
  annotate: ['doc', 'text'],
  pipeline: ['doc', 'text', 'annotate'],
  corpus: ['doc', 'text', 'annotate', 'pipeline', 'read'],
  api: ['doc', 'text', 'annotate', 'pipeline', 'corpus', 'read', 'cli', 'web'],
  cli: ['doc', 'text', 'annotate', 'pipeline', 'corpus', 'read', 'api', 'web'],
  web: ['doc', 'text', 'annotate', 'pipeline', 'corpus', 'read', 'api', 'cli'],
};

const moduleDirection = Object.entries(MODULE_IMPORTS).map(([from, allowed]) => {
  const forbidden = Object.keys(MODULE_IMPORTS).filter((m) => m !== from && !allowed.includes(m));
  return {
    files: [`src/${from}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((to) => ({
            regex: `^(\\.\\./)+${to}(/|$)`,
            message: `src/${from} may not import src/${to}: modules depend one way (docs/DESIGN.md).`,
          })),
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'web/dist/**',
      'test-output/**',
      '**/*.mjs',
      '**/*.cjs',
      'bin/**',
      'eslint.config.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  ...moduleDirection,
);
