import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/easy-read/index.js';

/**
 * `<waymark-easy-read>` explains social prescribing in Easy Read: what it is, what happens next, that it is
 * free and your choice, what it is not, and how to get it. Short sentences, a picture beside each idea,
 * read-aloud on request, text size and contrast kept on the device, and an ordinary-text mode.
 */
const meta: Meta = {
  title: 'Elements/Easy read',
  component: 'waymark-easy-read',
  render: () => html`<waymark-easy-read></waymark-easy-read>`,
};

export default meta;

/** The default content: a service that has set none of its own figures, and no referral form. */
export const EasyRead: StoryObj = {};

/** The same facts as ordinary prose, for people who prefer it. */
export const Standard: StoryObj = {
  render: () => html`<waymark-easy-read mode="standard"></waymark-easy-read>`,
};

/** In Welsh, from the page's language. */
export const Welsh: StoryObj = {
  render: () => html`<div lang="cy"><waymark-easy-read referral-url="/atgyfeirio"></waymark-easy-read></div>`,
};

export const WelshStandard: StoryObj = {
  render: () => html`<div lang="cy"><waymark-easy-read mode="standard"></waymark-easy-read></div>`,
};

/** A service's own figures, names, places, phone number, referral form, crisis line and one section of its own. */
export const ServiceConfiguration: StoryObj = {
  render: () => html`
    <waymark-easy-read
      config=${JSON.stringify({
        serviceName: 'Mansfield Community Links',
        area: 'Mansfield',
        phone: '01632 960123',
        callWithinWeeks: 3,
        firstMeetingMinutes: 90,
        meetings: 8,
        meetingWeeks: 16,
        meetingPlaces: ['practice', 'video', 'community'],
        crisisRoutes: [
          { text: 'Call 999 if you or someone else is in danger now.', call: '999' },
          { text: 'Call our duty team, Monday to Friday, 9am to 5pm.', call: '01632 960000' },
        ],
        sections: [
          {
            id: 'interpreters',
            heading: 'If you need an interpreter',
            sentences: ['We can book an interpreter for you.', 'It is free.'],
            picture: 'link-worker',
            pictureAlt: 'A link worker with a name badge',
            after: 'first-meeting',
          },
        ],
      })}
      referral-url="https://example.org/refer-yourself"
    ></waymark-easy-read>
  `,
};

/** Under a page heading of level 2, so its own headings start at level 3. */
export const UnderAPageHeading: StoryObj = {
  render: () => html`
    <h2>What happens when you ask for support</h2>
    <waymark-easy-read heading-level="3" nation="wales"></waymark-easy-read>
  `,
};
