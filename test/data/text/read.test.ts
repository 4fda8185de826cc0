import { expect } from '@open-wc/testing';
import { ProblemLog } from '../../../src/data/problems.js';
import { normalisePostcode } from '../../../src/data/search/postcode.js';
import {
  readDate,
  readEmail,
  readNumber,
  readPoint,
  readText,
  readTime,
  readUrl,
  safeUrl,
} from '../../../src/data/text/read.js';

function problemsFor() {
  const log = new ProblemLog();
  return { log, item: log.for('service', 'svc-1') };
}

describe('reading untrusted values', () => {
  it('turns markup in a name into plain text and says so once', () => {
    const { log, item } = problemsFor();
    const name = readText('<b>Walking</b> group<script>alert(1)</script>', item, 'name');
    readText('<b>Walking</b> group', item, 'name');
    expect(name).to.equal('Walking group');
    expect(log.problems.map((p) => p.code)).to.deep.equal(['markup-removed']);
  });

  it('cuts a 2 MB description to the limit and reports it', () => {
    const { log, item } = problemsFor();
    const text = readText('word '.repeat(400_000), item, 'description', { maxLength: 1000 });
    expect(text!.length).to.be.at.most(1001);
    expect(text!.endsWith('…')).to.equal(true);
    expect(log.problems[0]).to.include({ code: 'too-long', field: 'description', itemId: 'svc-1' });
  });

  it('treats null, empty and wrong types as absent, reporting only the wrong types', () => {
    const { log, item } = problemsFor();
    expect(readText(null, item, 'a')).to.equal(undefined);
    expect(readText('   ', item, 'b')).to.equal(undefined);
    expect(readText({ x: 1 }, item, 'c')).to.equal(undefined);
    expect(readText(42, item, 'd')).to.equal('42');
    expect(log.problems.map((p) => `${p.code}:${p.field}`)).to.deep.equal(['wrong-type:c']);
  });

  it('refuses javascript: and other links a person must not follow', () => {
    const { log, item } = problemsFor();
    expect(readUrl('javascript:alert(1)', item, 'url')).to.equal(undefined);
    expect(readUrl('java\tscript:alert(1)', item, 'url')).to.equal(undefined);
    expect(readUrl('data:text/html,<script>', item, 'url')).to.equal(undefined);
    expect(readUrl('www.example.org/walks', item, 'url')).to.equal('https://www.example.org/walks');
    expect(safeUrl('tel:01632960000', true)).to.equal('tel:01632960000');
    expect(safeUrl('tel:01632960000')).to.equal(undefined);
    expect(log.problems.every((p) => p.code === 'unsafe-url')).to.equal(true);
  });

  it('drops the official examples’ impossible coordinates and keeps real ones', () => {
    const { log, item } = problemsFor();
    expect(readPoint(100, 101, item)).to.equal(undefined);
    expect(readPoint(53.14, -1.2, item)).to.deep.equal({ latitude: 53.14, longitude: -1.2 });
    expect(log.problems[0]?.code).to.equal('impossible-coordinates');
  });

  it('swaps back UK coordinates given the wrong way round', () => {
    const { log, item } = problemsFor();
    expect(readPoint(-1.2, 53.14, item)).to.deep.equal({ latitude: 53.14, longitude: -1.2 });
    expect(log.problems[0]?.code).to.equal('swapped-coordinates');
  });

  it('reads coordinates sent as text, and reports the type', () => {
    const { log, item } = problemsFor();
    expect(readPoint('53.14', '-1.2', item)).to.deep.equal({ latitude: 53.14, longitude: -1.2 });
    expect(log.problems.map((p) => p.code)).to.deep.equal(['wrong-type']);
  });

  it('reads ORUK times with seconds and zones as local HH:MM', () => {
    const { item } = problemsFor();
    expect(readTime('10:00:00', item, 'opens_at')).to.equal('10:00');
    expect(readTime('9:30:00Z', item, 'opens_at')).to.equal('09:30');
    expect(readTime('25:00', item, 'opens_at')).to.equal(undefined);
  });

  it('reads dates and rejects impossible ones', () => {
    const { item } = problemsFor();
    expect(readDate('2024-02-29T10:00:00Z', item, 'd')).to.equal('2024-02-29');
    expect(readDate('2023-02-29', item, 'd')).to.equal(undefined);
  });

  it('rejects numbers out of range', () => {
    const { item } = problemsFor();
    expect(readNumber(-3, item, 'minimum_age', { min: 0, max: 130 })).to.equal(undefined);
    expect(readNumber('18', item, 'minimum_age', { min: 0, max: 130 })).to.equal(18);
  });

  it('normalises postcodes and emails', () => {
    const { item } = problemsFor();
    expect(normalisePostcode('ng181ab')).to.equal('NG18 1AB');
    expect(normalisePostcode('not a postcode')).to.equal(undefined);
    expect(readEmail('mailto:hello@example.org', item, 'email')).to.equal('hello@example.org');
    expect(readEmail('<script>@x', item, 'email')).to.equal(undefined);
  });
});
