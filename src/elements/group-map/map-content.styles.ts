import { css } from 'lit';

/**
 * The styles of what the map chunk draws: markers, clusters, the origin and the
 * summary. They come with the chunk, so a page that never shows a map (the
 * finder's list view) does not carry them.
 */
export const mapContentStyles = css`
  .summary {
    margin-block-start: 0.75rem;
    padding: var(--_waymark-space);
    border: 1px solid var(--_waymark-color-border);
    border-inline-start: 0.375rem solid var(--_waymark-color-accent);
    border-radius: var(--_waymark-radius);
    background: var(--_waymark-color-background);
  }

  .summary[hidden] {
    display: none;
  }

  .summary-title {
    margin: 0 0 0.25rem;
    font-size: max(1.1875rem, 19px);
    line-height: 1.3;
  }

  .summary-organisation,
  .summary-closed {
    margin: 0 0 0.5rem;
  }

  .summary-organisation {
    color: var(--_waymark-color-text-secondary);
  }

  .summary-closed {
    font-weight: 700;
    color: var(--_waymark-color-error);
  }

  .summary-facts {
    margin: 0 0 0.75rem;
  }

  .summary-facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
  }

  .summary-facts dt {
    font-weight: 700;
  }

  .summary-facts dt::after {
    content: ':';
  }

  .summary-facts dd {
    margin: 0;
  }

  .summary-list {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }

  .summary-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .link-button {
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_waymark-color-link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  /* Markers: our own buttons, placed by the map in its own (physical, left-to-right) pixel space. */
  .markers button {
    position: absolute;
    top: 0;
    left: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    cursor: pointer;
  }

  .marker {
    inline-size: 1.75rem;
    block-size: 2.25rem;
    translate: -50% -100%;
    color: var(--_waymark-map-marker);
  }

  .marker .pin {
    inline-size: 100%;
    block-size: 100%;
    fill: currentColor;
    stroke: var(--_waymark-color-background);
    stroke-width: 1.5;
    filter: drop-shadow(0 1px 1px rgb(0 0 0 / 40%));
  }

  .marker.selected {
    inline-size: 2.25rem;
    block-size: 2.875rem;
    color: var(--_waymark-map-marker-selected);
  }

  .marker .count {
    position: absolute;
    inset-block-start: -0.375rem;
    inset-inline-end: -0.625rem;
    min-inline-size: 1.375rem;
    padding: 0 0.25rem;
    border: 2px solid var(--_waymark-color-background);
    border-radius: 1rem;
    background: var(--_waymark-color-text);
    color: var(--_waymark-color-background);
    font-size: max(0.75rem, 12px);
    font-weight: 700;
    line-height: 1.1rem;
    text-align: center;
  }

  .cluster {
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    translate: -50% -50%;
    border-radius: 50%;
    outline: 0.3rem solid color-mix(in srgb, var(--_waymark-map-cluster) 35%, transparent);
    background: var(--_waymark-map-cluster) !important;
    color: var(--_waymark-map-on-cluster);
    font-weight: 700;
    font-size: max(0.9375rem, 15px);
  }

  .cluster.medium {
    inline-size: 3rem;
    block-size: 3rem;
  }

  .cluster.large {
    inline-size: 3.5rem;
    block-size: 3.5rem;
  }

  .markers button:focus-visible {
    outline: 3px solid var(--_waymark-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_waymark-color-focus-text);
    z-index: 100000 !important;
  }

  .marker:focus-visible {
    border-radius: var(--_waymark-radius);
  }

  .origin {
    position: absolute;
    top: 0;
    left: 0;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    translate: -50% -50%;
    color: var(--_waymark-map-origin);
    pointer-events: none;
  }

  .origin svg {
    inline-size: 100%;
    block-size: 100%;
    fill: currentColor;
    stroke: var(--_waymark-color-background);
    stroke-width: 1.5;
  }

  @media (forced-colors: active) {
    .marker,
    .origin {
      color: CanvasText;
    }
    .cluster {
      border: 2px solid CanvasText;
    }
  }
`;
