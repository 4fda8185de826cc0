// @ts-check
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** @param {{ budgetKb: number }} options */
function budgetsFile({ budgetKb }) {
  return JSON.stringify([
    { id: 'directory', label: '<waymark-directory> alone', kind: 'element', match: 'directory', budgetKb },
  ]);
}

describe('npm run size', () => {
  /** @type {string} */
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waymark-size-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('fails, naming the file, when a built entry point is over its budget', async () => {
    const file = join(dir, 'tight.json');
    await writeFile(file, budgetsFile({ budgetKb: 1 }));
    const result = await run(process.execPath, ['test/size/size.mjs'], {
      env: { ...process.env, WAYMARK_SIZE_BUDGETS: file },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (/** @type {{ code: number, stderr: string }} */ error) => error,
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /OVER BUDGET: <waymark-directory> is [\d.]+ KB gzipped/);
    // Where to look: the modules that cost most, the client among them.
    assert.match(result.stderr, /heaviest modules[^]*src\/data\/directory\/client\.ts/);
  });

  it('passes and prints the table when every entry point is within its budget', async () => {
    const file = join(dir, 'roomy.json');
    await writeFile(file, budgetsFile({ budgetKb: 1000 }));
    const { stdout } = await run(process.execPath, ['test/size/size.mjs'], {
      env: { ...process.env, WAYMARK_SIZE_BUDGETS: file },
    });
    assert.match(stdout, /<waymark-directory>\s+element alone\s+[\d.]+ KB\s+[\d.]+ KB\s+1000 KB\s+ok/);
    assert.match(stdout, /dist\/cdn\/waymark\.js\s+CDN entry/);
  });
});
