/**
 * How every widget gets its directory client: from its own `src` when it has
 * one, else from the nearest `<waymark-directory>`, whichever upgrades first.
 * The host updates whenever the client it should use changes.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { DirectoryClient } from '../../data/directory/client.js';
import { askAgainWhenProvided } from './ask-again.js';
import { clientForAttributes, directoryContext } from './directory-context.js';

/** A widget that may name its own directory; all three are optional. */
export interface DirectoryConsumerHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null | undefined;
  dialect?: string | null | undefined;
  postcodeApi?: string | null | undefined;
}

export class DirectoryController {
  readonly #host: DirectoryConsumerHost;
  readonly #provided: ContextConsumer<typeof directoryContext, DirectoryConsumerHost>;
  #own: { readonly key: string; readonly client: DirectoryClient | undefined } | undefined;

  constructor(host: DirectoryConsumerHost) {
    this.#host = host;
    // Subscribed: a provider whose src changes hands its new client on, and the consumer requests an update.
    this.#provided = new ContextConsumer(host, { context: directoryContext, subscribe: true });
    // A provider defined later answers it all the same.
    askAgainWhenProvided(host, this.#provided, directoryContext);
  }

  /** The client this widget should use now, or undefined while there is none. */
  get client(): DirectoryClient | undefined {
    const { src, dialect, postcodeApi } = this.#host;
    if (!src) return this.#provided.value;
    const key = JSON.stringify([src, dialect, postcodeApi]);
    // Remembered by attributes, so a bad value is warned about once, not at every render.
    if (this.#own?.key !== key) {
      const client = clientForAttributes(this.#host.localName, { src, dialect, postcodeApi });
      this.#own = { key, client };
    }
    return this.#own.client;
  }
}
