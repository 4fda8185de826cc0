/**
 * Reads text aloud with the browser's own speech synthesis, one sentence at a
 * time, so the element can highlight the sentence being read. Only ever
 * starts when the person presses play: a screen reader user who is already
 * listening is never talked over. Pausing cancels the speech and remembers
 * the sentence (Chromium's own pause stops for good after about 15 seconds),
 * so playing again carries on from there. Loaded the first time a person
 * presses "Read aloud": most visits never need it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { intlLocale, type Locale } from '../../i18n/catalogue.js';
import { speech, type Speech } from './speech.js';

export type ReadAloudState = 'idle' | 'playing' | 'paused';

/** Why reading aloud cannot happen or has stopped. */
export type ReadAloudProblem = 'unsupported' | 'stopped';

export interface ReadItem {
  /** The sentence to highlight while it is read; none for words shown elsewhere. */
  readonly id?: string;
  readonly text: string;
}

/** The best voice for `locale`: the exact regional one (en-GB, cy-GB), else any of the language. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | undefined {
  const tag = intlLocale(locale).toLowerCase();
  const language = locale;
  const lang = (v: SpeechSynthesisVoice): string => v.lang.replace('_', '-').toLowerCase();
  return voices.find((v) => lang(v) === tag) ?? voices.find((v) => lang(v).split('-')[0] === language);
}

export class ReadAloudController implements ReactiveController {
  state: ReadAloudState = 'idle';
  /** The id of the sentence being read, or paused at. */
  current: string | undefined;
  problem: ReadAloudProblem | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #items: () => readonly ReadItem[];
  readonly #locale: () => Locale;
  #queue: readonly ReadItem[] = [];
  #index = 0;
  // Each start or stop begins a new run, so events from cancelled speech are ignored.
  #run = 0;

  constructor(host: ReactiveControllerHost, items: () => readonly ReadItem[], locale: () => Locale) {
    this.#host = host;
    this.#items = items;
    this.#locale = locale;
    host.addController(this);
  }

  /** Whether the browser has voices but none for the language: it would read with the wrong accent. */
  get lacksVoice(): boolean {
    const voices = speech()?.synthesis.getVoices?.() ?? [];
    return voices.length > 0 && !pickVoice(voices, this.#locale());
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  /** Play from the start, or carry on from where it paused; pause when playing. */
  toggle(): void {
    if (this.state === 'playing') this.pause();
    else this.play();
  }

  play(): void {
    const engine = speech();
    if (!engine) {
      this.problem = 'unsupported';
      this.#host.requestUpdate();
      return;
    }
    if (this.state === 'idle') {
      this.#queue = this.#items();
      this.#index = 0;
    }
    this.problem = undefined;
    engine.synthesis.cancel();
    this.#speak(engine);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.#run++;
    this.state = 'paused';
    speech()?.synthesis.cancel();
    this.#host.requestUpdate();
  }

  /** Stop and forget the place: the content or its language changed, or the element left the page. */
  stop(): void {
    if (this.state === 'idle') return;
    if (this.state === 'playing') speech()?.synthesis.cancel();
    this.#run++;
    this.state = 'idle';
    this.current = undefined;
    this.#index = 0;
    this.#host.requestUpdate();
  }

  #speak(engine: Speech): void {
    const item = this.#queue[this.#index];
    const run = ++this.#run;
    if (!item) return this.stop();
    const utterance = new engine.Utterance(item.text);
    const locale = this.#locale();
    utterance.lang = intlLocale(locale);
    const voice = pickVoice(engine.synthesis.getVoices?.() ?? [], locale);
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.addEventListener('end', () => {
      if (run !== this.#run) return;
      this.#index++;
      this.#speak(engine);
    });
    utterance.addEventListener('error', (event) => {
      if (run !== this.#run || event.error === 'interrupted' || event.error === 'canceled') return;
      this.problem = 'stopped';
      this.stop();
    });
    this.state = 'playing';
    this.current = item.id;
    this.#host.requestUpdate();
    engine.synthesis.speak(utterance);
  }
}
