import { expect } from '@open-wc/testing';
import { ProblemLog } from '../../../src/data/problems.js';
import { MAX_TEXT_LENGTH } from '../../../src/data/text/read.js';
import { decodeEntities } from '../../../src/data/text/plain-or-rich.js';
import { htmlAsOneLine, readRichText } from '../../../src/data/text/rich-text.js';

function read(value: unknown) {
  const log = new ProblemLog();
  const result = readRichText(value, log.for('service', 's1'), 'description');
  return { ...result, problems: log.problems.map((p) => `${p.code} ${p.field}`) };
}

describe('plain text from markup', () => {
  it('drops script content, removes tags and decodes entities', () => {
    expect(htmlAsOneLine('<p>Tea &amp; cake</p><script>alert(1)</script><p>Fridays</p>')).to.equal(
      'Tea & cake Fridays',
    );
    expect(decodeEntities('&pound;2 &#8211; &#x1F600; &bogus;')).to.equal('£2 – 😀 &bogus;');
  });

  it('reads markup as a description is read, keeping Markdown marks as they are', () => {
    expect(
      htmlAsOneLine('<tr><td>Mon</td><td>Tue</td></tr><!-- note --><textarea>x</textarea> **10am** [Book](x)'),
    ).to.equal('Mon Tue **10am** [Book](x)');
  });
});

describe('reading a description that may carry HTML or Markdown', () => {
  it('keeps one plain paragraph as text only', () => {
    expect(read('  A friendly   group for new mums. ')).to.deep.equal({
      text: 'A friendly group for new mums.',
      problems: [],
    });
  });

  it('reads HTML paragraphs, a list, bold, italic and a link into blocks', () => {
    const { text, rich, problems } = read(
      '<p>Come along to <strong>sing</strong>.</p><ul><li>No <em>experience</em> needed</li><li>Tea after</li></ul>' +
        '<p>See <a href="https://choir.example.org/join">how to join</a>.</p>',
    );
    expect(text).to.equal('Come along to sing. No experience needed Tea after See how to join.');
    expect(rich?.text).to.equal(text);
    expect(rich?.blocks).to.deep.equal([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Come along to ' },
          { kind: 'text', text: 'sing', strong: true },
          { kind: 'text', text: '.' },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        items: [
          [
            { kind: 'text', text: 'No ' },
            { kind: 'text', text: 'experience', emphasis: true },
            { kind: 'text', text: ' needed' },
          ],
          [{ kind: 'text', text: 'Tea after' }],
        ],
      },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'See ' },
          { kind: 'link', text: 'how to join', href: 'https://choir.example.org/join' },
          { kind: 'text', text: '.' },
        ],
      },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('reads Markdown-lite: blank-line paragraphs, - and 1. lists, **bold**, *em*, _em_ and [links](url)', () => {
    const { rich } = read(
      'Meet **every** Tuesday.\nBring a _friend_.\n\n1. Arrive at *ten*\n2. Sign in\n\n- Parking\n* Café\n\n' +
        'Email [us](mailto:hi@example.org) or [call](tel:01632960000).',
    );
    expect(rich?.blocks).to.deep.equal([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Meet ' },
          { kind: 'text', text: 'every', strong: true },
          { kind: 'text', text: ' Tuesday. Bring a ' },
          { kind: 'text', text: 'friend', emphasis: true },
          { kind: 'text', text: '.' },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          [
            { kind: 'text', text: 'Arrive at ' },
            { kind: 'text', text: 'ten', emphasis: true },
          ],
          [{ kind: 'text', text: 'Sign in' }],
        ],
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'Parking' }], [{ kind: 'text', text: 'Café' }]] },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Email ' },
          { kind: 'link', text: 'us', href: 'mailto:hi@example.org' },
          { kind: 'text', text: ' or ' },
          { kind: 'link', text: 'call', href: 'tel:01632960000' },
          { kind: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('keeps a single paragraph with only bold or italic as text, since it has no structure worth keeping', () => {
    const { text, rich } = read('A **really** friendly group');
    expect(text).to.equal('A really friendly group');
    expect(rich).to.equal(undefined);
  });

  it('keeps a single link worth keeping, and a list of one', () => {
    expect(read('Book at [our site](https://example.org)').rich?.blocks).to.have.length(1);
    expect(read('- only item').rich?.blocks[0]?.kind).to.equal('list');
  });

  it('leaves underscores inside words, escaped marks and unmatched marks as they are', () => {
    expect(read('Email first_name_last at the hub').text).to.equal('Email first_name_last at the hub');
    expect(read('Costs \\*£2\\* a session').text).to.equal('Costs *£2* a session');
    expect(read('5 * 3 = 15, and *unclosed').text).to.equal('5 * 3 = 15, and *unclosed');
  });

  it('drops script and style content, keeps the words around them, and reports it once', () => {
    const { text, problems } = read(
      '<p>Hello<script>document.cookie</script> there</p><style>p{color:red}</style><script>alert(2)</script>',
    );
    expect(text).to.equal('Hello there');
    expect(problems).to.deep.equal(['markup-removed description']);
  });

  it('drops event-handler attributes with their tag, keeping the text, and reports it', () => {
    const { text, rich, problems } = read('<p onclick="steal()">Hi</p><p><img src=x onerror="alert(1)">there</p>');
    expect(text).to.equal('Hi there');
    expect(JSON.stringify(rich)).not.to.contain('alert');
    expect(problems).to.deep.equal(['markup-removed description']);
  });

  it('turns javascript: and other unsafe links into plain text, in HTML and in Markdown, reported once', () => {
    const html = read('<p><a href="javascript:alert(1)">Click</a> or <a href=" JaVa\tScRiPt:x">here</a></p><p>ok</p>');
    expect(JSON.stringify(html.rich)).not.to.contain('javascript');
    expect(html.rich?.blocks[0]).to.deep.equal({
      kind: 'paragraph',
      content: [{ kind: 'text', text: 'Click or here' }],
    });
    expect(html.problems).to.deep.equal(['unsafe-url description']);
    const markdown = read('[Click](javascript:alert(1)) and [data](data:text/html,hi)');
    expect(markdown.text).to.equal('Click and data');
    expect(markdown.rich).to.equal(undefined);
    expect(markdown.problems).to.deep.equal(['unsafe-url description']);
  });

  it('decodes entities, and keeps emoji and right-to-left text intact', () => {
    expect(read('<p>Tea &amp; cake 🍰</p><p>مرحبا بكم</p>').text).to.equal('Tea & cake 🍰 مرحبا بكم');
    expect(read('Tea &amp; cake 👩🏽‍🦳').text).to.equal('Tea & cake 👩🏽‍🦳');
  });

  it('reads two line breaks as a new paragraph and one as a space', () => {
    expect(read('Line one<br>still one<br><br>Line two').rich?.blocks).to.deep.equal([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Line one still one' }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Line two' }] },
    ]);
  });

  it('reads headings as paragraphs of their own in bold, and nested lists as one list', () => {
    const { rich } = read('<h2>What</h2><p>A walk</p><ul><li>One<ul><li>Two</li></ul></li><li>Three</li></ul>');
    expect(rich?.blocks).to.deep.equal([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'What', strong: true }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'A walk' }] },
      {
        kind: 'list',
        ordered: false,
        items: [[{ kind: 'text', text: 'One' }], [{ kind: 'text', text: 'Two' }], [{ kind: 'text', text: 'Three' }]],
      },
    ]);
  });

  it('reads numbers as text, and reports other types without reading them', () => {
    expect(read(42)).to.deep.equal({ text: '42', problems: [] });
    expect(read(['a', 'b'])).to.deep.equal({ problems: ['wrong-type description'] });
    expect(read(null)).to.deep.equal({ problems: [] });
  });

  it('cuts a 2 MB description to the limit and reports it once', () => {
    const { text, rich, problems } = read(`<p>${'Lots of words here. '.repeat(100_000)}</p><p>end</p>`);
    expect(text!.length).to.be.at.most(MAX_TEXT_LENGTH + 1);
    expect(text!.endsWith('…')).to.equal(true);
    expect(rich).to.equal(undefined);
    expect(problems).to.deep.equal(['too-long description']);
  });

  it('reads 2 MB of unclosed marks, brackets and tags as text, cut at the limit', () => {
    const junk = {
      '*a ': '*a *a *a',
      '[x ': '[x [x [x',
      '_a_b ': '_a_b _a_b',
      '<a ': undefined,
    };
    for (const [unit, start] of Object.entries(junk)) {
      const { text, problems } = read(unit.repeat(2_000_000 / unit.length));
      expect(problems, unit).to.include('too-long description');
      if (start === undefined) expect(text, unit).to.equal(undefined);
      else {
        expect(text!.startsWith(start), unit).to.equal(true);
        expect(text!.length, unit).to.be.within(MAX_TEXT_LENGTH * 0.8, MAX_TEXT_LENGTH + 1);
      }
    }
  });
});

describe('links and attributes read as a browser reads them', () => {
  it('reads a ">" inside a quoted attribute as part of the value, not the end of the tag', () => {
    const { rich } = read('<p><a title="a > b" href="https://example.org/x">Go</a> now</p><p>Next</p>');
    expect(rich?.blocks[0]).to.deep.equal({
      kind: 'paragraph',
      content: [
        { kind: 'link', text: 'Go', href: 'https://example.org/x' },
        { kind: 'text', text: ' now' },
      ],
    });
  });

  it('takes the first of two attributes of one name, as a browser does', () => {
    const { rich } = read('<p><a href="https://good.example.org/" HREF="https://bad.example.com/">Go</a></p><p>x</p>');
    expect(rich?.blocks[0]).to.deep.equal({
      kind: 'paragraph',
      content: [{ kind: 'link', text: 'Go', href: 'https://good.example.org/' }],
    });
  });

  it('does not let an attribute value end a dropped element early', () => {
    expect(read('Before<script data-x="</script>">alert(1)</script> after').text).to.equal('Before after');
  });

  it('keeps the link of a Markdown link with a title', () => {
    for (const title of ['"Book a place"', "'Book a place'", '(Book a place)']) {
      const { rich } = read(`Book [here](https://example.org/book ${title}) now.`);
      expect(rich?.blocks[0], title).to.deep.equal({
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Book ' },
          { kind: 'link', text: 'here', href: 'https://example.org/book' },
          { kind: 'text', text: ' now.' },
        ],
      });
    }
  });

  it('refuses phone and email links that carry anything but a number or an address', () => {
    const { text, rich, problems } = read(
      '[Call](tel:0123"onmouseover=alert(1)) or [email](mailto:a"b@example.org) or [ring](tel:0115 496 0000)',
    );
    expect(text).to.equal('Call or email or ring');
    expect(rich?.blocks[0]).to.deep.equal({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'Call or email or ' },
        { kind: 'link', text: 'ring', href: 'tel:0115 496 0000' },
      ],
    });
    expect(problems).to.deep.equal(['unsafe-url description']);
  });
});

/**
 * How reading time grows with the length of hostile text. Linear reading
 * takes about 8 times as long for 8 times the text; a quadratic reader 64
 * times. The machine is shared and busy, so the two sizes are compared in
 * adjacent pairs: eight reads of 10 KB, then one read of 80 KB (repeated
 * alike until long enough for the browser's coarse clock). Both halves of a
 * pair see the same load; the median pair counts.
 */
describe('reading hostile text in linear time', () => {
  const SMALL = 10_000;
  const LARGE = 80_000;
  const COPIES = LARGE / SMALL;
  /** Two and a half times linear: noise stays under it; n^1.5 or worse goes over. */
  const MOST_GROWTH = 20;
  const PAIRS = 15;
  const fill = (head: string, unit: string, tail: string, size: number): string =>
    head + unit.repeat(Math.ceil((size - head.length - tail.length) / unit.length)) + tail;
  const shapes: Record<string, (size: number) => string> = {
    'a link label of asterisks between letters': (n) => fill('[a', '*', 'b](https://example.org)', n),
    'a link label of underscores': (n) => fill('[', '_', 'x](https://example.org)', n),
    'unclosed emphasis': (n) => fill('', '*a ', '', n),
    'unclosed strong': (n) => fill('', '**a ', '', n),
    'unclosed links': (n) => fill('', '[a](', '', n),
    'parentheses in a link': (n) => fill('[a](https://example.org/', '(', ')', n),
    'underscores inside words': (n) => fill('', '_a_b ', '', n),
    'list lines': (n) => fill('', '- a\n', '', n),
    'unclosed tags': (n) => fill('x', '<a ', '', n),
    'quoted ">" in one tag': (n) => fill('<p ', 'x="a>" ', '>', n),
    'unclosed quotes in tags': (n) => fill('', '<a href="x>', '', n),
    'unclosed script elements': (n) => fill('', '<script>x', '', n),
    'many bold tags': (n) => fill('', '<b>a', '', n),
    entities: (n) => fill('', '&#x1F600;&amp', '', n),
    'Markdown between tags': (n) => fill('<p>', '*a [b](c <i>', '', n),
    'a picture written into the markup': (n) =>
      fill('<p><img src="data:image/png;base64,', 'iVBORw0KGgo', '"></p>x', n),
    'unclosed inline data': (n) => fill('', '<img src="data:', '', n),
  };

  function batch(input: string, runs: number): number {
    const log = new ProblemLog();
    const start = performance.now();
    for (let i = 0; i < runs; i++) readRichText(input, log.for('service', String(i)), 'description');
    return performance.now() - start;
  }

  /** How many times reading `large` takes longer than reading its length in `small` copies: 1 when linear. */
  function pairRatio(small: string, large: string): number {
    batch(small, COPIES);
    batch(large, 1);
    let repeats = 1;
    while (batch(small, COPIES * repeats) < 4 && repeats < 1024) repeats *= 2;
    const ratios: number[] = [];
    const started = performance.now();
    // A reader gone quadratic takes seconds a pair: three pairs are then enough to tell.
    while (ratios.length < PAIRS && (ratios.length < 3 || performance.now() - started < 3000)) {
      const copies = batch(small, COPIES * repeats);
      const once = batch(large, repeats);
      ratios.push(once / Math.max(copies, 0.1));
    }
    ratios.sort((x, y) => x - y);
    return ratios[Math.floor(ratios.length / 2)] ?? Infinity;
  }

  for (const [shape, make] of Object.entries(shapes)) {
    it(`reads 80 KB of ${shape} in at most ${MOST_GROWTH} times the time of 10 KB`, function () {
      this.timeout(20_000);
      const small = make(SMALL);
      const large = make(LARGE);
      expect(large.length).to.be.within(LARGE, LARGE + 40);
      const growth = pairRatio(small, large) * COPIES;
      expect(growth, shape).to.be.below(MOST_GROWTH);
    });
  }
});
