import { css } from 'lit';

/** The map's frame, markers, clusters, summary and notes. Leaflet's own rules come with the map chunk. */
export const groupMapStyles = css`
  :host {
    --_waymark-map-height: var(--waymark-map-height, min(28rem, 70vh));
    --_waymark-map-background: var(--waymark-map-background, #e9eee8);
    --_waymark-map-marker: var(--waymark-map-marker, var(--_waymark-color-accent));
    --_waymark-map-marker-selected: var(--waymark-map-marker-selected, #0b0c0c);
    --_waymark-map-cluster: var(--waymark-map-cluster, var(--_waymark-color-accent));
    --_waymark-map-on-cluster: var(--waymark-map-on-cluster, var(--_waymark-color-on-accent));
    --_waymark-map-origin: var(--waymark-map-origin, #b3261e);
  }

  .frame {
    position: relative;
    border: 1px solid var(--_waymark-color-border);
    border-radius: var(--_waymark-radius);
    overflow: hidden;
    background: var(--_waymark-map-background);
  }

  .map {
    block-size: var(--_waymark-map-height);
    inline-size: 100%;
    background: var(--_waymark-map-background);
    outline: none;
  }

  .map:focus-visible {
    outline: 3px solid var(--_waymark-color-focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px var(--_waymark-color-focus-text);
  }

  .skip {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    z-index: 1100;
    padding: 0.25rem 0.5rem;
    background: var(--_waymark-color-background);
  }

  .skip:not(:focus) {
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    white-space: nowrap;
    padding: 0;
  }

  .controls {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .control {
    display: grid;
    place-items: center;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: 0;
    border: 1px solid var(--_waymark-color-border);
    border-radius: var(--_waymark-radius);
    background: var(--_waymark-color-background);
    color: var(--_waymark-color-text);
    font: inherit;
    font-size: max(1.5rem, 24px);
    line-height: 1;
    cursor: pointer;
  }

  .control svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }

  .attribution {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    z-index: 1000;
    margin: 0;
    padding: 0 0.375rem;
    background: var(--_waymark-color-background);
    color: var(--_waymark-color-text);
    font-size: max(0.8125rem, 13px);
  }

  .overlay-status {
    position: absolute;
    inset: 0;
    z-index: 1050;
    display: grid;
    place-content: center;
    gap: 0.75rem;
    padding: var(--_waymark-space);
    text-align: center;
    background: var(--_waymark-map-background);
  }

  .notes:empty {
    display: none;
  }

  .note {
    margin-block: 0.5rem 0;
    color: var(--_waymark-color-text-secondary);
    font-size: max(0.9375rem, 15px);
  }

  .button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_waymark-color-accent);
    border-radius: var(--_waymark-radius);
    background: var(--_waymark-color-background);
    color: var(--_waymark-color-accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .button-primary {
    background: var(--_waymark-color-accent);
    color: var(--_waymark-color-on-accent);
  }
`;
