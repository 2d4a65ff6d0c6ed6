import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import prettierConfig from 'eslint-config-prettier/flat';
import formatjs from 'eslint-plugin-formatjs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * Feature folders named in STYLE.md plus whatever exists on disk, so a new feature folder is
 * fenced in the moment it is created.
 */
function featureNames() {
  const known = ['audit', 'groups', 'products', 'users'];
  const featuresDir = path.join(root, 'src/features');
  const onDisk = existsSync(featuresDir)
    ? readdirSync(featuresDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
  return [...new Set([...known, ...onDisk])].sort();
}

const engineOnly = 'src/engine is pure TypeScript and may import only from src/engine (STYLE.md).';
const mocksOnlyFrom =
  'mocks/ may be imported only by src/app/main.tsx, src/test/**, e2e/**, scripts/bench/** and mocks/** (STYLE.md).';

/** Dependencies point one way: app -> features -> (lib, components) -> engine. */
const boundaryZones = [
  { target: './src/engine', from: './src', except: ['./engine'], message: engineOnly },
  { target: './src/engine', from: ['./mocks', './e2e', './scripts'], message: engineOnly },
  ...featureNames().map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature may not import another feature; share through src/lib or src/components.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features are composed in src/app; a feature may not import from src/app.',
  },
  {
    target: ['./src/components', './src/lib', './src/hooks', './src/api'],
    from: ['./src/features', './src/app'],
    message:
      'src/api, src/hooks, src/components and src/lib sit below features and app and may not import them.',
  },
  {
    target: ['./src/api'],
    from: ['./src/hooks', './src/components'],
    message: 'src/api is data only: it may not import hooks or components.',
  },
  {
    target: ['./src/lib', './src/components'],
    from: ['./src/api', './src/hooks'],
    except: ['./types.ts'],
    message:
      'src/lib and src/components sit below src/api: they may use its view types (src/api/types.ts) only.',
  },
  {
    target: [
      './src/engine',
      './src/lib',
      './src/components',
      './src/features',
      './src/app/*/**',
      './src/app/!(main.tsx)',
      // Benchmarks measure the emulator as tests do; the rest of scripts/ may not use it.
      './scripts/!(bench)',
    ],
    from: './mocks',
    message: mocksOnlyFrom,
  },
];

const graphClientOnlyInApi =
  'Graph is read and written only through src/api (fetchers, queryOptions, mutations); features and the app never call the Graph client or the emulator control API themselves.';
const keysOnlyInFactory =
  'Query keys are written only in src/api/keys.ts (graphKeys); use the queryOptions of src/api.';

const engineSourceFiles = ['src/engine/**/*.ts'];
const engineTestFiles = ['src/engine/**/*.test.ts', 'src/engine/**/*.bench.ts'];

const injectClock = 'The engine takes time from an injected clock, never from the environment.';
const injectIds = 'The engine takes ids and randomness from an injected source.';
const noIo = 'The engine does no I/O and schedules nothing; the caller does.';

export default defineConfig([
  globalIgnores([
    'dist/',
    'coverage/',
    'playwright-report/',
    'test-results/',
    '.tmp/',
    'public/mockServiceWorker.js',
    '**/*.generated.*',
  ]),

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      // stylisticTypeChecked asks for `value!` where `value as T` only strips null/undefined, while
      // strictTypeChecked's no-non-null-assertion forbids `!`: the two cannot both be satisfied.
      // We keep the strict rule, so narrowing is done with a check rather than either assertion.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // Numbers print the same in every locale-free template; the rule's value is in catching
      // objects, nullables and unions that print "[object Object]" or "undefined", which stays on.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**', 'mocks/**', 'e2e/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // This rule only says that the React Compiler would skip memoising a component that calls
      // useVirtualizer (TanStack Virtual, part of our stack). The build does not run the compiler,
      // so under --max-warnings 0 it would fail every virtualised list for nothing.
      'react-hooks/incompatible-library': 'off',
    },
  },

  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'] },
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
    },
  },

  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'msw', 'zustand'].map((name) => ({
            name,
            message: engineOnly,
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'msw/*', 'zustand/*', '@tanstack/*', '@fluentui/*'],
              message: engineOnly,
            },
          ],
        },
      ],
    },
  },
  {
    files: engineSourceFiles,
    ignores: engineTestFiles,
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'fetch',
          'setTimeout',
          'setInterval',
          'setImmediate',
          'queueMicrotask',
          'requestAnimationFrame',
        ].map((name) => ({ name, message: noIo })),
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'The engine runs without a DOM.',
        })),
        { name: 'performance', message: injectClock },
        { name: 'crypto', message: injectIds },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: injectClock },
        { object: 'Math', property: 'random', message: injectIds },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: injectClock },
        { selector: "CallExpression[callee.name='Date']", message: injectClock },
        {
          selector: "MemberExpression[object.name='globalThis']",
          message: 'The engine does not reach into globalThis; take what it needs as a parameter.',
        },
      ],
    },
  },

  // One data layer: only src/api talks to Graph, and only src/api/keys.ts spells a query key.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/lib/**', 'src/test/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/lib/graph/graph',
                '**/lib/graph/graph-client',
                '**/lib/graph/paging',
                '**/lib/graph/emulator-control',
              ],
              message: graphClientOnlyInApi,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/keys.ts', 'src/engine/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ArrayExpression > Literal:first-child[value='graph']",
          message: keysOnlyInFactory,
        },
        {
          selector: "Property[key.name='queryKey'] > ArrayExpression",
          message: keysOnlyInFactory,
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/engine/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey']",
          message: keysOnlyInFactory,
        },
        {
          selector: "ArrayExpression > Literal:first-child[value='graph']",
          message: keysOnlyInFactory,
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(invalidateQueries|refetchQueries|resetQueries|removeQueries|setQueryData)$/]',
          message:
            'Refresh by entity through src/api (a mutation, useRefresh, invalidate); features never touch the cache by key.',
        },
      ],
    },
  },
  // Every visible word comes from the message catalogs (src/lib/i18n/messages): no literal text in
  // JSX, nor in the props a user reads or hears (labels, titles, placeholders, aria-*, hints...).
  {
    files: ['src/components/**/*.tsx', 'src/app/**/*.tsx', 'src/features/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        {
          props: {
            include: [
              [
                '*',
                '{label,placeholder,title,description,hint,header,content,caption,subText,secondaryText,primaryText,validationMessage,loading,error,empty,text,*Label,*Text,*Title,*Message}',
              ],
            ],
          },
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],

  // Layout is Prettier's job (`npm run format`); turn off the lint rules that would argue with it.
  prettierConfig,
]);
