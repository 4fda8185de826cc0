import { defineElement } from '../shared/define.js';
import { WaymarkEasyRead } from './easy-read.js';

export { WaymarkEasyRead, type EasyReadMode } from './easy-read.js';
export type { ReadAloudState } from './read-aloud.js';
export type { ServiceFacts, MeetingPlace } from '../../data/easy-read/service-facts.js';
export type { SiteSection } from '../../data/easy-read/site-sections.js';

defineElement('waymark-easy-read', WaymarkEasyRead);

declare global {
  interface HTMLElementTagNameMap {
    'waymark-easy-read': WaymarkEasyRead;
  }
}
