import { css } from 'lit';

/**
 * The finder's look, all from `--waymark-*` properties through the private
 * `--_waymark-*` ones of `baseStyles`. Logical properties throughout; one
 * column at narrow widths, so 320 px and 200% zoom reflow without sideways scrolling.
 */
export const finderStyles = css`
  :host {
    --_waymark-finder-gap: var(--waymark-finder-gap, var(--_waymark-space));
    --_waymark-skeleton: var(--waymark-skeleton-color, #e4e4e1);
  }

  .finder {
    display: grid;
    gap: var(--_waymark-finder-gap);
  }

  h2,
  h3 {
    line-height: 1.25;
    margin-block: 0 0.5rem;
  }

  h2 {
    font-size: 1.5em;
  }

  h3 {
    font-size: 1.2em;
  }

  p {
    margin-block: 0 0.5rem;
  }

  label {
    font-weight: 700;
  }

  .hint {
    display: block;
    color: var(--_waymark-color-text-secondary);
  }

  .error {
    display: block;
    color: var(--_waymark-color-error);
    font-weight: 700;
  }

  input:not([type='checkbox']),
  select {
    font: inherit;
    color: var(--_waymark-color-text);
    background: var(--_waymark-color-background);
    border: 2px solid var(--_waymark-color-border);
    border-radius: var(--_waymark-radius);
    padding: 0.4rem 0.5rem;
    min-block-size: 2.75rem;
    inline-size: 100%;
    max-inline-size: 100%;
  }

  input[aria-invalid='true'] {
    border-color: var(--_waymark-color-error);
  }

  input:disabled {
    background: var(--_waymark-color-surface);
  }

  input.postcode {
    max-inline-size: 10em;
  }

  button,
  .button {
    font: inherit;
    font-weight: 700;
    border-radius: var(--_waymark-radius);
    padding: 0.5rem 1rem;
    min-block-size: 2.75rem;
    cursor: pointer;
    border: 2px solid var(--_waymark-color-accent);
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    text-decoration: none;
  }

  .primary,
  a.primary:visited {
    background: var(--_waymark-color-accent);
    color: var(--_waymark-color-on-accent);
  }

  .secondary {
    background: var(--_waymark-color-background);
    color: var(--_waymark-color-accent);
  }

  .secondary[aria-pressed='true'],
  .secondary.saved {
    background: var(--_waymark-color-surface);
    color: var(--_waymark-color-text);
    border-color: var(--_waymark-color-text);
  }

  button:disabled {
    cursor: default;
    opacity: 0.75;
  }

  .link-button {
    background: none;
    border: none;
    color: var(--_waymark-color-link);
    text-decoration: underline;
    padding-inline: 0;
  }

  .search {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_waymark-finder-gap);
    align-items: end;
    padding: var(--_waymark-finder-gap);
    background: var(--_waymark-color-surface);
    border-radius: var(--_waymark-radius);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .grow {
    flex: 1 1 16rem;
  }

  .search-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .search > p {
    flex-basis: 100%;
    margin: 0;
  }

  .filters {
    border: 2px solid var(--_waymark-color-border);
    border-radius: var(--_waymark-radius);
  }

  .filters summary {
    cursor: pointer;
    font-weight: 700;
    padding: 0.6rem var(--_waymark-finder-gap);
  }

  .access,
  .result-list,
  .skeletons {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: center;
  }

  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    align-items: center;
  }

  .status {
    font-weight: 700;
    margin: 0;
  }

  .layout {
    display: grid;
    /* One column that never asks for more than the finder's width (rows out of sight included). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_waymark-finder-gap);
  }

  @media (min-width: 60rem) {
    .layout.both {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .layout.both .map-area {
      position: sticky;
      inset-block-start: 0;
    }
  }

  .result {
    border-block-start: 1px solid var(--_waymark-color-border);
    padding-block: var(--_waymark-finder-gap);
    /* Rows out of sight are not laid out until scrolled to: a new list costs what the screen shows.
       They stay in the accessibility tree and in find-in-page; "auto" remembers each row's real height. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 14rem;
  }

  .result.selected {
    border-inline-start: 6px solid var(--_waymark-color-accent);
    padding-inline-start: 0.75rem;
  }

  .result-name {
    margin: 0 0 0.25rem;
  }

  .organisation {
    color: var(--_waymark-color-text-secondary);
  }

  .facts {
    margin: 0 0 0.5rem;
    display: grid;
    gap: 0.25rem;
  }

  .facts dd {
    margin: 0;
  }

  .line {
    display: block;
  }

  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: var(--_waymark-radius);
    font-weight: 700;
  }

  .closed {
    background: var(--_waymark-color-error);
    color: var(--_waymark-color-on-accent);
  }

  .access {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block-end: 0.5rem;
  }

  .access li {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }

  .icon {
    flex: none;
    color: var(--_waymark-color-accent);
  }

  .checked {
    color: var(--_waymark-color-text-secondary);
    font-size: 0.9em;
  }

  .stale {
    display: block;
    color: var(--_waymark-color-text);
  }

  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
  }

  .skeleton {
    display: grid;
    gap: 0.5rem;
    padding-block: var(--_waymark-finder-gap);
    border-block-start: 1px solid var(--_waymark-color-border);
  }

  .skeleton span {
    display: block;
    block-size: 1rem;
    background: var(--_waymark-skeleton);
    border-radius: 4px;
    inline-size: 80%;
  }

  .skeleton span:first-child {
    block-size: 1.4rem;
    inline-size: 50%;
  }

  .skeleton span:last-child {
    inline-size: 60%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }

  progress {
    inline-size: 100%;
    max-inline-size: 24rem;
    accent-color: var(--_waymark-color-accent);
  }

  .problem {
    border-inline-start: 6px solid var(--_waymark-color-error);
    padding: 0.75rem;
    background: var(--_waymark-color-surface);
  }

  .details h2:focus,
  .shortlist h2:focus {
    outline: 3px solid var(--_waymark-color-focus);
    outline-offset: 2px;
  }

  .map-area {
    min-block-size: 20rem;
  }
`;
