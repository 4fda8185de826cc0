// @ts-check
/**
 * Writes the fictional demo directory. Same arguments, same bytes.
 *
 *   node demo/data/generate.mjs                                   # demo/data/directory.json, 250 services
 *   node demo/data/generate.mjs --services 10000 --out /tmp/big.json
 *   node demo/data/generate.mjs --seed 7 --out /tmp/other.json
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, DEFAULT_SERVICE_COUNT, generateDirectory, serializeDirectory } from './directory.mjs';

// Benchmarks import the generator from here to build a directory in memory.
export { DEFAULT_SEED, DEFAULT_SERVICE_COUNT, generateDirectory, serializeDirectory };

const USAGE = `Usage: node demo/data/generate.mjs [--services N] [--seed N] [--out FILE]

  --services N  how many services (default ${DEFAULT_SERVICE_COUNT}); organisations and venues grow in proportion
  --seed N      the seed of the pseudo-random generator (default ${DEFAULT_SEED})
  --out FILE    where to write (default demo/data/directory.json)`;

/**
 * @param {string | undefined} text
 * @param {string} flag
 * @param {number} fallback
 */
function wholeNumber(text, flag, fallback) {
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text)) throw new Error(`${flag} must be a whole number, not "${text}"`);
  return Number(text);
}

function main() {
  const { values } = parseArgs({
    options: {
      services: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const services = wholeNumber(values.services, '--services', DEFAULT_SERVICE_COUNT);
  const seed = wholeNumber(values.seed, '--seed', DEFAULT_SEED);
  const out = values.out ?? fileURLToPath(new URL('./directory.json', import.meta.url));

  const started = performance.now();
  const directory = generateDirectory({ services, seed });
  const text = serializeDirectory(directory);
  writeFileSync(out, text);
  const took = Math.round(performance.now() - started);
  const size = Math.round(Buffer.byteLength(text) / 1024);
  console.log(
    `Wrote ${directory.services.length} services, ${directory.organizations.length} organisations and ` +
      `${directory.locations.length} venues to ${out} (${size} KB, ${took} ms).`,
  );
}

// Only run when started as a program, not when imported.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    process.exitCode = 1;
  }
}
