import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const PURE = { group: ['react', 'react-dom', 'zustand'], message: 'src/domain is pure TypeScript.' };
const CYTOSCAPE = { group: ['cytoscape', 'cytoscape-*'], message: 'Only src/cytoscape imports cytoscape.' };
const STORAGE = { group: ['idb-keyval'], message: 'Only src/io stores data (see src/io/localMaps.ts).' };

/** A no-restricted-imports block for each folder. */
function layerRules(layers) {
  return layers.map(({ forbid, ...scope }) => ({
    ...scope,
    rules: { 'no-restricted-imports': ['error', { patterns: forbid }] },
  }));
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/results', 'bench/dist', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Arrow shorthands like onClick={() => select(x)} are idiomatic React and zustand.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  // Which folder may import what (house style). One block per folder with its whole list:
  // in a flat config a later block's no-restricted-imports replaces an earlier one's, so
  // separate blocks for overlapping globs would silently drop the domain's rule.
  ...layerRules([
    { files: ['src/domain/**/*.ts'], forbid: [PURE, CYTOSCAPE, STORAGE] },
    { files: ['src/io/**/*.ts'], forbid: [CYTOSCAPE] },
    { files: ['src/cytoscape/**/*.{ts,tsx}'], forbid: [STORAGE] },
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: ['src/domain/**', 'src/io/**', 'src/cytoscape/**'],
      forbid: [CYTOSCAPE, STORAGE],
    },
  ]),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
