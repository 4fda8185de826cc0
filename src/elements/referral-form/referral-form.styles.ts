import { css } from 'lit';

/** The form's own look, GOV.UK-like, every value from a `--waymark-*` property through `baseStyles`. */
export const referralFormStyles = css`
  :host {
    --_waymark-field-border: var(--waymark-field-border-color, var(--_waymark-color-text));
    --_waymark-button-color: var(--waymark-button-color, var(--_waymark-color-success));
    --_waymark-button-text: var(--waymark-button-text-color, #ffffff);
    max-inline-size: 42rem;
  }
  :is(h2, h3, h4) {
    margin-block: 0 calc(var(--_waymark-space) * 0.75);
    line-height: 1.25;
  }
  .heading {
    font-size: 1.5em;
  }
  /* What the form moves focus to: a view's heading, the error summary, the chosen group, a status. */
  [tabindex='-1']:focus {
    outline: 3px solid var(--_waymark-color-focus);
    outline-offset: 2px;
  }
  p {
    margin-block: 0 var(--_waymark-space);
  }
  .step,
  .hint,
  .count {
    color: var(--_waymark-color-text-secondary);
  }
  .step {
    margin-block-end: 0.25rem;
  }
  .field {
    margin-block-end: calc(var(--_waymark-space) * 1.5);
  }
  .field--error {
    border-inline-start: 5px solid var(--_waymark-color-error);
    padding-inline-start: calc(var(--_waymark-space) * 0.75);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend,
  .field > label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
    padding: 0;
  }
  .hint {
    margin-block-end: 0.5rem;
  }
  .hint.indented {
    margin-inline-start: 2rem;
  }
  .error-message,
  .count.over,
  .error-summary a {
    color: var(--_waymark-color-error);
    font-weight: 700;
  }
  .error-message {
    margin-block: 0 0.5rem;
  }
  input:not([type='radio'], [type='checkbox']),
  textarea,
  select {
    font: inherit;
    color: var(--_waymark-color-text);
    background: var(--_waymark-color-background);
    border: 2px solid var(--_waymark-field-border);
    border-radius: 0;
    padding: 0.3rem 0.4rem;
    max-inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_waymark-color-error) !important;
  }
  .width-full,
  textarea,
  select {
    inline-size: 100%;
  }
  .width-medium {
    inline-size: 20ch;
  }
  .width-short {
    inline-size: 10ch;
  }
  .width-2ch {
    inline-size: 3.5ch;
  }
  .width-4ch {
    inline-size: 5.5ch;
  }
  .date label {
    display: block;
  }
  .date,
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_waymark-space);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_waymark-color-accent);
  }
  .reveal {
    border-inline-start: 4px solid var(--_waymark-color-border);
    padding-inline-start: var(--_waymark-space);
    margin-inline-start: 0.7rem;
    margin-block: 0.5rem var(--_waymark-space);
  }
  .count {
    margin-block: 0.25rem 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    font-weight: 700;
    color: var(--_waymark-button-text);
    background: var(--_waymark-button-color);
    border: 2px solid transparent;
    border-radius: var(--_waymark-radius);
    box-shadow: 0 2px 0 var(--_waymark-color-text);
    padding: 0.5rem 1rem;
    margin-block: 0 var(--_waymark-space);
  }
  .button.secondary {
    color: var(--_waymark-color-text);
    background: var(--_waymark-color-surface);
  }
  .link-button {
    background: none;
    border: 0;
    padding: 0;
    color: var(--_waymark-color-link);
    text-decoration: underline;
  }
  .back {
    margin-block-end: var(--_waymark-space);
  }
  .error-summary {
    border: 5px solid var(--_waymark-color-error);
    padding: var(--_waymark-space);
    margin-block-end: calc(var(--_waymark-space) * 1.5);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .service-notice,
  .inset,
  .panel {
    padding: var(--_waymark-space);
    margin-block-end: var(--_waymark-space);
  }
  .service-notice,
  .inset {
    border-inline-start: 8px solid var(--_waymark-color-border);
    background: var(--_waymark-color-surface);
  }
  .panel {
    background: var(--_waymark-color-success);
    color: var(--_waymark-color-on-accent);
    text-align: center;
  }
  .panel .reference {
    display: block;
    font-size: 1.5em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  dl {
    margin: 0 0 calc(var(--_waymark-space) * 1.5);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_waymark-space);
    border-block-end: 1px solid var(--_waymark-color-border);
    padding-block: 0.5rem;
  }
  .row dt {
    font-weight: 700;
    flex: 1 1 12rem;
  }
  .row dd {
    margin: 0;
    flex: 2 1 14rem;
    white-space: pre-line;
  }
  .row dd.action {
    flex: 0 0 auto;
  }
  @media print {
    .button,
    .link-button,
    .action {
      display: none !important;
    }
  }
`;
