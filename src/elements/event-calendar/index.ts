import { defineElement } from '../shared/define.js';
import { WaymarkEventCalendar } from './event-calendar.js';
import { WaymarkSource } from './source.js';

export { WaymarkEventCalendar } from './event-calendar.js';
export type { CalendarView } from './event-calendar.js';
export { WaymarkSource } from './source.js';

defineElement('waymark-source', WaymarkSource);
defineElement('waymark-event-calendar', WaymarkEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'waymark-event-calendar': WaymarkEventCalendar;
    'waymark-source': WaymarkSource;
  }
}
