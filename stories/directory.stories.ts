import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/directory/index.js';

/**
 * `<waymark-directory>` shows nothing of its own: it connects once to a directory and gives that
 * connection to every widget inside it. Its only state a person can see is its content, shown as it is.
 */
const meta: Meta = {
  title: 'Elements/Directory',
  component: 'waymark-directory',
  args: { src: 'https://directory.example.gov.uk/api/v3' },
  render: ({ src }) => html`
    <waymark-directory src=${src}>
      <h2>Groups and activities near you</h2>
      <p>The widgets inside this element read the directory at ${src}.</p>
    </waymark-directory>
  `,
};

export default meta;

export const WithContent: StoryObj = {};

export const Empty: StoryObj = {
  render: ({ src }) => html`<waymark-directory src=${src}></waymark-directory>`,
};
