/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// The manifest (`npm run analyze`, run by `build-storybook`) gives every story its attributes, events,
// slots and parts as docs and controls. A glob, so a first `npm run storybook` before analyze still starts.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // Every story is checked by axe in the a11y panel; a violation shows as an error, not a hint.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
