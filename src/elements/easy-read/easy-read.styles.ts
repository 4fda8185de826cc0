import { css } from 'lit';

/**
 * The easy-read look: large clear type, generous line spacing, a short line
 * length (Easy Read guidance: at least 14 point, left-aligned, a picture to the
 * left of each idea), and a print layout that keeps each section whole.
 */
export const easyReadStyles = css`
  :host {
    --_er-size: var(--waymark-easy-read-font-size, 1.25em);
    --_er-line: var(--waymark-easy-read-line-height, 1.6);
    --_er-picture: var(--waymark-easy-read-picture-size, 80px);
    --_er-ink: var(--waymark-easy-read-picture-ink, var(--_waymark-color-text));
    --_er-fill: var(--waymark-easy-read-picture-fill, #e3eef9);
    --_er-accent: var(--waymark-easy-read-picture-accent, #f2b632);
    --_er-highlight: var(--waymark-easy-read-highlight, #fff0a8);
    --_er-highlight-text: var(--waymark-easy-read-highlight-text, #1d1d1b);
    container-type: inline-size;
  }

  button {
    font: inherit;
    min-block-size: 44px;
    padding: 0.375rem 0.75rem;
    color: var(--_waymark-color-text);
    background: var(--_waymark-color-background);
    border: 2px solid var(--_waymark-color-border);
    border-radius: var(--_waymark-radius);
    cursor: pointer;
  }

  button[aria-pressed='true'],
  .listen {
    color: var(--_waymark-color-on-accent);
    background: var(--_waymark-color-accent);
    border-color: var(--_waymark-color-accent);
    font-weight: 700;
  }

  .toolbar,
  .size {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .toolbar {
    padding: 0.75rem;
    background: var(--_waymark-color-surface);
    border-radius: var(--_waymark-radius);
  }

  .note {
    font-size: var(--_er-size);
  }

  .note:empty {
    display: none;
  }

  .content {
    margin-block-start: var(--_waymark-space);
    font-size: calc(var(--_er-size) * var(--_er-scale, 1));
    line-height: var(--_er-line);
    color: var(--_waymark-color-text);
    background: var(--_waymark-color-background);
  }

  .size-0 {
    --_er-scale: 0.85;
  }
  .size-2 {
    --_er-scale: 1.2;
  }
  .size-3 {
    --_er-scale: 1.4;
  }
  .size-4 {
    --_er-scale: 1.7;
  }

  .spacing {
    --_er-line: var(--waymark-easy-read-line-height-more, 2);
  }

  /* Calm high contrast: black on a soft cream rather than glaring white. */
  .contrast {
    --_waymark-color-text: var(--waymark-easy-read-contrast-text, #000);
    --_waymark-color-background: var(--waymark-easy-read-contrast-background, #fdf8e4);
    --_waymark-color-link: var(--waymark-easy-read-contrast-link, #002d8a);
    --_waymark-color-link-visited: var(--waymark-easy-read-contrast-link, #002d8a);
    --_waymark-color-border: #000;
    --_er-ink: #000;
    --_er-fill: #fdf8e4;
    --_er-accent: #ffd21f;
    --_er-highlight: #000;
    --_er-highlight-text: #fdf8e4;
    padding: 0.5rem;
  }

  .section {
    display: grid;
    grid-template-columns: var(--_er-picture) minmax(0, 1fr);
    gap: var(--_waymark-space);
    padding-block: var(--_waymark-space);
    border-block-end: 2px solid var(--_waymark-color-border);
  }

  .standard .section {
    display: block;
    border: 0;
  }

  .words {
    max-inline-size: var(--waymark-easy-read-measure, 45ch);
  }

  h2,
  h3,
  h4 {
    margin-block: 0 0.5em;
    font-size: 1.2em;
    line-height: 1.3;
  }

  .words > * {
    margin-block: 0 0.5em;
  }

  [part~='reading'] {
    color: var(--_er-highlight-text);
    background: var(--_er-highlight);
    box-shadow: 0 0 0 0.15em var(--_er-highlight);
  }

  .picture {
    inline-size: var(--_er-picture);
    block-size: var(--_er-picture);
  }

  .picture > * {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
    fill: none;
    stroke: var(--_er-ink);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .f {
    fill: var(--_er-fill);
  }

  .a {
    fill: var(--_er-accent);
  }

  .s {
    stroke-width: 6;
  }

  /* Narrow screens and high zoom: a smaller picture, so the words keep the width. */
  @container (max-width: 26rem) {
    .section {
      --_er-picture: 56px;
      gap: 0.75rem;
    }
  }

  @media (forced-colors: active) {
    [part~='reading'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }

  /* A clean easy-read leaflet: no controls, each section whole, pictures kept. */
  @media print {
    .toolbar,
    .note {
      display: none;
    }
    .section {
      break-inside: avoid;
      print-color-adjust: exact;
    }
    [part~='reading'] {
      background: none;
      box-shadow: none;
    }
  }
`;
