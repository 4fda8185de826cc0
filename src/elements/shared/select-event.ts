/**
 * `waymark-select`: a person chose a service, on the map, in a list, or with
 * "see this group in the finder" in the calendar. One declaration for every
 * element that fires it, so the event map has one type.
 */
export interface WaymarkSelectDetail {
  /** The service's id in the directory. */
  readonly id: string;
}

declare global {
  interface HTMLElementEventMap {
    'waymark-select': CustomEvent<WaymarkSelectDetail>;
  }
}
