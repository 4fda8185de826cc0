import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/referral-form/index.js';
import type { ReferralSubmitDetail, WaymarkReferralForm } from '../../../src/elements/referral-form/index.js';

const ACTION = 'https://service.example/referrals';
const STORAGE = `waymark-referral:${ACTION}`;

interface Sent {
  readonly url: string;
  readonly key: string | null;
  readonly type: string | null;
  readonly body: Record<string, unknown>;
}

/** Replaces fetch for one test: each request gets the next answer (a status, or 'network'). */
function stubFetch(answers: (number | 'network')[] = []) {
  const sent: Sent[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = ((url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    sent.push({
      url: String(url),
      key: headers.get('Idempotency-Key'),
      type: headers.get('Content-Type'),
      body: JSON.parse(String(init.body)) as Record<string, unknown>,
    });
    const answer = answers.shift() ?? 201;
    if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(
      new Response(JSON.stringify({ reference: 'WM-7K3D-QX9P', received: '2026-11-30T10:00:00Z' }), {
        status: answer,
        headers: { 'content-type': 'application/json' },
      }),
    );
  }) as typeof fetch;
  return { sent, restore: () => (globalThis.fetch = original) };
}

let fetchStub: ReturnType<typeof stubFetch>;
beforeEach(() => {
  sessionStorage.clear();
  fetchStub = stubFetch();
});
afterEach(() => {
  fetchStub.restore();
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname);
});

const root = (el: WaymarkReferralForm): ShadowRoot => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: WaymarkReferralForm, selector: string): T =>
  root(el).querySelector<T>(selector)!;
const heading = (el: WaymarkReferralForm): string => $(el, '.heading').textContent!.trim();
const active = (el: WaymarkReferralForm): Element | null => root(el).activeElement;

async function type(el: WaymarkReferralForm, field: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#f-${field}`);
  expect(input, field).to.exist;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks a radio or checkbox by its label text, within the field named. */
async function pick(el: WaymarkReferralForm, field: string, label: string): Promise<void> {
  const inputs = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${field}"]`)];
  const input = inputs.find((i) => root(el).querySelector(`label[for="${i.id}"]`)?.textContent?.trim() === label);
  expect(input, `${field}: ${label}`).to.exist;
  input!.click();
  await el.updateComplete;
}

async function press(el: WaymarkReferralForm, name?: string): Promise<void> {
  // Continue may wait a moment for the words that say how to fix an answer.
  const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('button')];
  const button = name ? buttons.find((b) => b.textContent!.trim() === name) : $<HTMLButtonElement>(el, '.button');
  expect(button, name).to.exist;
  button!.click();
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
  await el.updateComplete;
}

/** The error summary took focus, and each of its links points at a field on the page, marked invalid. */
async function expectErrors(el: WaymarkReferralForm, fields: string[]): Promise<void> {
  // The words saying how to fix each answer load on demand, the first time a step has a problem.
  await waitUntil(() => $(el, '.error-summary'), 'the error summary');
  const summary = $(el, '.error-summary');
  expect(summary, 'error summary').to.exist;
  expect(summary.getAttribute('role')).to.equal('alert');
  expect(active(el)).to.equal(summary);
  const targets = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href')!.slice(1));
  expect(targets).to.deep.equal(fields.map((f) => `f-${f}`));
  for (const target of targets) {
    const field = root(el).getElementById(target)!;
    expect(field, target).to.exist;
    const group = field.closest('.field')!;
    // The field's own message comes before its input, and the input is described by it.
    expect(group.querySelector('.error-message'), target).to.exist;
  }
  await expect(el).to.be.accessible();
}

async function startForm(el: WaymarkReferralForm, keep = false): Promise<void> {
  await pick(el, 'who', 'No');
  if (keep) {
    $<HTMLInputElement>(el, '#f-keep').click();
    // Ticking the box asks for the part that keeps answers on the device; let it arrive.
    await import('../../../src/data/referral/kept-outbox.js');
  }
  await press(el, 'Start');
  await new Promise((resolve) => setTimeout(resolve));
}

async function completeSteps(el: WaymarkReferralForm): Promise<void> {
  await pick(el, 'who', 'Me');
  await press(el, 'Continue');
  await type(el, 'name', 'Sam Patel');
  await type(el, 'dobDay', '9');
  await type(el, 'dobMonth', '4');
  await type(el, 'dobYear', '1961');
  await type(el, 'address', '1 Example Road, Mansfield');
  await type(el, 'postcode', 'ng18 1ab');
  await press(el, 'Continue');
  await pick(el, 'contactMethods', 'Phone call');
  await type(el, 'phone', '01632 960123');
  await press(el, 'Continue');
  await press(el, 'Continue');
  await pick(el, 'reasons', 'Feeling lonely or cut off');
  await press(el, 'Continue');
  await press(el, 'Continue');
  $<HTMLInputElement>(el, '#f-consentContact').click();
  await pick(el, 'consentGp', 'Yes');
  await press(el, 'Continue');
}

describe('<waymark-referral-form>', () => {
  it('speaks Welsh inside a Welsh page', async () => {
    // fixtureSync: a plain wrapper has no render to wait for, and fixture() would wait for a frame
    // that a background tab never paints.
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div lang="cy">
        <waymark-referral-form action=${ACTION} what-next="Bydd rhywun yn ffonio."></waymark-referral-form>
      </div>`,
    );
    const el = wrapper.querySelector('waymark-referral-form')!;
    await waitUntil(() => root(el).querySelector('.heading'));
    expect(heading(el)).to.equal('Gofyn am weithiwr cyswllt');
    expect(root(el).textContent).to.contain('Os oes angen help arnoch chi nawr');
    await expect(el).to.be.accessible();
  });

  it('starts with who it is for, the crisis routes and the safety question, and passes axe', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    expect(heading(el)).to.equal('Ask for a link worker');
    const text = root(el).textContent!;
    expect(text).to.contain('A link worker will phone you within 2 weeks.');
    expect(text).to.contain('You can use this form for yourself, or for someone else');
    expect(text).to.contain('This form is not for emergencies');
    const crisis = $(el, '[part="crisis-routes"]');
    expect(crisis.compareDocumentPosition($(el, 'form')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect([...crisis.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:999',
      'tel:111',
      'tel:116123',
      'sms:85258?&body=SHOUT',
    ]);
    expect(text).to.contain('Do you need help urgently because you might harm yourself or someone else?');
    await expect(el).to.be.accessible();
  });

  it('shows a service’s own crisis routes, and the defaults with a warning when they cannot be read', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const own = await fixture<WaymarkReferralForm>(
        html`<waymark-referral-form
          action=${ACTION}
          crisis-routes='[{ "text": "Call our duty line", "call": "01623 000000" }]'
        ></waymark-referral-form>`,
      );
      // The reader of a site's own routes loads on demand; the form shows once it has them.
      await waitUntil(() => $(own, '[part="crisis-routes"]'), 'the crisis routes');
      const links = [...$(own, '[part="crisis-routes"]').querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:01623000000']);
      expect($(own, '[part="crisis-routes"]').textContent).to.contain('Call our duty line');
      await expect(own).to.be.accessible();

      const bad = await fixture<WaymarkReferralForm>(
        html`<waymark-referral-form action=${ACTION} crisis-routes="not json"></waymark-referral-form>`,
      );
      await waitUntil(() => $(bad, '[part="crisis-routes"]'), 'the crisis routes');
      expect([...$(bad, '[part="crisis-routes"]').querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include(
        'tel:999',
      );
      await waitUntil(() => warnings.some((w) => w.includes('crisis-routes')), 'the warning');
    } finally {
      console.warn = warn;
    }
  });

  it('asks the safety question again if it is not answered', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    await press(el, 'Start');
    await expectErrors(el, ['who']);
    expect($(el, '.error-summary').textContent).to.contain('Select yes if you need help urgently');
  });

  it('shows the crisis routes in place of the form after a yes, and keeps and sends nothing', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    await pick(el, 'who', 'Yes');
    $<HTMLInputElement>(el, '#f-keep').click();
    await press(el, 'Start');
    expect(heading(el)).to.equal('Please get help now');
    expect(active(el)).to.equal($(el, '.heading'));
    expect($(el, '[part="crisis-routes"]')).to.exist;
    expect(root(el).querySelector('form')).to.be.null;
    expect(sessionStorage.length).to.equal(0);
    expect(fetchStub.sent).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('checks every step, says how to fix each field, and passes axe with and without errors', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} min-fill-seconds="0"></waymark-referral-form>`,
    );
    await startForm(el);
    expect($(el, '.step').textContent).to.contain('Step 1 of 7');
    await press(el, 'Continue');
    await expectErrors(el, ['who']);
    await pick(el, 'who', 'Someone else, who has agreed to it');
    await press(el, 'Continue');
    await expectErrors(el, ['referrerName', 'referrerRelationship', 'referrerContact', 'referrerAgreed']);
    await pick(el, 'who', 'Me');
    await press(el, 'Continue');

    expect(heading(el)).to.equal('About you');
    await press(el, 'Continue');
    await expectErrors(el, ['name', 'dobDay', 'address', 'postcode']);
    expect($(el, '.error-summary').textContent).to.contain('Enter a date of birth, for example 27 3 1985');
    // The link takes the person to the field.
    $<HTMLAnchorElement>(el, '.error-summary a[href="#f-postcode"]').click();
    expect(active(el)).to.equal($(el, '#f-postcode'));
    await type(el, 'name', 'Sam Patel');
    await type(el, 'dobDay', '31');
    await type(el, 'dobMonth', '2');
    await type(el, 'dobYear', '1961');
    await type(el, 'address', '1 Example Road');
    await type(el, 'postcode', 'NG18');
    await type(el, 'nhsNumber', '943 476 5918');
    await press(el, 'Continue');
    await expectErrors(el, ['dobDay', 'postcode', 'nhsNumber']);
    const messages = [...root(el).querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());
    expect(messages).to.deep.equal([
      'Date of birth must be a real date, for example 27 3 1985',
      'Enter a full postcode, like NG18 1AB',
      'Enter an NHS number with 10 numbers, like 943 476 5919, or leave it empty',
    ]);
    expect($(el, '#f-dobDay').getAttribute('aria-invalid')).to.equal('true');
    await type(el, 'dobDay', '28');
    await type(el, 'postcode', 'NG18 1AB');
    await type(el, 'nhsNumber', '943 476 5919');
    await press(el, 'Continue');

    expect(heading(el)).to.equal('How should a link worker get in touch?');
    await pick(el, 'contactMethods', 'Text message');
    await pick(el, 'contactMethods', 'Email');
    await press(el, 'Continue');
    await expectErrors(el, ['phone', 'email']);
    await type(el, 'phone', '07700 900982');
    await type(el, 'email', 'sam@example.com');
    await press(el, 'Continue');

    expect(heading(el)).to.equal('Help with communication');
    await pick(el, 'needs', 'An interpreter for another language');
    await pick(el, 'needs', 'Something else');
    // What those needs reveal shows once its words are here (loaded with the first question an option reveals).
    await waitUntil(() => root(el).querySelector('#f-needsOther'), 'the questions the needs reveal');
    await expect(el).to.be.accessible();
    await press(el, 'Continue');
    await expectErrors(el, ['interpreterLanguage', 'needsOther']);
    await type(el, 'interpreterLanguage', 'Gujarati');
    await type(el, 'needsOther', 'Please speak slowly');
    await press(el, 'Continue');

    expect(heading(el)).to.equal('What would you like help with?');
    await press(el, 'Continue');
    await expectErrors(el, ['reasons']);
    await pick(el, 'reasons', 'Money, benefits or debt');
    await type(el, 'whatMatters', 'x'.repeat(1003));
    expect($(el, '.count').textContent).to.contain('You have 3 characters too many');
    await press(el, 'Continue');
    await expectErrors(el, ['whatMatters']);
    await type(el, 'whatMatters', 'Help with a PIP form');
    expect($(el, '.count').textContent).to.contain('You have 980 characters left');
    await press(el, 'Continue');

    expect(heading(el)).to.equal('Meeting a link worker');
    await expect(el).to.be.accessible();
    await press(el, 'Continue');

    expect(heading(el)).to.equal('Your agreement');
    await press(el, 'Continue');
    await expectErrors(el, ['consentContact', 'consentGp']);
    $<HTMLInputElement>(el, '#f-consentContact').click();
    await pick(el, 'consentGp', 'No');
    await press(el, 'Continue');

    expect(heading(el)).to.equal('Check your answers before sending');
    expect(active(el)).to.equal($(el, '.heading'));
    await expect(el).to.be.accessible();
  });

  it('goes Back without losing anything', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    await startForm(el);
    await pick(el, 'who', 'Me');
    await press(el, 'Continue');
    await type(el, 'name', 'Sam Patel');
    await press(el, 'Back');
    expect(heading(el)).to.equal('Who are you asking for?');
    expect($<HTMLInputElement>(el, '#f-who').checked).to.be.true;
    await press(el, 'Continue');
    await press(el, 'Continue');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Sam Patel');
  });

  it('changes an answer from check your answers, then comes back there', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    await startForm(el);
    await completeSteps(el);
    const change = [...root(el).querySelectorAll('a')].find((a) => a.textContent!.trim() === 'Change Postcode')!;
    expect(change, 'a Change link whose hidden text names the answer').to.exist;
    expect(change.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Postcode');
    change.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(heading(el)).to.equal('About you');
    expect(active(el)).to.equal($(el, '#f-postcode'));
    await type(el, 'postcode', 'NG19 7AA');
    await press(el, 'Continue');
    expect(heading(el)).to.equal('Check your answers before sending');
    expect(root(el).textContent).to.contain('NG19 7AA');
  });

  it('sends the payload once with an Idempotency-Key, fires waymark-submit and waymark-sent, and confirms', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form
        action=${ACTION}
        min-fill-seconds="0"
        service="svc-9"
        service-name="Memory Café"
      ></waymark-referral-form>`,
    );
    await startForm(el);
    await completeSteps(el);
    const submitted = oneEvent(el, 'waymark-submit');
    const sent = oneEvent(el, 'waymark-sent');
    const button = $<HTMLButtonElement>(el, '.button');
    button.click();
    button.click();
    const submit = (await submitted) as CustomEvent<ReferralSubmitDetail>;
    expect(submit.bubbles && submit.composed && submit.cancelable).to.be.true;
    const done = await sent;
    await el.updateComplete;
    expect(fetchStub.sent).to.have.length(1);
    const request = fetchStub.sent[0]!;
    expect(request.url).to.equal(ACTION);
    expect(request.type).to.equal('application/json');
    expect(request.key).to.equal(submit.detail.idempotencyKey);
    expect(request.body).to.deep.equal(JSON.parse(JSON.stringify(submit.detail.payload)));
    expect(request.body['version']).to.equal(1);
    expect(request.body['service']).to.deep.equal({ id: 'svc-9', name: 'Memory Café' });
    expect(done.detail).to.deep.include({ status: 201, reference: 'WM-7K3D-QX9P' });
    expect(heading(el)).to.equal('Referral sent');
    expect($(el, '.reference').textContent).to.equal('WM-7K3D-QX9P');
    expect(root(el).textContent).to.contain('A link worker will phone you within 2 weeks.');
    expect($(el, '[part="crisis-routes"]')).to.exist;
    expect([...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include(
      'Print or save a copy of your answers',
    );
    await expect(el).to.be.accessible();
  });

  it('sends a FHIR Bundle when format="fhir"', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} format="fhir" min-fill-seconds="0"></waymark-referral-form>`,
    );
    await startForm(el);
    await completeSteps(el);
    await press(el, 'Send my referral');
    await waitUntil(() => fetchStub.sent.length === 1);
    expect(fetchStub.sent[0]!.type).to.equal('application/fhir+json');
    expect(fetchStub.sent[0]!.body).to.include({ resourceType: 'Bundle', type: 'transaction' });
  });

  it('lets a site send the referral its own way by cancelling waymark-submit', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} min-fill-seconds="0"></waymark-referral-form>`,
    );
    el.addEventListener('waymark-submit', (event) => event.preventDefault());
    await startForm(el);
    await completeSteps(el);
    await press(el, 'Send my referral');
    expect(fetchStub.sent).to.have.length(0);
    el.showSent('OWN-123');
    await el.updateComplete;
    expect($(el, '.reference').textContent).to.equal('OWN-123');
  });

  it('keeps the referral after a network error, says so plainly, and retries with the same key by hand and when back online', async () => {
    fetchStub.restore();
    fetchStub = stubFetch(['network', 503, 201]);
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} min-fill-seconds="0"></waymark-referral-form>`,
    );
    await startForm(el, true);
    await completeSteps(el);
    await press(el, 'Send my referral');
    await waitUntil(() => heading(el) === 'Your referral has not been sent yet');
    expect(root(el).textContent).to.contain('We could not reach the service');
    expect(root(el).textContent).to.contain('Your answers are saved on this device');
    expect(sessionStorage.getItem(`${STORAGE}:outbox`)).to.be.a('string');
    await expect(el).to.be.accessible();
    await press(el, 'Try sending again');
    await waitUntil(() => fetchStub.sent.length === 2 && heading(el) === 'Your referral has not been sent yet');
    expect(root(el).textContent).to.contain('The service had a problem');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => heading(el) === 'Referral sent');
    const keys = fetchStub.sent.map((s) => s.key);
    expect(new Set(keys).size).to.equal(1);
    expect(keys).to.have.length(3);
    expect(sessionStorage.length, 'everything kept is cleared once sent').to.equal(0);
  });

  it('with agreement, keeps answers as they are typed and restores them after a reload', async () => {
    const first = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    await startForm(first, true);
    await pick(first, 'who', 'Me');
    await press(first, 'Continue');
    await type(first, 'name', 'Sam Patel');
    expect(sessionStorage.getItem(`${STORAGE}:draft`)).to.contain('Sam Patel');
    first.remove();
    const again = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    // The part that reads back what was kept loads only when the device holds something.
    await waitUntil(() => root(again).querySelector('.heading'), 'the restored step');
    expect(heading(again)).to.equal('About you');
    expect($<HTMLInputElement>(again, '#f-name').value).to.equal('Sam Patel');
    expect(root(again).textContent).to.contain('We kept your answers from before');
    await expect(again).to.be.accessible();
  });

  it('without agreement, writes nothing to the device', async () => {
    fetchStub.restore();
    fetchStub = stubFetch(['network']);
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} min-fill-seconds="0"></waymark-referral-form>`,
    );
    await startForm(el, false);
    await completeSteps(el);
    await press(el, 'Send my referral');
    await waitUntil(() => heading(el) === 'Your referral has not been sent yet');
    expect(root(el).textContent).to.contain('Please do not close it');
    expect(sessionStorage.length).to.equal(0);
  });

  it('says plainly when the service refuses the referral (a 4xx), with no retry, in words loaded then', async () => {
    fetchStub.restore();
    fetchStub = stubFetch([422]);
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} min-fill-seconds="0"></waymark-referral-form>`,
    );
    await startForm(el);
    await completeSteps(el);
    await press(el, 'Send my referral');
    await waitUntil(() => heading(el) === 'The service could not accept your referral', 'the refusal');
    expect(root(el).textContent).to.contain('Please contact the service another way');
    expect([...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include(
      'Try sending again',
    );
    expect(active(el)).to.equal($(el, '.heading'));
    await expect(el).to.be.accessible();
  });

  it('asks about the person asking on another’s behalf once "Someone else" is chosen, with its words', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    await startForm(el);
    expect(root(el).querySelector('#f-referrerName')).to.be.null;
    await pick(el, 'who', 'Someone else, who has agreed to it');
    // Their words load on demand; the questions show once they are here.
    await waitUntil(() => root(el).querySelector('#f-referrerName'), 'the questions about the referrer');
    const labels = [...root(el).querySelectorAll('.reveal label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal([
      'Your full name',
      'How do you know them?',
      'Your phone number or email address',
      'They have agreed that I can ask for a link worker for them',
    ]);
    expect(root(el).textContent).to.contain('For example: partner, daughter, neighbour or support worker');
    await expect(el).to.be.accessible();
  });

  it('names the group chosen in the finder, by property or from the page address, and focus() goes to it', async () => {
    history.replaceState(null, '', `${location.pathname}?service=svc-3&service-name=Walking%20group`);
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION}></waymark-referral-form>`,
    );
    // The part naming the group loads only for a form opened from one.
    await waitUntil(() => root(el).querySelector('.service-notice'), 'the notice naming the group');
    expect($(el, '.service-notice').textContent).to.contain('You are asking about: Walking group');
    el.service = { id: 'svc-4', name: 'Men’s Shed' };
    await el.focus();
    expect($(el, '.service-notice').textContent).to.contain('Men’s Shed');
    expect(active(el)).to.equal($(el, '.service-notice'));
    await expect(el).to.be.accessible();
  });

  it('says kindly when the person lives outside the area, with the crisis routes', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} postcode-districts="NG18 NG19"></waymark-referral-form>`,
    );
    await startForm(el);
    await pick(el, 'who', 'Me');
    await press(el, 'Continue');
    await type(el, 'name', 'Sam Patel');
    await type(el, 'dobDay', '9');
    await type(el, 'dobMonth', '4');
    await type(el, 'dobYear', '1961');
    await type(el, 'address', '1 Example Road');
    await type(el, 'postcode', 'LS1 1AA');
    await press(el, 'Continue');
    // The area part of the form is loaded on demand, for a service that names its area.
    await waitUntil(() => heading(el) !== 'About you', 'the area is checked');
    expect(heading(el)).to.equal('This service may not cover where you live');
    expect($(el, '[part="crisis-routes"]')).to.exist;
    await expect(el).to.be.accessible();
    await press(el, 'Change your answers');
    expect(active(el)).to.equal($(el, '#f-postcode'));
  });

  it('offers the service’s GP practices as a list, and goes on when the practice is one of them', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form
        action=${ACTION}
        practices='["Oak Tree Lane Medical Practice", "Forest Town Health Centre"]'
      ></waymark-referral-form>`,
    );
    await startForm(el);
    await pick(el, 'who', 'Me');
    await press(el, 'Continue');
    await waitUntil(() => $(el, 'select#f-gpPractice'), 'the list of practices');
    const select = $<HTMLSelectElement>(el, '#f-gpPractice');
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Choose a GP practice',
      'Oak Tree Lane Medical Practice',
      'Forest Town Health Centre',
      'My GP practice is not on this list',
    ]);
    await type(el, 'name', 'Sam Patel');
    await type(el, 'dobDay', '9');
    await type(el, 'dobMonth', '4');
    await type(el, 'dobYear', '1961');
    await type(el, 'address', '1 Example Road');
    await type(el, 'postcode', 'LS1 1AA');
    select.value = 'Forest Town Health Centre';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await press(el, 'Continue');
    await waitUntil(() => heading(el) !== 'About you', 'the area is checked');
    expect(heading(el)).to.equal('How should a link worker get in touch?');
  });

  it('applies the service age rule', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} min-age="16"></waymark-referral-form>`,
    );
    await startForm(el);
    await pick(el, 'who', 'Me');
    await press(el, 'Continue');
    const year = new Date().getFullYear() - 15;
    await type(el, 'dobDay', '1');
    await type(el, 'dobMonth', '1');
    await type(el, 'dobYear', String(year));
    await press(el, 'Continue');
    await waitUntil(() => $(el, '.error-summary'), 'the error summary');
    expect($(el, '.error-summary').textContent).to.contain('This service is for people aged 16 or over');
  });

  it('refuses to send to an address that is not https, and warns once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<WaymarkReferralForm>(
        html`<waymark-referral-form
          action="http://service.example/referrals"
          min-fill-seconds="0"
          format="xml"
        ></waymark-referral-form>`,
      );
      await startForm(el);
      await completeSteps(el);
      await press(el, 'Send my referral');
      expect(fetchStub.sent).to.have.length(0);
      expect(root(el).textContent).to.contain('This form cannot send referrals at the moment');
      // The words of the warnings load on demand.
      await waitUntil(() => warnings.some((w) => w.includes('action=')), 'the warning');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.filter((w) => w.includes('action="http://service.example/referrals"'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('sends nothing when the hidden field is filled, or when sent too fast', async () => {
    const el = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form action=${ACTION} min-fill-seconds="60"></waymark-referral-form>`,
    );
    await startForm(el);
    await completeSteps(el);
    await press(el, 'Send my referral');
    expect(root(el).textContent).to.contain('Please check your answers, then press Send my referral again.');
    expect(fetchStub.sent).to.have.length(0);
    el.minFillSeconds = 0;
    await press(el, 'Back');
    await type(el, 'website', 'http://spam.example');
    await press(el, 'Continue');
    await press(el, 'Send my referral');
    expect(heading(el)).to.equal('Referral sent');
    expect(fetchStub.sent).to.have.length(0);
  });

  it('takes a site’s own words', async () => {
    const own = await fixture<WaymarkReferralForm>(
      html`<waymark-referral-form
        action=${ACTION}
        .messages=${{ formHeading: 'Refer yourself' }}
      ></waymark-referral-form>`,
    );
    expect(heading(own)).to.equal('Refer yourself');
  });
});
