import { expect } from '@open-wc/testing';
import { DEFAULT_FACTS, readServiceFacts } from '../../../src/data/easy-read/service-facts.js';
import { countWords, jargonIn, measurePlainWords, splitSentences } from '../../../src/data/easy-read/plain-words.js';
import type { Message } from '../../../src/i18n/catalogue.js';
import { easyReadCy } from '../../../src/i18n/easy-read-cy.js';
import { easyReadEn } from '../../../src/i18n/easy-read-en.js';
import { easyReadStandardCy } from '../../../src/i18n/easy-read-standard-cy.js';
import { easyReadStandardEn } from '../../../src/i18n/easy-read-standard-en.js';
import { buildSections } from '../../../src/elements/easy-read/content.js';

/** A service that sets every fact, so the sentences only it adds are measured too. */
const FULL = readServiceFacts(undefined, {
  serviceName: 'Mansfield Community Links',
  area: 'Mansfield',
  phone: '01632 960123',
  referralUrl: '/refer',
});

function easySentences(facts = DEFAULT_FACTS, href?: string): string[] {
  return buildSections('en', easyReadEn, easyReadStandardEn, facts, href).flatMap((s) => s.easy.map((x) => x.text));
}

describe('plain words in the default English easy-read content', () => {
  const sentences = [...new Set([...easySentences(), ...easySentences(FULL, 'https://example.org/refer')])];
  const report = measurePlainWords(sentences);

  it('averages 10 words a sentence or fewer', () => {
    // The figure for the closing note of issue 10.
    console.log(
      `easy-read English: ${report.sentences} sentences, ${report.averageWords.toFixed(1)} words a sentence on average`,
    );
    expect(report.sentences).to.be.greaterThan(40);
    expect(report.averageWords).to.be.at.most(10);
  });

  it('has no sentence over 15 words', () => {
    expect(report.longSentences).to.deep.equal([]);
  });

  it('uses no word from the jargon list', () => {
    expect(report.jargon).to.deep.equal([]);
    // The ordinary-text mode is public text too.
    const prose = Object.values(easyReadStandardEn).join(' ');
    expect(jargonIn(prose)).to.deep.equal([]);
  });

  it('gives every section a heading and at least one sentence', () => {
    for (const section of buildSections('en', easyReadEn, easyReadStandardEn, DEFAULT_FACTS)) {
      expect(section.heading, section.id).to.not.equal('');
      expect(section.easy.length, section.id).to.be.greaterThan(0);
      expect(section.standard.length, section.id).to.be.greaterThan(0);
    }
  });
});

describe('the plain-words measures', () => {
  it('flags a long sentence and jargon, so the checks above can fail', () => {
    const report = measurePlainWords([
      'Following discharge the patient is signposted by the PCN to a VCSE intervention for ongoing holistic support and review.',
      'You can stop.',
    ]);
    expect(report.longSentences).to.have.length(1);
    expect(report.jargon[0]!.words).to.include.members(['discharge', 'patient', 'PCN', 'VCSE', 'intervention']);
    expect(report.averageWords).to.equal((19 + 3) / 2);
  });

  it('counts words and splits sentences the way a reader does', () => {
    expect(countWords('Call 01632 960123 – any time.')).to.equal(5);
    expect(splitSentences('It is free. You can stop! Ask: how?')).to.deep.equal([
      'It is free.',
      'You can stop!',
      'Ask:',
      'how?',
    ]);
    // "SP" only as a word in capitals, not inside "speak".
    expect(jargonIn('We speak to you.')).to.deep.equal([]);
  });
});

/** The {placeholders} of a message, in every plural form. */
function placeholders(message: Message): string[] {
  const text = typeof message === 'string' ? message : Object.values(message).join(' ');
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

describe('every English string has a Welsh one', () => {
  for (const [name, en, cy] of [
    ['controls and easy-read content', easyReadEn, easyReadCy],
    ['ordinary text', easyReadStandardEn, easyReadStandardCy],
  ] as const) {
    it(`in the ${name}, with the same placeholders`, () => {
      expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en) as [string, Message][]) {
        const welsh = (cy as Record<string, Message>)[key]!;
        expect(typeof welsh === 'string' ? welsh.trim() : welsh.other.trim(), key).to.not.equal('');
        if (typeof welsh === 'string') expect(welsh, key).to.not.equal(english);
        expect(placeholders(welsh), key).to.deep.equal(placeholders(english));
      }
    });
  }

  it('in easy read, as many lines and list items in Welsh as in English', () => {
    for (const key of Object.keys(easyReadEn).filter((k) => k.endsWith('Easy')) as (keyof typeof easyReadEn)[]) {
      const en = String(easyReadEn[key]).split('\n');
      const cy = String(easyReadCy[key]).split('\n');
      expect(cy.length, key).to.equal(en.length);
      expect(
        cy.map((l) => l.startsWith('- ')),
        key,
      ).to.deep.equal(en.map((l) => l.startsWith('- ')));
    }
  });
});
