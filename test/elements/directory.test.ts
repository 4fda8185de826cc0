import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { clientFor } from '../../src/data/directory/client.js';
import { WaymarkDirectory as WaymarkDirectoryClass } from '../../src/elements/directory/index.js';
import type { WaymarkDirectory } from '../../src/elements/directory/index.js';
import { directoryContext } from '../../src/elements/shared/directory-context.js';
import { DirectoryController } from '../../src/elements/shared/directory-controller.js';

/** The smallest widget: shows which directory it was given. */
class DirectoryProbe extends LitElement {
  @property() src?: string;
  @property() dialect?: string;
  @property({ attribute: 'postcode-api' }) postcodeApi?: string;
  readonly directory = new DirectoryController(this);
  renders = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): unknown {
    this.renders++;
    return html`<p>${this.directory.client?.src ?? 'No directory'}</p>`;
  }
}
customElements.define('directory-probe', DirectoryProbe);

declare global {
  interface HTMLElementTagNameMap {
    'directory-probe': DirectoryProbe;
  }
}

const V3 = 'https://directory.example.gov.uk/api/v3';
const V1 = 'https://council.example.gov.uk/api/v1';

/** Captures console.warn for the length of one test. */
function capturedWarnings(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.warn = original) };
}

describe('<waymark-directory>', () => {
  it('shows only its children, and passes the accessibility check', async () => {
    const el = await fixture<WaymarkDirectory>(
      html`<waymark-directory src=${V3}><p>Groups near you</p></waymark-directory>`,
    );
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.textContent).to.contain('Groups near you');
    await expect(el).to.be.accessible();
  });

  it('gives its client to a widget inside it', async () => {
    const el = await fixture<WaymarkDirectory>(
      html`<waymark-directory src=${V3}><directory-probe></directory-probe></waymark-directory>`,
    );
    const probe = el.querySelector('directory-probe')!;
    await probe.updateComplete;
    expect(probe.directory.client).to.equal(el.client);
    expect(probe.directory.client!.src).to.equal(V3);
    expect(probe.textContent).to.contain(V3);
    await expect(probe).to.be.accessible();
  });

  it('gives every widget inside the same client, the one clientFor gives for that src', async () => {
    const el = await fixture<WaymarkDirectory>(html`
      <waymark-directory src=${V3}>
        <directory-probe></directory-probe>
        <section><directory-probe></directory-probe></section>
      </waymark-directory>
    `);
    const [first, second] = [...el.querySelectorAll('directory-probe')];
    expect(first!.directory.client).to.equal(second!.directory.client);
    expect(first!.directory.client).to.equal(clientFor({ src: V3 }));
  });

  it('gives a new client to its widgets when src changes, and they render again', async () => {
    const el = await fixture<WaymarkDirectory>(
      html`<waymark-directory src=${V3}><directory-probe></directory-probe></waymark-directory>`,
    );
    const probe = el.querySelector('directory-probe')!;
    await probe.updateComplete;
    const before = probe.directory.client;
    el.src = V1;
    await el.updateComplete;
    await waitUntil(() => probe.textContent!.includes(V1), 'the widget should show the new directory');
    expect(probe.directory.client).not.to.equal(before);
    expect(probe.directory.client!.src).to.equal(V1);
  });

  it('applies attributes changed together at once: one new client, not one per change', async () => {
    const el = await fixture<WaymarkDirectory>(html`<waymark-directory src=${V3}><div></div></waymark-directory>`);
    const given: unknown[] = [];
    const child = el.querySelector('div')!;
    child.dispatchEvent(new ContextEvent(directoryContext, child, (client) => given.push(client), true));
    expect(given).to.deep.equal([el.client]);
    el.src = V1;
    el.setAttribute('dialect', 'oruk-v1');
    el.setAttribute('local-threshold', '50');
    expect(el.localThreshold).to.equal(50);
    await el.updateComplete;
    expect(given).to.have.length(2);
    expect(given[1]).to.equal(clientFor({ src: V1, dialect: 'oruk-v1', localThreshold: 50 }));
    expect(el.client).to.equal(given[1]);
  });

  it('hands its widgets on to a nested directory that upgrades after them', async () => {
    const outer = await fixture<WaymarkDirectory>(html`
      <waymark-directory src=${V3}>
        <nested-directory src=${V1}><directory-probe></directory-probe></nested-directory>
      </waymark-directory>
    `);
    const probe = outer.querySelector('directory-probe')!;
    await probe.updateComplete;
    // Until the nested one is defined, the outer directory is the nearest.
    expect(probe.directory.client!.src).to.equal(V3);
    customElements.define('nested-directory', class extends WaymarkDirectoryClass {});
    const inner = outer.querySelector('nested-directory') as WaymarkDirectory;
    await inner.updateComplete;
    await waitUntil(() => probe.textContent!.includes(V1), 'the widget should read the nearer directory');
    expect(probe.directory.client).to.equal(inner.client);
    expect(outer.client!.src).to.equal(V3);
  });

  it('reaches a widget defined after the provider is already on the page', async () => {
    const el = await fixture<WaymarkDirectory>(
      html`<waymark-directory src=${V3}><late-directory-probe></late-directory-probe></waymark-directory>`,
    );
    const late = el.querySelector('late-directory-probe')!;
    customElements.define('late-directory-probe', class extends DirectoryProbe {});
    const probe = late as DirectoryProbe;
    await probe.updateComplete;
    expect(probe.directory.client).to.equal(el.client);
  });

  it('resolves a relative src against the page’s base URL', async () => {
    const el = await fixture<WaymarkDirectory>(html`<waymark-directory src="/api/v3"></waymark-directory>`);
    expect(el.client!.src).to.equal(new URL('/api/v3', document.baseURI).href);
  });

  it('warns about a bad attribute value and keeps working with the default', async () => {
    const warnings = capturedWarnings();
    try {
      const el = await fixture<WaymarkDirectory>(html`
        <waymark-directory src=${V3} dialect="oruk-v9" local-threshold="lots" cache="forever">
          <directory-probe></directory-probe>
        </waymark-directory>
      `);
      expect(el.client!.src).to.equal(V3);
      expect(el.querySelector('directory-probe')!.directory.client).to.equal(el.client);
      // The words load on demand, so the warnings come a moment later.
      await waitUntil(() => warnings.lines.length >= 3, 'three warnings');
      expect(warnings.lines.some((line) => line.includes('dialect="oruk-v9"'))).to.equal(true);
      expect(warnings.lines.some((line) => line.includes('local-threshold'))).to.equal(true);
      expect(warnings.lines.some((line) => line.includes('cache="forever"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('has no client, and its widgets none, while it has no src', async () => {
    const el = await fixture<WaymarkDirectory>(
      html`<waymark-directory><directory-probe></directory-probe></waymark-directory>`,
    );
    const probe = el.querySelector('directory-probe')!;
    await probe.updateComplete;
    expect(el.client).to.equal(undefined);
    expect(probe.textContent).to.contain('No directory');
  });
});

describe('a widget’s DirectoryController', () => {
  it('uses the widget’s own src when there is no provider', async () => {
    const probe = await fixture<DirectoryProbe>(html`<directory-probe src=${V1}></directory-probe>`);
    expect(probe.directory.client).to.equal(clientFor({ src: V1 }));
    expect(probe.textContent).to.contain(V1);
    await expect(probe).to.be.accessible();
  });

  it('prefers the widget’s own src to the provider’s', async () => {
    const el = await fixture<WaymarkDirectory>(
      html`<waymark-directory src=${V3}><directory-probe src=${V1}></directory-probe></waymark-directory>`,
    );
    const probe = el.querySelector('directory-probe')!;
    expect(probe.directory.client!.src).to.equal(V1);
    expect(probe.directory.client).not.to.equal(el.client);
  });

  it('goes back to the provider’s client when the widget’s own src is removed', async () => {
    const el = await fixture<WaymarkDirectory>(
      html`<waymark-directory src=${V3}><directory-probe src=${V1}></directory-probe></waymark-directory>`,
    );
    const probe = el.querySelector('directory-probe')!;
    probe.removeAttribute('src');
    await probe.updateComplete;
    expect(probe.directory.client).to.equal(el.client);
    expect(probe.textContent).to.contain(V3);
  });

  it('shares one client between a widget and a provider naming the same src', async () => {
    const el = await fixture<WaymarkDirectory>(
      html`<waymark-directory src=${V3}><directory-probe src=${V3}></directory-probe></waymark-directory>`,
    );
    expect(el.querySelector('directory-probe')!.directory.client).to.equal(el.client);
  });

  it('warns once about a bad dialect on the widget, however often it renders', async () => {
    const warnings = capturedWarnings();
    try {
      const probe = await fixture<DirectoryProbe>(html`<directory-probe src=${V1} dialect="rss"></directory-probe>`);
      probe.requestUpdate();
      await probe.updateComplete;
      expect(probe.renders).to.be.greaterThan(1);
      expect(probe.directory.client!.src).to.equal(V1);
      await waitUntil(() => warnings.lines.length > 0, 'a warning');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.lines.filter((line) => line.includes('dialect="rss"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
