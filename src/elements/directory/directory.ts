import { ContextProvider } from '@lit/context';
import type { DirectoryClient } from '../../data/directory/client.js';
import { clientForAttributes, directoryContext } from '../shared/directory-context.js';
import type { DirectoryAttributes } from '../shared/directory-context.js';

type Settings = { -readonly [K in keyof DirectoryAttributes]: DirectoryAttributes[K] };

/** Each attribute and the property it sets. */
const ATTRIBUTES: Readonly<Record<string, keyof Settings>> = {
  src: 'src',
  dialect: 'dialect',
  'postcode-api': 'postcodeApi',
  cache: 'cache',
  'local-threshold': 'localThreshold',
};

let hostStyles: CSSStyleSheet | undefined;

/** A shadow root that shows the element's children laid out as if they were its parent's own: it adds no box. */
function showChildren(host: HTMLElement): void {
  const root = host.attachShadow({ mode: 'open' });
  if (!hostStyles) {
    hostStyles = new CSSStyleSheet();
    hostStyles.replaceSync(':host{display:contents}');
  }
  root.adoptedStyleSheets = [hostStyles];
  root.append(document.createElement('slot'));
}

/**
 * Holds the connection to one directory for every Waymark widget inside it,
 * so the directory is read once however many widgets show it. Widgets find it
 * whichever order the elements are defined in; a widget with its own `src`
 * uses that instead.
 *
 * It shows nothing of its own, so it is a plain custom element rather than a
 * Lit one: a page that only reads a directory does not download a renderer,
 * and the widgets inside bring Lit with them.
 *
 * @tagname waymark-directory
 * @summary An invisible provider: the widgets inside it show groups and activities from the directory at `src`.
 *
 * @slot - The widgets, and any other content, shown as they are.
 */
export class WaymarkDirectory extends HTMLElement {
  static readonly observedAttributes = Object.keys(ATTRIBUTES);

  readonly #settings: Settings = {};
  readonly #provider = new ContextProvider(this, { context: directoryContext });
  #update: Promise<boolean> | undefined;

  constructor() {
    super();
    showChildren(this);
  }

  /**
   * The base URL of the directory's API, e.g. `https://directory.example.gov.uk/api/v3`.
   * A relative URL ("/api/v3") resolves against the page's address.
   * @attr src
   */
  get src(): string | undefined {
    return this.#get('src');
  }
  set src(value: string | undefined) {
    this.#set('src', value);
  }

  /**
   * The directory's format when known (`oruk-v3`, `oruk-v1` or `outpost`); worked out from the API when absent.
   * @attr dialect
   */
  get dialect(): string | undefined {
    return this.#get('dialect');
  }
  set dialect(value: string | undefined) {
    this.#set('dialect', value);
  }

  /**
   * The base of a postcodes.io-shaped API for postcode searches (default: postcodes.io).
   * @attr postcode-api
   */
  get postcodeApi(): string | undefined {
    return this.#get('postcodeApi');
  }
  set postcodeApi(value: string | undefined) {
    this.#set('postcodeApi', value);
  }

  /**
   * `memory` (the default) or `session`: also keep answers for 10 minutes in sessionStorage, for other pages of the site.
   * @attr cache
   */
  get cache(): string | undefined {
    return this.#get('cache');
  }
  set cache(value: string | undefined) {
    this.#set('cache', value);
  }

  /**
   * Directories with at most this many services are loaded whole and searched in the browser (default 2000).
   * @attr local-threshold
   */
  get localThreshold(): number | undefined {
    return this.#get('localThreshold');
  }
  set localThreshold(value: number | undefined) {
    this.#set('localThreshold', value);
  }

  /** The client the widgets inside are given, once `src` is set. */
  get client(): DirectoryClient | undefined {
    return this.#provider.value;
  }

  /**
   * Resolves once the widgets inside have been given the client for the attributes set so far
   * (changes made together are applied together, at the end of the current task).
   */
  get updateComplete(): Promise<boolean> {
    return this.#update ?? Promise.resolve(true);
  }

  connectedCallback(): void {
    // Tells any provider above that a nearer one is here, so the widgets inside ask this one.
    this.#provider.hostConnected();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const key = ATTRIBUTES[name];
    if (key === 'localThreshold') this.#set(key, value === null ? undefined : Number(value));
    else if (key) this.#set(key, value ?? undefined);
  }

  #get<K extends keyof Settings>(key: K): Exclude<Settings[K], null> {
    return (this.#settings[key] ?? undefined) as Exclude<Settings[K], null>;
  }

  #set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    if (this.#settings[key] === value) return;
    this.#settings[key] = value;
    // A client per set of attributes, shared with any widget naming the same ones; made once for
    // attributes set together, so a page that sets src and then dialect does not start two.
    this.#update ??= Promise.resolve().then(() => {
      this.#update = undefined;
      this.#provider.setValue(clientForAttributes(this.localName, this.#settings));
      return true;
    });
  }
}
