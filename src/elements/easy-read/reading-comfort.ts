/**
 * The person's reading comfort: text size, high contrast, more space between
 * lines. Kept on the device (localStorage) so it is the same next time and on
 * every page with the explainer; a browser that refuses storage still gets the
 * settings for this visit.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ReadingComfort {
  /** An index into TEXT_SIZES. */
  readonly size: number;
  readonly contrast: boolean;
  readonly spacing: boolean;
}

/** Text size steps, as multiples of the explainer's base size. */
export const TEXT_SIZES: readonly number[] = [0.85, 1, 1.2, 1.4, 1.7];

export const DEFAULT_COMFORT: ReadingComfort = { size: 1, contrast: false, spacing: false };

export const COMFORT_STORAGE_KEY = 'waymark.easy-read.comfort';

/** Settings from storage, each checked; anything unreadable is the default. */
export function readComfort(stored: string | null): ReadingComfort {
  try {
    const value = JSON.parse(stored ?? '{}') as Partial<Record<keyof ReadingComfort, unknown>>;
    const size = Number.isInteger(value.size) && TEXT_SIZES[value.size as number] ? (value.size as number) : 1;
    return { size, contrast: value.contrast === true, spacing: value.spacing === true };
  } catch {
    return DEFAULT_COMFORT;
  }
}

export class ReadingComfortController implements ReactiveController {
  value: ReadingComfort = DEFAULT_COMFORT;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    try {
      this.value = readComfort(localStorage.getItem(COMFORT_STORAGE_KEY));
    } catch {
      // Storage blocked (private mode, a sandboxed frame): the defaults for this visit.
    }
  }

  change(change: Partial<ReadingComfort>): void {
    const size = Math.min(TEXT_SIZES.length - 1, Math.max(0, change.size ?? this.value.size));
    this.value = { ...this.value, ...change, size };
    try {
      localStorage.setItem(COMFORT_STORAGE_KEY, JSON.stringify(this.value));
    } catch {
      // Kept for this visit only.
    }
    this.#host.requestUpdate();
  }
}
