import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/referral-form/index.js';
import type { WaymarkReferralForm } from '../src/elements/referral-form/index.js';

/**
 * `<waymark-referral-form>`: a person asks a link worker for help. Each story below opens the form at one
 * step or state a person can reach, by answering the questions before it in its `play` function.
 * Stories send to a fake address and cancel `waymark-submit`, so nothing leaves Storybook, except
 * "Not sent yet", which lets the send fail.
 */
const meta: Meta = {
  title: 'Elements/Referral form',
  component: 'waymark-referral-form',
  args: { lang: 'en', serviceName: '', minAge: 18, gpPractice: 'optional', practices: '', postcodeDistricts: '' },
  render: ({ lang, serviceName, minAge, gpPractice, practices, postcodeDistricts }) => html`
    <waymark-referral-form
      lang=${lang}
      action="https://referrals.example/api"
      service-name=${serviceName}
      min-age=${minAge}
      gp-practice=${gpPractice}
      practices=${practices}
      postcode-districts=${postcodeDistricts}
      min-fill-seconds="0"
      privacy-url="https://example.org/privacy"
      @waymark-submit=${(event: Event) => {
        if ((event.target as HTMLElement).dataset['send'] !== 'yes') event.preventDefault();
      }}
    ></waymark-referral-form>
  `,
};

export default meta;
type Story = StoryObj;

const form = (canvas: HTMLElement): WaymarkReferralForm =>
  canvas.querySelector('waymark-referral-form') as WaymarkReferralForm;
const root = (el: WaymarkReferralForm): ShadowRoot => el.shadowRoot as ShadowRoot;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function type(el: WaymarkReferralForm, field: string, value: string): Promise<void> {
  const input = root(el).querySelector(`#f-${field}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function pick(el: WaymarkReferralForm, label: string): Promise<void> {
  const match = [...root(el).querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  root(el)
    .getElementById(match?.htmlFor ?? '')
    ?.click();
  await el.updateComplete;
}

async function press(el: WaymarkReferralForm, name: string): Promise<void> {
  [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name)?.click();
  await settle();
  await el.updateComplete;
}

/** Answers every step up to `stop` (a step heading), with good answers. */
async function answerUpTo(el: WaymarkReferralForm, stop: string, safety = 'No'): Promise<void> {
  await el.updateComplete;
  const steps: [string, () => Promise<void>][] = [
    ['start', async () => (await pick(el, safety), await press(el, 'Start'))],
    ['Who are you asking for?', async () => (await pick(el, 'Me'), await press(el, 'Continue'))],
    [
      'About you',
      async () => {
        await type(el, 'name', 'Sam Patel');
        await type(el, 'dobDay', '9');
        await type(el, 'dobMonth', '4');
        await type(el, 'dobYear', '1961');
        await type(el, 'address', '1 Example Road, Mansfield');
        await type(el, 'postcode', 'NG18 1AB');
        await press(el, 'Continue');
      },
    ],
    [
      'How should a link worker get in touch?',
      async () => (await pick(el, 'Phone call'), await type(el, 'phone', '01632 960123'), await press(el, 'Continue')),
    ],
    ['Help with communication', () => press(el, 'Continue')],
    [
      'What would you like help with?',
      async () => (await pick(el, 'Feeling lonely or cut off'), await press(el, 'Continue')),
    ],
    ['Meeting a link worker', () => press(el, 'Continue')],
    [
      'Your agreement',
      async () => (
        await pick(el, 'I agree that a link worker can contact me, or the person I am asking for, about this'),
        await pick(el, 'Yes'),
        await press(el, 'Continue')
      ),
    ],
  ];
  for (const [name, answer] of steps) {
    if (name === stop) return;
    await answer();
    if (stop === 'crisis') return;
  }
}

export const FirstPage: Story = {};

export const FromAGroupInTheFinder: Story = { args: { serviceName: 'Memory Café at the Library' } };

export const InWelsh: Story = { args: { lang: 'cy' } };

export const CrisisRoutesAfterYes: Story = {
  play: ({ canvasElement }) => answerUpTo(form(canvasElement), 'crisis', 'Yes'),
};

export const WhoIsThisFor: Story = {
  play: ({ canvasElement }) => answerUpTo(form(canvasElement), 'Who are you asking for?'),
};

export const SomeoneElseWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await answerUpTo(el, 'Who are you asking for?');
    await pick(el, 'Someone else, who has agreed to it');
    // The questions about the person asking load when "Someone else" is chosen.
    await settle();
    await press(el, 'Continue');
  },
};

export const AboutYouWithErrors: Story = {
  args: { minAge: 16, gpPractice: 'required' },
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await answerUpTo(el, 'About you');
    await type(el, 'dobDay', '31');
    await type(el, 'dobMonth', '2');
    await type(el, 'postcode', 'NG18');
    await type(el, 'nhsNumber', '943 476 5918');
    await press(el, 'Continue');
  },
};

export const AboutYouWithAListOfPractices: Story = {
  args: { practices: '["Oak Tree Lane Medical Practice", "Forest Town Health Centre"]' },
  play: ({ canvasElement }) => answerUpTo(form(canvasElement), 'About you'),
};

export const OutsideTheArea: Story = {
  args: { postcodeDistricts: 'NG19 NG20' },
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await answerUpTo(el, 'About you');
    await answerUpTo(el, 'none');
  },
};

export const HowToContact: Story = {
  play: ({ canvasElement }) => answerUpTo(form(canvasElement), 'How should a link worker get in touch?'),
};

export const CommunicationNeeds: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await answerUpTo(el, 'Help with communication');
    await pick(el, 'An interpreter for another language');
    await pick(el, 'Something else');
    // What they reveal loads when first chosen.
    await settle();
    await press(el, 'Continue');
  },
};

export const WhatHelp: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await answerUpTo(el, 'What would you like help with?');
    await type(el, 'whatMatters', 'I would like to meet people. My husband died last year and I rarely go out.');
  },
};

export const Preferences: Story = {
  play: ({ canvasElement }) => answerUpTo(form(canvasElement), 'Meeting a link worker'),
};

export const Agreement: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await answerUpTo(el, 'Your agreement');
    await press(el, 'Continue');
  },
};

export const CheckYourAnswers: Story = {
  play: ({ canvasElement }) => answerUpTo(form(canvasElement), 'none'),
};

export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await answerUpTo(el, 'none');
    await press(el, 'Send my referral');
    el.showSent('WM-7K3D-QX9P');
  },
};

export const NotSentYet: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    el.dataset['send'] = 'yes';
    el.timeout = 1;
    await answerUpTo(el, 'none');
    await press(el, 'Send my referral');
  },
};

export const CannotSend: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await answerUpTo(el, 'none');
    // An address that is not https: the form refuses to send (and says so in the console).
    el.action = 'http://referrals.example/api';
    await press(el, 'Send my referral');
  },
};
