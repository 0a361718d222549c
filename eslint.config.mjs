// Flat ESLint config. The module-boundary rule is the architecture in code form:
// each project carries a `scope:*` and a `type:*` tag (see project.json), and the
// constraints below say which tags it may import. Front ends (scope:web) can never
// reach server code such as libs/db, libs/jobs or the worker.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const serverLayers = {
  // `use:cli` marks a tool library the apps may run (tools/gen behind `zhijian gen` and the demo).
  'type:app': ['type:composition', 'type:feature', 'type:domain', 'type:data-access', 'type:contracts', 'type:util', 'use:cli'],
  'type:composition': ['type:feature', 'type:domain', 'type:data-access', 'type:contracts', 'type:util'],
  'type:feature': ['type:feature', 'type:domain', 'type:data-access', 'type:contracts', 'type:util'],
  'type:domain': ['type:domain', 'type:data-access', 'type:contracts', 'type:util'],
  'type:data-access': ['type:data-access', 'type:util'],
  'type:contracts': ['type:util'],
  'type:util': ['type:util'],
  // Front ends: a web app sees only the shared UI shell and pure utilities.
  'type:web-app': ['type:ui', 'type:util'],
  // libs/ui may import the tRPC AppRouter *type* from libs/api (type:composition);
  // a value import is banned below with no-restricted-imports.
  'type:ui': ['type:ui', 'type:util', 'type:composition'],
  'type:testing': ['type:data-access', 'type:contracts', 'type:util'],
  'type:tool': ['type:domain', 'type:data-access', 'type:contracts', 'type:util', 'type:testing', 'type:feature'],
  'type:e2e': ['type:testing', 'type:feature', 'type:domain', 'type:data-access', 'type:util'],
};

const layerConstraints = (extraForEveryLayer = []) =>
  Object.entries(serverLayers).map(([sourceTag, allowed]) => ({
    sourceTag,
    onlyDependOnLibsWithTags: [...allowed, ...extraForEveryLayer],
  }));

const scopeConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared', 'scope:api-type'] },
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared', 'use:cli'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared', 'scope:tools'] },
  { sourceTag: 'scope:tests', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
];

const sourceFiles = ['**/src/**/*.{ts,tsx,js,jsx,mjs}', '**/bin/**/*.mjs'];
const testFiles = ['**/*.test.{ts,tsx}', '**/test/**/*.ts'];
const boundaries = (depConstraints) => ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }];

export default [
  {
    ignores: ['**/node_modules', '**/dist', '**/.zhijian', '**/tmp', '**/.nx', '**/migrations/**', '**/vite.config.ts.timestamp-*'],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    // Config files (vite, vitest, drizzle) are tooling, not part of any layer.
    files: ['**/*.{ts,tsx,js,jsx,mjs}'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: sourceFiles,
    rules: { '@nx/enforce-module-boundaries': boundaries([...scopeConstraints, ...layerConstraints()]) },
  },
  {
    // Tests of any layer may use the test helpers (real databases and queues, never mocks).
    files: testFiles,
    rules: {
      '@nx/enforce-module-boundaries': boundaries([...scopeConstraints, ...layerConstraints(['type:testing'])]),
      // A test that finds nothing should fail loudly at the assertion, not be guarded around.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The front ends get the router's type, never its code.
    files: ['libs/ui/**/*.ts', 'libs/ui/**/*.tsx', 'apps/library/**', 'apps/query/**', 'apps/analysis/**', 'apps/warning/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@zhijian/api', message: 'Front ends import only the AppRouter type.', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
];
