// Folder boundaries are lint errors: shared/ sees only zod, renderer/ never sees Node or Electron,
// and only electron/{main,preload,security}.ts may import 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import noImportCycle from './eslint-rules/no-import-cycle.js';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const otherFolders = (...folders) =>
  folders.map((folder) => ({ group: [`**/${folder}/**`], message: `may not import from ${folder}/` }));
// Everything under electron/ except main.ts, preload.ts and security.ts.
const terminalProcessPaths = [
  { name: 'electron', message: "only electron/main.ts, preload.ts and security.ts import 'electron'" },
  { name: 'better-sqlite3', message: 'the backend database never loads in the terminal process' },
  'react',
  'react-dom',
];
const terminalProcessFolders = otherFolders('backend', 'renderer', 'test', 'bench', 'scripts');

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'test-results/', 'playwright-report/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    // No import circles anywhere, type-only imports included (eslint-rules/no-import-cycle.js).
    // Zustand slices type themselves with the one store they are composed into: that type-only
    // import is the slices pattern, not a circle of behaviour.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: {
      'local/no-import-cycle': [
        'error',
        { allowTypeImports: [{ from: 'renderer/store/*-slice.ts', to: 'renderer/store/app-store.ts' }] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // One folder level either way: shared/terminal-api.ts may use shared/receipt/, and
            // shared/receipt/ the shared/ files above it (the other folders stay blocked below).
            {
              regex: '^(?!zod$|\\.\\.?/([\\w-]+/)?[\\w.-]+$)',
              message: 'shared/ may import only zod and other shared/ files',
            },
            ...otherFolders('backend', 'electron', 'renderer', 'test'),
          ],
        },
      ],
    },
  },
  {
    files: ['backend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'zustand'],
          patterns: otherFolders('electron', 'renderer', 'test', 'bench'),
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'the backend database never loads in the terminal process' },
            'react',
            'react-dom',
          ],
          patterns: otherFolders('backend', 'renderer', 'test', 'bench', 'scripts'),
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/security.ts', 'electron/host/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: terminalProcessPaths, patterns: terminalProcessFolders }],
    },
  },
  {
    // The host runs the same in Electron and in browser mode: it never reaches into the shell, the
    // browser-mode server or the Electron entry files beside it; they wire it, not the other way.
    files: ['electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: terminalProcessPaths,
          patterns: [
            ...terminalProcessFolders,
            {
              regex: '^(\\.\\./)+(browser|shell)/',
              message: 'the host may not import the browser-mode server or the Electron shell',
            },
            {
              regex:
                '^(\\.\\./)+(main|preload|security|csp|trusted-origin|ipc-bridge|browser-main|renderer-files)\\.js$',
              message: 'the host may not import the Electron entry files beside it',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'pg', 'fastify', 'ws', 'kysely'],
          patterns: otherFolders('backend', 'electron', 'test', 'bench'),
        },
      ],
    },
  },
  {
    // Cashier-facing text comes from renderer/i18n: text written straight into JSX, or into a prop
    // a person reads (aria-label, title, placeholder, alt, label, *Label, *Text, *Title, *Heading),
    // is an untranslated string.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'title',
              'placeholder',
              'alt',
              'label',
              '.*(Label|Text|Title|Heading)',
            ],
            exclude: [],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~\\s]+', '[A-Z_-]+', '[•·×÷⌫…–—←→↑↓ ]+'] },
        },
      ],
    },
  },
);
