/**
 * PLACEHOLDER for `<waymark-group-map>` until the map's own branch is merged:
 * the same properties and attributes, no Leaflet. It shows a plain box with
 * the word "Map" and a list-free count of the places it was given. The group
 * finder imports this module only when a map view is first shown.
 */
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { GeoPoint, Service } from '../../data/model.js';
import { translate } from '../../i18n/catalogue.js';
import { finder } from '../../i18n/finder.js';
import { baseStyles } from '../shared/base-styles.js';
import { defineElement } from '../shared/define.js';
import { elementLocale } from '../shared/locale.js';

/**
 * @tagname waymark-group-map
 * @summary Placeholder for the map of groups (the real one comes from the map branch).
 * @fires waymark-select - A place was picked. `detail: { id }`.
 */
export class WaymarkGroupMap extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .box {
        min-block-size: 12rem;
        border: 2px dashed var(--_waymark-color-border);
        border-radius: var(--_waymark-radius);
        display: grid;
        place-items: center;
        background: var(--_waymark-color-surface);
      }
    `,
  ];

  @property({ attribute: false }) services: readonly Service[] = [];
  @property({ attribute: false }) selected?: string;
  @property({ attribute: false }) origin?: GeoPoint;
  @property({ attribute: 'tile-url' }) tileUrl?: string;
  @property({ attribute: 'tile-attribution' }) tileAttribution?: string;

  /** Fits the view to the results (nothing to fit in the placeholder). */
  fitResults(): void {}

  protected override render(): unknown {
    return html`<div class="box" role="img" aria-label=${translate(finder, elementLocale(this), 'mapLabel')}>
      <span aria-hidden="true">${translate(finder, elementLocale(this), 'mapLabel')}</span>
    </div>`;
  }
}

defineElement('waymark-group-map', WaymarkGroupMap);

declare global {
  interface HTMLElementTagNameMap {
    'waymark-group-map': WaymarkGroupMap;
  }
}
