import { css } from 'lit';

/**
 * The look every widget starts from. Public `--waymark-*` properties (set by a
 * theme or the host page) fall back to private `--_waymark-*` ones here, so a
 * widget's own stylesheet reads one name per value and a site can override any
 * of them. Logical properties throughout, so right-to-left pages work.
 */
export const baseStyles = css`
  :host {
    --_waymark-font-family: var(--waymark-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_waymark-font-size: var(--waymark-font-size, max(1rem, 16px));
    --_waymark-line-height: var(--waymark-line-height, 1.5);
    --_waymark-color-text: var(--waymark-color-text, #1d1d1b);
    --_waymark-color-text-secondary: var(--waymark-color-text-secondary, #4a4a48);
    --_waymark-color-background: var(--waymark-color-background, #ffffff);
    --_waymark-color-surface: var(--waymark-color-surface, #f3f3f1);
    --_waymark-color-border: var(--waymark-color-border, #6f6f6d);
    --_waymark-color-link: var(--waymark-color-link, #1a5ea8);
    --_waymark-color-link-visited: var(--waymark-color-link-visited, #5b2d82);
    --_waymark-color-accent: var(--waymark-color-accent, #1a5ea8);
    --_waymark-color-on-accent: var(--waymark-color-on-accent, #ffffff);
    --_waymark-color-focus: var(--waymark-color-focus, #ffbf47);
    --_waymark-color-focus-text: var(--waymark-color-focus-text, #0b0c0c);
    --_waymark-color-error: var(--waymark-color-error, #b3261e);
    --_waymark-color-success: var(--waymark-color-success, #1e6b34);
    --_waymark-radius: var(--waymark-radius, 6px);
    --_waymark-space: var(--waymark-space, 1rem);

    display: block;
    /* The shorthand also sets style, weight and variant back to normal: the host page's text styles
       (a centred, bold or capitalised container) are inherited through the shadow root otherwise. */
    font: var(--_waymark-font-size) / var(--_waymark-line-height) var(--_waymark-font-family);
    color: var(--_waymark-color-text);
    text-align: start;
    text-transform: none;
    white-space: normal;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_waymark-color-link);
  }

  a:visited {
    color: var(--_waymark-color-link-visited);
  }

  /* The GOV.UK focus style: a yellow band with a dark underline, visible on any background. */
  :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: 3px solid var(--_waymark-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_waymark-color-focus-text);
  }

  a:focus-visible {
    background: var(--_waymark-color-focus);
    color: var(--_waymark-color-focus-text);
    box-shadow: 0 4px var(--_waymark-color-focus-text);
    outline: 3px solid transparent;
    text-decoration: none;
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  @media print {
    .no-print {
      display: none !important;
    }
  }
`;
