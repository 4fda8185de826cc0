// @ts-check
/**
 * Two builds of the same sources:
 * - npm (`dist/`): one ES module per source file, so a site's bundler keeps
 *   only what it imports; `lit`, `@lit/context`, `leaflet` and `ical.js` stay
 *   dependencies. Entry points: `waymark` (every element), `waymark/data`,
 *   and one per element (`waymark/directory`, ...).
 * - CDN (`dist/cdn/waymark.js`): one file a page loads with a script tag,
 *   Lit bundled: it registers `<waymark-directory>` and loads each other
 *   element's file (`dist/cdn/group-finder.js`, ...) when its tag is on the
 *   page; heavy parts loaded with `import()` (the map, the iCalendar reader)
 *   become chunks beside them.
 * Types come from `tsc -p tsconfig.build.json` (see the `build` script).
 */
import { existsSync, readdirSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** Every element folder with an entry point: `src/elements/<name>/index.ts`. */
export const elementEntries = Object.fromEntries(
  readdirSync('src/elements', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`src/elements/${d.name}/index.ts`))
    .map((d) => [`elements/${d.name}/index`, `src/elements/${d.name}/index.ts`]),
);

/** Packages an npm user installs alongside Waymark, left out of the npm build. */
const dependencies = [/^lit($|\/)/, /^@lit\//, /^leaflet($|\/)/, /^ical\.js($|\/)/];

/** Shared by both builds and by `npm run size`: TypeScript out, template literals minified. */
export function sourcePlugins() {
  return [
    // Before the transpiler, as the plugin asks: it reads the tagged templates in the TypeScript source.
    minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true }),
  ];
}

/** The terser settings for everything a page downloads. */
export function minifier() {
  return terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } });
}

/** @type {import('rollup').RollupOptions} */
export const cdnBuild = {
  // `waymark.js` registers <waymark-directory> and loads the other elements as their tags appear;
  // each element also gets a file of its own (`group-finder.js`, ...) with a name that never changes.
  input: {
    waymark: 'src/cdn.ts',
    ...Object.fromEntries(Object.entries(elementEntries).map(([key, file]) => [key.split('/')[1] ?? key, file])),
  },
  plugins: [nodeResolve({ exportConditions: ['production'] }), ...sourcePlugins(), minifier()],
  // An element's file may also export what its on-demand parts share with it: without this, each
  // element would be a small file that only imports its real code from a second one, a round trip more.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
};

/** @type {import('rollup').RollupOptions} */
export const npmBuild = {
  input: { index: 'src/index.ts', 'data/index': 'src/data/index.ts', ...elementEntries },
  external: (id) => dependencies.some((pattern) => pattern.test(id)),
  plugins: [nodeResolve(), ...sourcePlugins()],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  },
};

export default [npmBuild, cdnBuild];
