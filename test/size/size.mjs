// @ts-check
/**
 * `npm run size`: builds what a host page downloads (in memory, with the same
 * plugins as `rollup.config.mjs`), prints each entry point and chunk minified
 * and gzipped against its budget, and exits 1 when any budget is exceeded.
 *
 * WAYMARK_SIZE_BUDGETS=path/to/budgets.json replaces the budgets (used by the
 * test that proves an over-budget build fails).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { cdnBuild, elementEntries, minifier, sourcePlugins } from '../../rollup.config.mjs';
import { budgets as defaultBudgets } from './budgets.mjs';

/** @typedef {import('./budgets.mjs').Budget} Budget */
/** @typedef {{ name: string, what: string, bytes: number, gzip: number, budget?: Budget, heaviest?: { id: string, gzip: number }[] }} Row */

const budgets = process.env.WAYMARK_SIZE_BUDGETS
  ? /** @type {Budget[]} */ (JSON.parse(readFileSync(process.env.WAYMARK_SIZE_BUDGETS, 'utf8')))
  : defaultBudgets;

/**
 * Bundles `input` for the browser and returns its chunks' code.
 * @param {import('rollup').InputOption} input
 */
async function bundle(input) {
  const build = await rollup({
    input,
    plugins: [nodeResolve({ exportConditions: ['production'] }), ...sourcePlugins(), minifier()],
    // As the CDN build: an element's own file holds its code, not a second file it imports.
    preserveEntrySignatures: cdnBuild.preserveEntrySignatures,
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  const { output } = await build.generate({ format: 'es', chunkFileNames: 'chunks/[name].js' });
  await build.close();
  return output.flatMap((item) => (item.type === 'chunk' ? [item] : []));
}

/**
 * The chunks given and every chunk they import statically: what the browser fetches for them.
 * @param {import('rollup').OutputChunk[]} chunks
 * @param {import('rollup').OutputChunk[]} start
 */
function closure(chunks, start) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set(start);
  const queue = [...start];
  for (let chunk = queue.pop(); chunk; chunk = queue.pop()) {
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** @param {string} code */
function measure(code) {
  return { bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * The modules of some chunks that cost the most, each gzipped on its own before minifying: an estimate
 * (a module shares words with its neighbours), enough to say where to look when a budget is exceeded.
 * @param {Iterable<import('rollup').OutputChunk>} chunks
 */
function heaviestModules(chunks, count = 8) {
  const modules = [...chunks].flatMap((chunk) =>
    Object.entries(chunk.modules).map(([id, m]) => ({
      id: id.replace(`${process.cwd()}/`, ''),
      gzip: m.code ? gzipSync(m.code, { level: 9 }).length : 0,
    })),
  );
  return modules.sort((a, b) => b.gzip - a.gzip).slice(0, count);
}

/** @param {Budget['kind']} kind @param {string} name */
function budgetFor(kind, name) {
  return budgets.find((b) => b.kind === kind && (kind === 'cdn-chunk' ? name.startsWith(b.match) : name === b.match));
}

/** @returns {Promise<Row[]>} */
export async function measureAll() {
  /** @type {Row[]} */
  const rows = [];
  const cdnInput = /** @type {Record<string, string>} */ (cdnBuild.input);
  const cdn = await bundle(cdnInput);
  const cdnEntry = cdn.find((c) => c.isEntry && c.name === 'waymark');
  // The entry's figure is what a page fetches before anything on demand: the file and the chunks it imports.
  const withEntry = closure(cdn, cdnEntry ? [cdnEntry] : []);
  rows.push({
    name: 'dist/cdn/waymark.js',
    what: `CDN entry, with the ${withEntry.size - 1} chunk(s) it imports`,
    ...measure([...withEntry].map((c) => c.code).join('\n')),
    budget: budgetFor('cdn-entry', cdnEntry?.name ?? 'waymark'),
  });
  for (const chunk of cdn.filter((c) => c !== cdnEntry)) {
    rows.push({
      name: `  dist/cdn/${chunk.fileName}`,
      what: chunk.isEntry
        ? "an element's own file, loaded when its tag is on the page"
        : chunk.isDynamicEntry
          ? 'loaded on demand'
          : withEntry.has(chunk)
            ? 'loaded with the entry'
            : 'shared by on-demand chunks',
      ...measure(chunk.code),
      budget: budgetFor('cdn-chunk', chunk.fileName.replace(/^chunks\//, '')),
    });
  }
  for (const [key, file] of Object.entries(elementEntries)) {
    const tag = key.split('/')[1] ?? key;
    const chunks = await bundle(file);
    const entry = chunks.find((c) => c.isEntry);
    // "Alone" is what the element's own script tag costs before anything loads on demand.
    const alone = closure(chunks, entry ? [entry] : []);
    for (const budget of budgets.filter((b) => b.kind === 'element' && b.match === tag)) {
      const extra = chunks.filter((c) => c.isDynamicEntry && budget.include?.some((name) => c.name === name));
      const loaded = closure(chunks, [...alone, ...extra]);
      const code = [...loaded].map((c) => c.code).join('\n');
      const what = budget.include ? `element with ${budget.include.join(' + ')}` : 'element alone';
      rows.push({ name: `<waymark-${tag}>`, what, ...measure(code), budget, heaviest: heaviestModules(loaded) });
    }
    if (!budgets.some((b) => b.kind === 'element' && b.match === tag)) {
      rows.push({
        name: `<waymark-${tag}>`,
        what: 'element alone',
        ...measure([...alone].map((c) => c.code).join('\n')),
      });
    }
    for (const chunk of chunks.filter((c) => c.isDynamicEntry)) {
      rows.push({
        name: `  ${chunk.name} (on demand)`,
        what: `loaded by <waymark-${tag}> when needed`,
        ...measure(chunk.code),
      });
    }
  }
  const data = await bundle('src/data/index.ts');
  rows.push({
    name: 'waymark/data',
    what: 'data layer alone (for sites that build their own views)',
    ...measure(data.map((c) => c.code).join('\n')),
  });
  return rows;
}

/**
 * Which rows are over budget, and the budgets no built file answers yet.
 * @param {Row[]} rows
 * @param {Budget[]} list
 */
export function checkBudgets(rows, list) {
  const over = rows.filter((r) => r.budget?.budgetKb !== undefined && r.gzip > r.budget.budgetKb * 1000);
  const unmet = list.filter((b) => !rows.some((r) => r.budget === b));
  return { over, unmet };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** @param {Row[]} rows */
function printTable(rows) {
  const table = rows.map((r) => ({
    file: r.name,
    what: r.what,
    minified: kb(r.bytes),
    gzip: kb(r.gzip),
    budget: r.budget?.budgetKb ? `${r.budget.budgetKb} KB` : '-',
    target: r.budget?.targetKb ? `${r.budget.targetKb} KB` : '',
    status: !r.budget?.budgetKb
      ? ''
      : r.gzip > r.budget.budgetKb * 1000
        ? 'OVER'
        : r.budget.targetKb && r.gzip > r.budget.targetKb * 1000
          ? 'ok, not yet at target'
          : 'ok',
  }));
  const headers = /** @type {const} */ (['file', 'what', 'minified', 'gzip', 'budget', 'target', 'status']);
  const widths = headers.map((h) => Math.max(h.length, ...table.map((row) => row[h].length)));
  const line = (/** @type {string[]} */ cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line([...headers]));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(headers.map((h) => row[h])));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureAll();
  printTable(rows);
  const { over, unmet } = checkBudgets(rows, budgets);
  if (unmet.length)
    console.log(`\nNot built yet:\n${unmet.map((b) => `  ${b.label} (budget ${b.budgetKb} KB)`).join('\n')}`);
  for (const r of over) {
    console.error(
      `\nOVER BUDGET: ${r.name} is ${kb(r.gzip)} gzipped; ${r.budget?.label} must be at most ${r.budget?.budgetKb} KB.`,
    );
    if (r.heaviest?.length) {
      console.error('  Its heaviest modules (each gzipped alone before minifying, an estimate):');
      for (const m of r.heaviest) console.error(`    ${kb(m.gzip).padStart(8)}  ${m.id}`);
    }
  }
  const short = rows.filter((r) => r.budget?.targetKb !== undefined && r.gzip > r.budget.targetKb * 1000);
  for (const r of short) {
    console.log(
      `\nNot yet at target: ${r.budget?.label} is ${kb(r.gzip)} gzipped; the target is ${r.budget?.targetKb} KB (its budget, ${r.budget?.budgetKb} KB, stops it growing meanwhile).`,
    );
  }
  if (over.length > 0) process.exit(1);
  console.log('\nEvery built entry point is within its budget.');
}
