import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import type { DirectoryClient } from '../../data/directory/client.js';
import { attachContextRoot, clientForAttributes, directoryContext } from '../shared/directory-context.js';

const CLIENT_ATTRIBUTES = ['src', 'dialect', 'postcodeApi', 'cache', 'localThreshold'] as const;

/**
 * Holds the connection to one directory for every Waymark widget inside it,
 * so the directory is read once however many widgets show it. Widgets find it
 * whichever order the elements are defined in; a widget with its own `src`
 * uses that instead.
 *
 * @tagname waymark-directory
 * @summary An invisible provider: the widgets inside it show groups and activities from the directory at `src`.
 *
 * @slot - The widgets, and any other content, shown as they are.
 */
export class WaymarkDirectory extends LitElement {
  static override properties = {
    src: {},
    dialect: {},
    postcodeApi: { attribute: 'postcode-api' },
    cache: {},
    localThreshold: { type: Number, attribute: 'local-threshold' },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * The base URL of the directory's API, e.g. `https://directory.example.gov.uk/api/v3`.
   * A relative URL ("/api/v3") resolves against the page's address.
   */
  src?: string;

  /** The directory's format when known (`oruk-v3`, `oruk-v1` or `outpost`); worked out from the API when absent. */
  dialect?: string;

  /** The base of a postcodes.io-shaped API for postcode searches (default: postcodes.io). */
  postcodeApi?: string;

  /** `memory` (the default) or `session`: also keep answers for 10 minutes in sessionStorage, for other pages of the site. */
  cache?: string;

  /** Directories with at most this many services are loaded whole and searched in the browser (default 2000). */
  localThreshold?: number;

  readonly #provider = new ContextProvider(this, { context: directoryContext });

  constructor() {
    super();
    attachContextRoot();
  }

  /** The client the widgets inside are given, once `src` is set. */
  get client(): DirectoryClient | undefined {
    return this.#provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!CLIENT_ATTRIBUTES.some((name) => changed.has(name))) return;
    // A client per set of attributes, shared with any widget naming the same ones.
    this.#provider.setValue(
      clientForAttributes(this.localName, {
        src: this.src,
        dialect: this.dialect,
        postcodeApi: this.postcodeApi,
        cache: this.cache,
        localThreshold: this.localThreshold,
      }),
    );
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
