import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Which folders of src/ each folder may not import: imports flow one way, data, time and explore →
 * chronology, timeline, details, entities, figures, url → app (STYLE.md); the features meet only in app/.
 */
const FORBIDDEN_FOLDERS = {
  data: ['time', 'explore', 'chronology', 'timeline', 'details', 'entities', 'figures', 'url', 'app'],
  time: ['explore', 'chronology', 'timeline', 'details', 'entities', 'figures', 'url', 'app'],
  explore: ['time', 'chronology', 'timeline', 'details', 'entities', 'figures', 'url', 'app'],
  chronology: ['timeline', 'entities', 'figures', 'url', 'app'],
  timeline: ['chronology', 'details', 'entities', 'figures', 'url', 'app'],
  details: ['chronology', 'timeline', 'entities', 'figures', 'url', 'app'],
  entities: ['chronology', 'timeline', 'figures', 'url', 'app'],
  figures: ['chronology', 'timeline', 'entities', 'url', 'app'],
  url: ['chronology', 'timeline', 'details', 'entities', 'figures', 'app'],
  app: [],
};

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

const folderBoundaries = Object.entries(FORBIDDEN_FOLDERS).map(([folder, forbidden]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  ignores: [
    'src/**/*.test.{ts,tsx}',
    'src/data/schema.ts',
    'src/data/parseTimeline.ts',
    'src/data/toTimelineJsonSchema.ts',
    'src/data/makeTestTimeline.ts',
  ],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: VALIDATOR_IMPORTS,
        patterns: [
          ...VALIDATOR_PATTERNS,
          ...forbidden.map((other) => ({
            group: [`../${other}/*`],
            message: `src/${folder}/ may not import from src/${other}/: imports flow data, time → features → app.`,
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
