import { LitElement, type PropertyValues } from 'lit';
import type { EventFeed } from '../../data/events/event-model.js';

/**
 * One source of events for the `<waymark-event-calendar>` it sits in. Put
 * several inside one calendar to show them together; each is named, so if
 * one cannot be loaded the calendar says which, and shows the others.
 *
 * @tagname waymark-source
 * @summary A named source of events (a directory, an OpenActive feed or an iCalendar file) for the event calendar around it.
 */
export class WaymarkSource extends LitElement {
  static override properties = {
    src: {},
    dialect: {},
    name: {},
    feed: { attribute: false },
  };

  /** The address of the directory API, OpenActive feed or `.ics` file. A relative address resolves against the page. */
  src?: string;

  /** `openactive`, `ical`, or a directory format (`oruk-v3`, `oruk-v1`, `outpost`); a directory is assumed when absent. */
  dialect?: string;

  /** What people call this source, used when it cannot be loaded: "the Forest Town Bugle listings". */
  name?: string;

  /** Events already in memory, in place of `src`: for sites that build their own feed. */
  feed?: EventFeed | (() => Promise<EventFeed>);

  protected override createRenderRoot(): HTMLElement {
    // Shows nothing: the calendar reads it.
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hidden = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The calendar around it reads its sources again.
    this.parentElement?.dispatchEvent(new Event('waymark-source-change'));
  }
}
