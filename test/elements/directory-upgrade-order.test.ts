/**
 * A page where the widget is defined, and already on the page, before
 * `<waymark-directory>` is defined: scripts load in any order. This file must
 * not import the directory element statically, so it has a page of its own.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { LitElement } from 'lit';
import type { WaymarkDirectory } from '../../src/elements/directory/directory.js';
import { consumeDirectory } from '../../src/elements/event-calendar/directory-link.js';
import { DirectoryController } from '../../src/elements/shared/directory-controller.js';

class EarlyProbe extends LitElement {
  readonly directory = new DirectoryController(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): unknown {
    return html`<p>${this.directory.client?.src ?? 'No directory'}</p>`;
  }
}
customElements.define('early-probe', EarlyProbe);

/** The calendar's way in: it reaches the directory without importing the client. */
class EarlyCalendarProbe extends LitElement {
  readonly directory = consumeDirectory(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): unknown {
    return html`<p>${this.directory.value?.src ?? 'No directory'}</p>`;
  }
}
customElements.define('early-calendar-probe', EarlyCalendarProbe);

const SRC = 'https://directory.example.gov.uk/api/v3';

describe('a widget upgraded before <waymark-directory> is defined', () => {
  it('receives the client once the provider is defined', async () => {
    // By hand, not fixture(): that waits a frame for an element it cannot await, and a background tab may have none.
    const host = document.body.appendChild(document.createElement('div'));
    const page = html`
      <waymark-directory src=${SRC}>
        <div><early-probe></early-probe></div>
      </waymark-directory>
    `;
    render(page, host);
    const el = host.querySelector('waymark-directory') as WaymarkDirectory;
    const probe = el.querySelector<EarlyProbe>('early-probe')!;
    await probe.updateComplete;
    expect(customElements.get('waymark-directory')).to.equal(undefined);
    expect(probe.directory.client).to.equal(undefined);

    await import('../../src/elements/directory/index.js');

    await waitUntil(() => probe.directory.client !== undefined, 'the widget should be given a client');
    expect(probe.directory.client).to.equal(el.client);
    expect(probe.directory.client!.src).to.equal(SRC);
    await waitUntil(() => probe.textContent!.includes(SRC), 'the widget should render with its client');
    await expect(el).to.be.accessible();
    host.remove();
  });

  it('gives the calendar its client too, once a provider is defined', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    render(html`<later-directory src=${SRC}><early-calendar-probe></early-calendar-probe></later-directory>`, host);
    const probe = host.querySelector<EarlyCalendarProbe>('early-calendar-probe')!;
    await probe.updateComplete;
    expect(probe.directory.value).to.equal(undefined);

    const { WaymarkDirectory } = await import('../../src/elements/directory/index.js');
    customElements.define('later-directory', class extends WaymarkDirectory {});

    const el = host.querySelector('later-directory') as WaymarkDirectory;
    await waitUntil(() => probe.directory.value !== undefined, 'the calendar should be given a client');
    expect(probe.directory.value).to.equal(el.client);
    await waitUntil(() => probe.textContent!.includes(SRC), 'the calendar should render with its client');
    host.remove();
  });
});
