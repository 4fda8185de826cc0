import { expect } from '@open-wc/testing';
import { ProblemLog } from '../../../src/data/problems.js';
import { MAX_TEXT_LENGTH } from '../../../src/data/text/read.js';
import { decodeEntities, plainText, readRichText } from '../../../src/data/text/rich-text.js';

function read(value: unknown) {
  const log = new ProblemLog();
  const result = readRichText(value, log.for('service', 's1'), 'description');
  return { ...result, problems: log.problems.map((p) => `${p.code} ${p.field}`) };
}

describe('plain text from markup', () => {
  it('drops script content, removes tags and decodes entities', () => {
    expect(plainText('<p>Tea &amp; cake</p><script>alert(1)</script><p>Fridays</p>')).to.equal('Tea & cake Fridays');
    expect(decodeEntities('&pound;2 &#8211; &#x1F600; &bogus;')).to.equal('£2 – 😀 &bogus;');
  });

  it('reads markup as a description is read, keeping Markdown marks as they are', () => {
    expect(
      plainText('<tr><td>Mon</td><td>Tue</td></tr><!-- note --><textarea>x</textarea> **10am** [Book](x)'),
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

  it('reads 2 MB of unclosed marks, brackets and tags without stalling (each read is one pass)', () => {
    for (const junk of ['*a '.repeat(700_000), '[x '.repeat(700_000), '_a_b '.repeat(400_000), '<a '.repeat(700_000)]) {
      const { problems } = read(junk);
      expect(problems).to.include('too-long description');
    }
  });
});
