import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/easy-read/index.js';
import type { WaymarkEasyRead } from '../../../src/elements/easy-read/index.js';
import { COMFORT_STORAGE_KEY } from '../../../src/elements/easy-read/reading-comfort.js';

/** Speech synthesis as a page sees it, driven by the test: nothing is spoken until the test says so. */
class FakeUtterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  rate = 1;
  constructor(readonly text: string) {
    super();
  }
}
const synth = {
  spoken: [] as FakeUtterance[],
  cancelled: 0,
  voices: [] as { lang: string; name: string }[],
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  },
  cancel() {
    this.cancelled++;
  },
  getVoices() {
    return this.voices;
  },
  get last(): FakeUtterance {
    return this.spoken[this.spoken.length - 1]!;
  },
};

function installSpeech(present: boolean): void {
  Object.defineProperty(globalThis, 'speechSynthesis', { value: present ? synth : undefined, configurable: true });
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', {
    value: present ? FakeUtterance : undefined,
    configurable: true,
  });
}

const root = (el: WaymarkEasyRead): ShadowRoot => el.shadowRoot!;
const text = (el: WaymarkEasyRead): string => root(el).textContent!.replace(/\s+/g, ' ');
const button = (el: WaymarkEasyRead, words: string): HTMLButtonElement =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === words)!;

/** The explainer once its words and pictures are shown. */
async function shown(el: WaymarkEasyRead, sections = 12): Promise<WaymarkEasyRead> {
  await waitUntil(() => root(el).querySelectorAll('section.section').length === sections, 'sections shown');
  await waitUntil(() => el.currentMode === 'standard' || root(el).querySelector('.picture svg'), 'pictures shown');
  await el.updateComplete;
  return el;
}

function capturedWarnings(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.warn = original) };
}

beforeEach(() => {
  localStorage.removeItem(COMFORT_STORAGE_KEY);
  synth.spoken = [];
  synth.cancelled = 0;
  synth.voices = [];
  installSpeech(true);
});

describe('<waymark-easy-read>', () => {
  it('explains social prescribing in sections with a heading, short sentences and a picture, accessibly', async () => {
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    const headings = [...root(el).querySelectorAll('.section > .words > h2')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal([
      'What social prescribing is',
      'What a link worker does',
      'Who it is for',
      'What it can help with',
      'First, a phone call',
      'Your first meeting',
      'More meetings',
      'Going to a group',
      'It is free',
      'It is your choice',
      'What it is not',
      'How to get it',
    ]);
    expect(text(el)).to.contain('It is not only for older people.');
    expect(text(el)).to.contain('They will call within about 2 weeks.');
    expect(text(el)).to.contain('The meeting lasts about 60 minutes.');
    expect(text(el)).to.contain('You can meet at your GP practice, on the phone or at your home.');
    expect(text(el)).to.contain('You can meet up to 6 times.');
    expect(text(el)).to.contain('Your link worker may come with you the first time.');
    expect(root(el).querySelectorAll('.words > ul li')).to.have.length(9);
    const pictures = [...root(el).querySelectorAll('[part~="picture"]')];
    expect(pictures).to.have.length(12);
    expect(pictures.every((p) => p.getAttribute('role') === 'img' && p.getAttribute('aria-label'))).to.be.true;
    // Not for emergencies: the crisis routes, under their own heading one level down.
    expect(root(el).querySelector('.crisis-routes h3')!.textContent).to.equal('If you need help now');
    expect(root(el).querySelector('.crisis-routes a[href="tel:999"]')).to.exist;
    expect(root(el).querySelector('[part="content"]')!.getAttribute('lang')).to.equal('en-GB');
    await expect(el).to.be.accessible();
  });

  it('without a referral link, says to ask your GP practice only', async () => {
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    expect(text(el)).to.contain('Ask your GP practice for a link worker.');
    expect(text(el)).not.to.contain('yourself');
    expect(root(el).querySelector('[part="referral-link"]')).to.be.null;
  });

  it("states the service's own figures, names, places, phone number and referral link", async () => {
    const el = await shown(
      await fixture<WaymarkEasyRead>(
        html`<waymark-easy-read
          service-name="Mansfield Community Links"
          area="Mansfield"
          phone="01632 960123"
          referral-url="/refer-yourself"
          call-within-weeks="3"
          first-meeting-minutes="90"
          meetings="8"
          meeting-weeks="16"
          meeting-places="video community"
        ></waymark-easy-read>`,
      ),
    );
    const words = text(el);
    expect(words).to.contain('Mansfield Community Links is the social prescribing service for Mansfield.');
    expect(words).to.contain('They will call within about 3 weeks.');
    expect(words).to.contain('The meeting lasts about 90 minutes.');
    expect(words).to.contain('You can meet on a video call or somewhere near you, like a library or café.');
    expect(words).to.contain('You can meet up to 8 times.');
    expect(words).to.contain('This is over about 16 weeks.');
    expect(words).to.contain('If you miss the call, you can phone 01632 960123.');
    expect(words).to.contain('You can also ask for a link worker yourself.');
    const link = root(el).querySelector<HTMLAnchorElement>('[part="referral-link"]')!;
    expect(link.href).to.equal(new URL('/refer-yourself', document.baseURI).href);
    expect(link.textContent!.trim()).to.equal('Ask for a link worker online');
    await expect(el).to.be.accessible();
  });

  it('reads the same facts from a JSON config, with attributes winning', async () => {
    const config = JSON.stringify({ serviceName: 'Links', meetings: 4, meetingWeeks: 10, meetingPlaces: ['home'] });
    const el = await shown(
      await fixture<WaymarkEasyRead>(html`<waymark-easy-read config=${config} meetings="5"></waymark-easy-read>`),
    );
    expect(text(el)).to.contain('Links is a social prescribing service.');
    expect(text(el)).to.contain('You can meet up to 5 times.');
    expect(text(el)).to.contain('This is over about 10 weeks.');
    expect(text(el)).to.contain('You can meet at your home.');
  });

  it('warns once about a value it cannot use, keeps the default, and never links to javascript:', async () => {
    const warnings = capturedWarnings();
    try {
      const el = await shown(
        await fixture<WaymarkEasyRead>(
          html`<waymark-easy-read
            meetings="lots"
            referral-url="javascript:alert(1)"
            mode="leaflet"
            config="{not json"
          ></waymark-easy-read>`,
        ),
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el)).to.contain('You can meet up to 6 times.');
      expect(root(el).querySelector('[part="referral-link"]')).to.be.null;
      expect(root(el).querySelector('img, .picture svg')).to.exist;
      expect(warnings.lines.filter((l) => l.includes('meetings "lots"'))).to.have.length(1);
      expect(warnings.lines.some((l) => l.includes('referral-url'))).to.be.true;
      expect(warnings.lines.some((l) => l.includes('mode="leaflet"'))).to.be.true;
      expect(warnings.lines.some((l) => l.includes('config is not a JSON object'))).to.be.true;
    } finally {
      warnings.restore();
    }
  });

  it("shows a site's own sections in place of a default one and as new ones, in the easy-read layout", async () => {
    const sections = JSON.stringify([
      { id: 'free', heading: 'Costs', sentences: ['Seeing us is free.', 'Bus fares can be paid back.'] },
      {
        id: 'interpreters',
        heading: 'If you need an interpreter',
        sentences: ['We can book an interpreter for you.'],
        picture: 'link-worker',
        pictureAlt: 'A person helping',
        after: 'first-meeting',
      },
      { heading: 'No id' },
    ]);
    const warnings = capturedWarnings();
    try {
      const el = await shown(
        await fixture<WaymarkEasyRead>(
          html`<waymark-easy-read config=${JSON.stringify({ sections })}></waymark-easy-read>`,
        ),
        13,
      );
      const headings = [...root(el).querySelectorAll('.section h2')].map((h) => h.textContent!.trim());
      expect(headings[6]).to.equal('If you need an interpreter');
      expect(headings).to.include('Costs');
      expect(headings).not.to.include('It is free');
      expect(text(el)).to.contain('Bus fares can be paid back.');
      const own = root(el).querySelector('[aria-labelledby="interpreters-heading"] [part~="picture"]')!;
      expect(own.getAttribute('aria-label')).to.equal('A person helping');
      expect(own.querySelector('svg')).to.exist;
      expect(warnings.lines.some((l) => l.includes('without an id'))).to.be.true;
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('puts its headings one level below the page heading it sits under', async () => {
    const el = await shown(
      await fixture<WaymarkEasyRead>(html`<waymark-easy-read heading-level="3"></waymark-easy-read>`),
    );
    expect(root(el).querySelectorAll('.section > .words > h3')).to.have.length(12);
    expect(root(el).querySelector('h2')).to.be.null;
    expect(root(el).querySelector('.crisis-routes h4')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('switches to ordinary text and back, says so with an event, and stays accessible', async () => {
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    const toggle = button(el, 'Show as ordinary text');
    setTimeout(() => toggle.click());
    const event = await oneEvent(el, 'waymark-mode-change');
    expect(event.detail).to.deep.equal({ mode: 'standard' });
    expect(event.composed && event.bubbles).to.be.true;
    await waitUntil(() => text(el).includes('Social prescribing is a free way to get support'), 'prose shown');
    expect(el.getAttribute('mode')).to.equal('standard');
    expect(root(el).querySelector('[part~="picture"]')).to.be.null;
    expect(text(el)).to.contain('up to 6 times over about 12 weeks');
    expect(button(el, 'Show as easy read')).to.exist;
    await expect(el).to.be.accessible();
    button(el, 'Show as easy read').click();
    await shown(el);
    expect(root(el).querySelector('[part~="picture"]')).to.exist;
  });

  it('starts in ordinary text with mode="standard"', async () => {
    const el = await fixture<WaymarkEasyRead>(html`<waymark-easy-read mode="standard"></waymark-easy-read>`);
    await waitUntil(() => text(el).includes('Social prescribing is a free way'), 'prose shown');
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh from the page language, with Welsh figures and places', async () => {
    // fixtureSync: a plain wrapper has no update to wait for, and fixture() would wait for a frame.
    const wrapper = fixtureSync<HTMLElement>(
      html`<div lang="cy">
        <waymark-easy-read meeting-places="phone" referral-url="/atgyfeirio"></waymark-easy-read>
      </div>`,
    );
    const el = await shown(wrapper.querySelector('waymark-easy-read')!);
    expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('Beth yw presgripsiynu cymdeithasol');
    expect(text(el)).to.contain('Byddan nhw’n ffonio o fewn tua 2 wythnos.');
    expect(text(el)).to.contain('Gallwch chi gwrdd ar y ffôn.');
    expect(text(el)).to.contain('Os oes angen help arnoch chi nawr');
    expect(button(el, 'Darllen yn uchel')).to.exist;
    expect(root(el).querySelector('[part="content"]')!.getAttribute('lang')).to.equal('cy-GB');
    expect(root(el).querySelector('[part~="picture"]')!.getAttribute('aria-label')).to.equal(
      'Arwyddbost yn pwyntio at bobl',
    );
    await expect(el).to.be.accessible();
  });

  it('changes language when a site sets lang on the element itself', async () => {
    // fixtureSync: a plain wrapper has no update to wait for, and fixture() would wait for a frame.
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="cy"><waymark-easy-read></waymark-easy-read></div>`);
    const el = await shown(wrapper.querySelector('waymark-easy-read')!);
    el.setAttribute('lang', 'en');
    await waitUntil(() => root(el).querySelector('h2')?.textContent?.trim() === 'What social prescribing is');
    expect(root(el).querySelector('[part="content"]')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('makes the text bigger and smaller, high contrast and more spaced, and keeps that on the device', async () => {
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    const content = (): HTMLElement => root(el).querySelector('[part="content"]')!;
    const before = parseFloat(getComputedStyle(content()).fontSize);
    button(el, 'Bigger text').click();
    button(el, 'Bigger text').click();
    button(el, 'High contrast').click();
    button(el, 'More space between lines').click();
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(content()).fontSize)).to.be.closeTo(before * 1.4, 0.5);
    expect(text(el)).to.contain('Size 4 of 5');
    expect(button(el, 'High contrast').getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(content()).backgroundColor).to.equal('rgb(253, 248, 228)');
    expect(
      parseFloat(getComputedStyle(content()).lineHeight) / parseFloat(getComputedStyle(content()).fontSize),
    ).to.be.closeTo(2, 0.05);
    await expect(el).to.be.accessible();
    // The next explainer on this device starts the same way.
    const next = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    expect(root(next).querySelector('[part="content"]')!.className).to.contain('size-3');
    expect(button(next, 'More space between lines').getAttribute('aria-pressed')).to.equal('true');
    // Never smaller than the smallest step, however often it is pressed.
    for (let i = 0; i < 8; i++) button(next, 'Smaller text').click();
    await next.updateComplete;
    expect(text(next)).to.contain('Size 1 of 5');
  });

  it('ignores reading settings it cannot read', async () => {
    localStorage.setItem(COMFORT_STORAGE_KEY, '{"size": 99, "contrast": "yes"');
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    expect(text(el)).to.contain('Size 2 of 5');
    expect(button(el, 'High contrast').getAttribute('aria-pressed')).to.equal('false');
  });

  it('never speaks until asked, then reads sentence by sentence with the sentence highlighted', async () => {
    synth.voices = [
      { lang: 'en-US', name: 'US' },
      { lang: 'en-GB', name: 'British' },
    ];
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    expect(synth.spoken).to.have.length(0);
    button(el, 'Read aloud').click();
    await waitUntil(() => synth.spoken.length === 1, 'first sentence spoken');
    await el.updateComplete;
    expect(synth.last.text).to.equal('What social prescribing is');
    expect(synth.last.lang).to.equal('en-GB');
    expect((synth.last.voice as { name: string }).name).to.equal('British');
    expect(root(el).querySelector('[part~="reading"]')!.textContent!.trim()).to.equal('What social prescribing is');
    expect(button(el, 'Pause reading')).to.exist;
    synth.last.dispatchEvent(new Event('end'));
    await el.updateComplete;
    expect(synth.last.text).to.equal('Social prescribing helps you find support near you.');
    expect(root(el).querySelectorAll('[part~="reading"]')).to.have.length(1);
    expect(root(el).querySelector('[part~="reading"]')!.textContent!.trim()).to.equal(synth.last.text);
    await expect(el).to.be.accessible();

    // Pause: speech stops, the place is kept, and a late "end" from the cancelled speech changes nothing.
    button(el, 'Pause reading').click();
    await el.updateComplete;
    const paused = synth.last;
    expect(synth.cancelled).to.be.greaterThan(0);
    paused.dispatchEvent(new Event('end'));
    expect(synth.spoken).to.have.length(2);
    expect(button(el, 'Carry on reading')).to.exist;
    button(el, 'Carry on reading').click();
    await el.updateComplete;
    expect(synth.spoken).to.have.length(3);
    expect(synth.last.text).to.equal(paused.text);
  });

  it('reads the crisis routes with the section about emergencies', async () => {
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    button(el, 'Read aloud').click();
    await waitUntil(() => synth.spoken.length === 1);
    for (let i = 0; i < 200 && !synth.last.text.includes('999'); i++) synth.last.dispatchEvent(new Event('end'));
    expect(synth.last.text).to.equal('Call 999 if you or someone else is in danger now.');
  });

  it('says plainly when the browser cannot read aloud, and offers no button that does nothing', async () => {
    installSpeech(false);
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    expect(button(el, 'Read aloud')).to.be.undefined;
    expect(root(el).querySelector('[part="note"]')!.textContent).to.contain(
      'Your browser cannot read this page aloud.',
    );
    await expect(el).to.be.accessible();
  });

  it('says so when the speech stops with an error', async () => {
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read></waymark-easy-read>`));
    button(el, 'Read aloud').click();
    await waitUntil(() => synth.spoken.length === 1);
    synth.last.dispatchEvent(Object.assign(new Event('error'), { error: 'synthesis-failed' }));
    await el.updateComplete;
    expect(root(el).querySelector('[part="note"]')!.textContent).to.contain('Reading aloud stopped.');
    expect(button(el, 'Read aloud')).to.exist;
    expect(root(el).querySelector('[part~="reading"]')).to.be.null;
  });

  it('reads Welsh with a Welsh voice, and says when the browser has none', async () => {
    synth.voices = [
      { lang: 'en-GB', name: 'British' },
      { lang: 'cy-GB', name: 'Cymraeg' },
    ];
    const el = await shown(await fixture<WaymarkEasyRead>(html`<waymark-easy-read lang="cy"></waymark-easy-read>`));
    button(el, 'Darllen yn uchel').click();
    await waitUntil(() => synth.spoken.length === 1);
    expect(synth.last.lang).to.equal('cy-GB');
    expect((synth.last.voice as { name: string }).name).to.equal('Cymraeg');
    synth.voices = [{ lang: 'en-GB', name: 'British' }];
    el.requestUpdate();
    await el.updateComplete;
    expect(root(el).querySelector('[part="note"]')!.textContent).to.contain('Does gan eich porwr ddim llais Cymraeg');
  });

  it('uses the crisis routes of its nation, or the service’s own', async () => {
    const wales = await shown(
      await fixture<WaymarkEasyRead>(html`<waymark-easy-read nation="wales"></waymark-easy-read>`),
    );
    expect(text(wales)).to.contain('Call 111 and press 2 for urgent mental health help.');
    const routes = JSON.stringify([{ text: 'Call our duty team, 9am to 5pm.', call: '01632 960000' }]);
    const own = await shown(
      await fixture<WaymarkEasyRead>(html`<waymark-easy-read crisis-routes=${routes}></waymark-easy-read>`),
    );
    expect(text(own)).to.contain('Call our duty team, 9am to 5pm.');
    expect(root(own).querySelector('a[href="tel:01632960000"]')).to.exist;
    expect(text(own)).not.to.contain('Samaritans');
  });
});
