import { expect } from '@open-wc/testing';
import type { DataProblem } from '../../../src/data/model.js';
import { ProblemLog } from '../../../src/data/problems.js';
import { hasMarkup, markupReaderInUse, useTextReader } from '../../../src/data/text/markup-check.js';
import { readDescription } from '../../../src/data/text/plain-or-rich.js';
import { MAX_TEXT_LENGTH, readPlainText } from '../../../src/data/text/read.js';

// These tests run in order: the first ones before the markup reader is loaded by anything.

/** A fixed-seed generator, so every run tries the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const PIECES = [
  'Walk',
  'tea',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\n\n',
  '&amp;',
  '&nbsp;',
  '&#163;5',
  '&bogus;',
  '& ',
  'snake_case',
  '_under',
  '-',
  '- ',
  '1. ',
  '12)',
  '#',
  '# ',
  '*',
  '[',
  ']',
  '(',
  ')',
  '\\',
  '<',
  '<p>',
  'Café',
  '\u00a0',
  '\t',
  '3.5',
  '+ ',
];

function texts(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 12);
    return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  });
}

interface Read {
  value: unknown;
  problems: DataProblem[];
}

function describeWith(text: string): Read {
  const log = new ProblemLog();
  const value = readDescription(text, log.for('service', '1'), 'description');
  return { value, problems: log.problems };
}

function plainWith(text: string): Read {
  const log = new ProblemLog();
  const value = readPlainText(text, log.for('service', '1'), 'name');
  return { value, problems: log.problems };
}

const SAMPLES = [
  ...texts(3000, 7),
  'Knit &amp; natter\r\n\r\n',
  '\n\nOne paragraph\nover two lines\n\n',
  'x'.repeat(MAX_TEXT_LENGTH + 10),
  `${'word '.repeat(MAX_TEXT_LENGTH / 5)}&amp;`,
  'y'.repeat(MAX_TEXT_LENGTH * 5),
];

describe('Text read without the markup reader', () => {
  const before = new Map<string, { description: Read; plain: Read }>();

  it('reads every sample before the markup reader is loaded', () => {
    expect(markupReaderInUse()).to.equal(undefined);
    for (const text of SAMPLES) before.set(text, { description: describeWith(text), plain: plainWith(text) });
    expect(before.size).to.be.greaterThan(1500);
  });

  it('reads text with no markup exactly as the markup reader does, problems included', async () => {
    const { textReader } = await import('../../../src/data/text/rich-text.js');
    useTextReader(textReader);
    let plain = 0;
    for (const [text, earlier] of before) {
      if (hasMarkup(text)) continue;
      plain++;
      expect(earlier.description, JSON.stringify(text)).to.deep.equal(describeWith(text));
      expect(earlier.plain, JSON.stringify(text)).to.deep.equal(plainWith(text));
    }
    // The samples hold both kinds, so both paths were compared.
    expect(plain).to.be.greaterThan(300);
    expect(before.size - plain).to.be.greaterThan(300);
  });
});

describe('Finding markup in an answer', () => {
  it('finds it in any string, deep in the answer, or in a key', () => {
    expect(hasMarkup({ contents: [{ name: 'Walk', description: 'Tea & cake\nafter' }] })).to.equal(false);
    expect(hasMarkup({ contents: [{ description: '<p>Tea</p>' }] })).to.equal(true);
    expect(hasMarkup({ contents: [{ description: 'A **bold** walk' }] })).to.equal(true);
    expect(hasMarkup({ contents: [{ description: 'Bring:\n- shoes' }] })).to.equal(true);
    expect(hasMarkup({ contents: [{ description: 'One\n\nTwo' }] })).to.equal(true);
    expect(hasMarkup({ contents: [{ description: '# Walks' }] })).to.equal(true);
    expect(hasMarkup({ contents: [{ description: 'See [us](https://example.org)' }] })).to.equal(true);
    expect(hasMarkup({ contents: [[[{ a: [{ b: 'x <b>y</b>' }] }]]] })).to.equal(true);
    expect(hasMarkup({ '<b>key</b>': 1 })).to.equal(true);
    // Underscores inside words (addresses, ids) are not emphasis.
    expect(hasMarkup({ url: 'https://example.org/my_page', email: 'a_b@example.org' })).to.equal(false);
  });

  it('walks a deeply nested answer without running out of stack', () => {
    let deep: unknown = 'plain';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(hasMarkup(deep)).to.equal(false);
  });
});
