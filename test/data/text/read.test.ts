import { expect } from '@open-wc/testing';
import { ProblemLog } from '../../../src/data/problems.js';
import { normalisePostcode } from '../../../src/data/search/postcode.js';
import {
  readDate,
  readEmail,
  readNumber,
  readPoint,
  readPlainText,
  readTime,
  readUrl,
  safeUrl,
} from '../../../src/data/text/read.js';
import { useTextReader } from '../../../src/data/text/markup-check.js';
import { textReader } from '../../../src/data/text/rich-text.js';

// Markup read as the client reads an answer that carries some (it loads the markup reader first);
// `plain-or-rich.test.ts` proves that plain words read the same without it.
useTextReader(textReader);

function problemsFor() {
  const log = new ProblemLog();
  return { log, item: log.for('service', 'svc-1') };
}

describe('reading untrusted values', () => {
  it('turns markup in a name into plain text and says so once', () => {
    const { log, item } = problemsFor();
    const name = readPlainText('<b>Walking</b> group<script>alert(1)</script>', item, 'name');
    readPlainText('<b>Walking</b> group', item, 'name');
    expect(name).to.equal('Walking group');
    expect(log.problems.map((p) => p.code)).to.deep.equal(['markup-removed']);
  });

  it('cuts a 2 MB description to the limit and reports it', () => {
    const { log, item } = problemsFor();
    const text = readPlainText('word '.repeat(400_000), item, 'description', { maxLength: 1000 });
    expect(text!.length).to.be.at.most(1001);
    expect(text!.endsWith('…')).to.equal(true);
    expect(log.problems[0]).to.include({ code: 'too-long', field: 'description', itemId: 'svc-1' });
  });

  it('treats null, empty and wrong types as absent, reporting only the wrong types', () => {
    const { log, item } = problemsFor();
    expect(readPlainText(null, item, 'a')).to.equal(undefined);
    expect(readPlainText('   ', item, 'b')).to.equal(undefined);
    expect(readPlainText({ x: 1 }, item, 'c')).to.equal(undefined);
    expect(readPlainText(42, item, 'd')).to.equal('42');
    expect(log.problems.map((p) => `${p.code}:${p.field}`)).to.deep.equal(['wrong-type:c']);
  });

  it('refuses javascript: and other links a person must not follow, and reports each', () => {
    const { log, item } = problemsFor();
    const refused = ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'see our website'];
    for (const [i, value] of refused.entries()) expect(readUrl(value, item, `url${i}`), value).to.equal(undefined);
    expect(readUrl('www.example.org/walks', item, 'ok')).to.equal('https://www.example.org/walks');
    expect(safeUrl('tel:01632960000', true)).to.equal('tel:01632960000');
    expect(safeUrl('tel:01632960000')).to.equal(undefined);
    expect(log.problems.map((p) => `${p.code}:${p.field}`)).to.deep.equal(refused.map((_, i) => `unsafe-url:url${i}`));
  });

  it('links a web address without a scheme with https when it starts with a plausible host name', () => {
    expect(safeUrl('kateartereft.com')).to.equal('https://kateartereft.com/');
    expect(safeUrl('http:www.example.org.uk')).to.equal('https://www.example.org.uk/');
    expect(safeUrl('https:/example.org/walks')).to.equal('https://example.org/walks');
    expect(safeUrl('example.org:8080/walks?day=mon')).to.equal('https://example.org:8080/walks?day=mon');
    expect(safeUrl('//cdn.example.org/a')).to.equal('https://cdn.example.org/a');
    expect(safeUrl('http://example.org/walks')).to.equal('http://example.org/walks');
    for (const notHost of [
      'Monday evenings',
      'intranet/page',
      '192.168.0.1',
      'hello@example.org',
      'example.org is ours',
    ])
      expect(safeUrl(notHost), notHost).to.equal(undefined);
  });

  it('keeps phone links to digits, spaces, +, brackets and hyphens', () => {
    expect(safeUrl('tel:+44 (0)115 496-0000', true)).to.equal('tel:+44 (0)115 496-0000');
    expect(safeUrl('tel:0115%20496%200000', true)).to.equal('tel:0115 496 0000');
    for (const bad of ['tel:0123"onmouseover=alert(1)', "tel:0123'x", 'tel:0123<b>', 'tel:01', 'tel:0115.496.0000'])
      expect(safeUrl(bad, true), bad).to.equal(undefined);
  });

  it('links an email only to one valid address, with nothing that could break an attribute', () => {
    expect(safeUrl('mailto:hello@example.org', true)).to.equal('mailto:hello@example.org');
    expect(safeUrl("mailto:o'brien@example.org?subject=Hi", true)).to.equal('mailto:o%27brien@example.org');
    for (const bad of [
      'mailto:a"b@example.org',
      'mailto:<script>@x',
      'mailto:a@b',
      'mailto:a..b@example.org',
      'mailto:',
    ])
      expect(safeUrl(bad, true), bad).to.equal(undefined);
    expect(safeUrl("https://example.org/it's")).to.equal('https://example.org/it%27s');
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
    expect(readEmail(' Jo.Bloggs+walks@Example.co.uk ', item, 'email')).to.equal('Jo.Bloggs+walks@Example.co.uk');
    expect(readEmail('jo"@example.org', item, 'email')).to.equal(undefined);
  });
});
