// The layer check of src/ (run: npm run check:layers; CI runs it after "typecheck").
// The order and the rules are explained in CONTRIBUTING.md, "Layers".
'use strict';

/**
 * The folders of src/, lowest first. A module may import only modules of its own folder or
 * of a folder earlier in this list. This array is the one place where the order is written.
 */
const LAYERS = [
  'core',
  'messages',
  'catalog',
  'schemas',
  'policy',
  'dates',
  'eligibility',
  'synergy',
  'planning',
  'reports',
  'json-schema',
  'ewp',
  'testing',
  'cli',
];

/** Folders the root `src/index.ts` must not import (entry points of their own). */
const NOT_FROM_ROOT = ['ewp', 'testing', 'cli'];

/** Folders whose `_` files are documented internal cores, importable from any folder above. */
const INTERNAL_CORES = ['core', 'messages'];

/**
 * Single internal files that are documented cores of their own: the "did you mean" engine
 * over the catalog's closed lists, which the schemas (validation issues) and synergy
 * (checked needs) both use. See CONTRIBUTING.md, "Layers".
 */
const INTERNAL_CORE_FILES = ['src/catalog/_suggest.ts'];

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => `(${names.map(escape).join('|')})`;

/** One rule per folder: it must not import a folder above it, nor the root `src/index.ts`. */
const layerRules = LAYERS.map((folder, index) => ({
  name: 'layer-order',
  comment:
    `src/${folder}/ may import only src/${folder}/ and the folders below it ` +
    `(${LAYERS.slice(0, index).join(', ') || 'none'}); see CONTRIBUTING.md, "Layers".`,
  severity: 'error',
  from: { path: `^src/${escape(folder)}/` },
  to: {
    path:
      index + 1 < LAYERS.length
        ? `^src/(${LAYERS.slice(index + 1)
            .map(escape)
            .join('|')})/|^src/index\\.ts$`
        : '^src/index\\.ts$',
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'layer-order',
      comment: `The root src/index.ts re-exports every folder except ${NOT_FROM_ROOT.join(' and ')}, which are entry points of their own.`,
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: `^src/${anyOf(NOT_FROM_ROOT)}/` },
    },
    {
      name: 'no-circular',
      comment: 'No import cycle between modules of src/, counting type-only imports.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-cross-folder-private',
      comment:
        'A `_` file is internal to its folder. Another folder may import it only when it is in one of the documented internal cores (src/' +
        INTERNAL_CORES.join('/, src/') +
        '/) or is one of the documented core files (' +
        INTERNAL_CORE_FILES.join(', ') +
        "); otherwise go through the folder's public files.",
      severity: 'error',
      // $1 is the importer's folder (or, for src/index.ts, its file name: never a folder).
      from: { path: '^src/([^/]+)' },
      to: {
        path: '^src/.+/_[^/]+\\.ts$',
        pathNot: [
          `^src/$1/`,
          `^src/${anyOf(INTERNAL_CORES)}/`,
          ...INTERNAL_CORE_FILES.map((file) => `^${escape(file)}$`),
        ],
      },
    },
    {
      name: 'no-zod-below-schemas',
      comment: 'src/core, src/catalog, src/messages and src/policy stay zod-free.',
      severity: 'error',
      from: { path: '^src/(core|catalog|messages|policy)/' },
      to: { path: '(^|/)node_modules/zod/' },
    },
    {
      name: 'no-zod-below-schemas',
      comment:
        'src/catalog and src/messages stay free of date-fns too; in src/core only the ' +
        'calendar arithmetic (_calendar.ts) uses it.',
      severity: 'error',
      from: { path: '^src/(catalog|messages)/|^src/core/(?!_calendar\\.ts$)' },
      to: { path: '(^|/)node_modules/date-fns/' },
    },
    {
      name: 'fast-xml-parser-only-in-ewp',
      comment:
        'Only src/ewp reads XML: no other folder imports fast-xml-parser, so that no other ' +
        'entry point pulls it in (the size script checks the bundles too).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/ewp/' },
      to: { path: '(^|/)node_modules/fast-xml-parser/' },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'Every import of src/ must resolve: an import the check cannot follow is an import it cannot check.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    // Type-only imports count: `import type` and imports used only as types are kept.
    tsPreCompilationDeps: true,
    // Resolve as TypeScript does: dependency-cruiser tries './x.ts' for an import of './x.js'.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
