// Lint rules for every workspace (api, web, e2e, scripts), run by `npm test` (scripts/test.mjs).
// typescript-eslint's recommended rules, without type information so that it stays fast; formatting
// is Prettier's (.prettierrc.json), so eslint-config-prettier turns off the rules that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-dev/**',
      'web/src/graphql/generated/**',
      'e2e/artifacts/**',
      'data/**',
      'bench-results/**',
      '.test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
      // The panel refuses control characters in input on purpose: its patterns name them.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read loosely typed GraphQL answers; production code may not.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing.ts', '**/*.testing.ts', 'api/src/test/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain Node scripts and configuration files.
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
