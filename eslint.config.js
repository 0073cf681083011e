import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { getForbiddenFolders, LAYERS } from './src/layers.ts';

/** The validator stays out of the shipped bundle: app code may import only types from Zod and schema.ts. */
const VALIDATOR_IMPORTS = [
  { name: 'zod', allowTypeImports: true, message: 'Zod runs at build time and in tests only; import types.' },
];
const VALIDATOR_PATTERNS = [
  {
    group: ['**/schema.ts', '**/parseTimeline.ts'],
    allowTypeImports: true,
    message: 'The validator runs at build time and in tests only; the app imports types from it.',
  },
];

/**
 * The import-boundary rule, generated from the one layering table (src/layers.ts): a module of each folder may
 * import only the folders its layer lists. Tests are exempt (they may reach across to set a scene); the validator's
 * own modules may import Zod.
 */
const folderBoundaries = LAYERS.map((layer) => ({
  files: [`src/${layer.folder}/**/*.{ts,tsx}`],
  ignores: [
    'src/**/*.test.{ts,tsx}',
    'src/data/schema.ts',
    'src/data/parseTimeline.ts',
    'src/data/toTimelineJsonSchema.ts',
  ],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: layer.runsValidator === true ? [] : VALIDATOR_IMPORTS,
        patterns: [
          ...(layer.runsValidator === true ? [] : VALIDATOR_PATTERNS),
          ...getForbiddenFolders(layer).map((other) => ({
            group: [`../${other}/*`],
            message: `src/${layer.folder}/ may import only ${layer.mayImport.length === 0 ? 'nothing else of ours' : layer.mayImport.join(', ')} (src/layers.ts); not src/${other}/.`,
          })),
        ],
      },
    ],
  },
}));

/** Markup from strings bypasses React's escaping and the CSP's Trusted Types; build DOM with JSX instead. */
const HTML_SINK_MESSAGE = 'builds DOM from an HTML string (an XSS sink). Render with JSX or set textContent instead.';

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-subpath/',
    'dist-studio/',
    '.cache/',
    'node_modules/',
    'coverage/',
    'test-results/',
    'src/data/timeline.schema.json',
  ]),
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: `innerHTML ${HTML_SINK_MESSAGE}` },
        { property: 'outerHTML', message: `outerHTML ${HTML_SINK_MESSAGE}` },
        { property: 'insertAdjacentHTML', message: `insertAdjacentHTML ${HTML_SINK_MESSAGE}` },
        { property: 'createContextualFragment', message: `createContextualFragment ${HTML_SINK_MESSAGE}` },
        { object: 'document', property: 'write', message: `document.write ${HTML_SINK_MESSAGE}` },
        { object: 'document', property: 'writeln', message: `document.writeln ${HTML_SINK_MESSAGE}` },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: `dangerouslySetInnerHTML ${HTML_SINK_MESSAGE}`,
        },
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='html']",
          message: `.html() (d3-selection) ${HTML_SINK_MESSAGE} React renders; D3 only computes.`,
        },
      ],
    },
  },
  ...folderBoundaries,
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
