import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';

/** The calendar's look: every colour and space from the `--waymark-*` properties; logical properties throughout. */
export const calendarStyles = [
  baseStyles,
  css`
    :host {
      container-type: inline-size;
      --_gap: calc(var(--_waymark-space) / 2);
    }

    h3,
    h4 {
      margin: 0;
      line-height: 1.25;
    }

    button,
    select,
    input {
      font: inherit;
      color: inherit;
    }

    button {
      min-block-size: 2.75rem;
      padding-block: 0.25rem;
      padding-inline: 0.75rem;
      border: 2px solid var(--_waymark-color-accent);
      border-radius: var(--_waymark-radius);
      background: var(--_waymark-color-background);
      color: var(--_waymark-color-accent);
      cursor: pointer;
    }

    button[aria-pressed='true'] {
      background: var(--_waymark-color-accent);
      color: var(--_waymark-color-on-accent);
    }

    select,
    input[type='search'],
    input[type='text'] {
      min-block-size: 2.75rem;
      padding-inline: 0.5rem;
      border: 2px solid var(--_waymark-color-border);
      border-radius: var(--_waymark-radius);
      background: var(--_waymark-color-background);
      max-inline-size: 100%;
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap) var(--_waymark-space);
      align-items: center;
      justify-content: space-between;
      margin-block-end: var(--_gap);
    }

    .period {
      font-size: 1.5em;
    }

    .controls,
    .group {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
      align-items: center;
    }

    .jump {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }

    .filters {
      margin-block: var(--_gap);
      padding: var(--_gap);
      border: 1px solid var(--_waymark-color-border);
      border-radius: var(--_waymark-radius);
      background: var(--_waymark-color-surface);
    }

    .filters summary {
      cursor: pointer;
      font-weight: 600;
      min-block-size: 2rem;
    }

    .filter-fields {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_waymark-space);
      align-items: end;
      margin-block-start: var(--_gap);
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-inline-size: 10rem;
    }

    .near {
      display: flex;
      gap: 0.5rem;
      align-items: end;
    }

    .near-message {
      flex: 1 1 100%;
      margin: 0;
    }

    .field.wide {
      flex: 1 1 16rem;
    }

    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      min-block-size: 2.75rem;
    }

    .check input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      accent-color: var(--_waymark-color-accent);
    }

    .sources p {
      margin-block: var(--_gap);
    }

    .sources progress {
      display: block;
      inline-size: min(20rem, 100%);
      accent-color: var(--_waymark-color-accent);
    }

    .failed {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
      align-items: center;
      margin-block: var(--_gap);
      padding: var(--_gap);
      border-inline-start: 5px solid var(--_waymark-color-error);
      background: var(--_waymark-color-surface);
    }

    .failed p {
      margin: 0;
      flex: 1 1 16rem;
    }

    ul.list,
    ul.events,
    ul.plain {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .day-group {
      margin-block: var(--_waymark-space);
    }

    .day-heading {
      font-size: 1.15em;
      padding-block-end: 0.25rem;
      border-block-end: 2px solid var(--_waymark-color-border);
      margin-block-end: 0.25rem;
    }

    .event {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_gap);
      align-items: baseline;
      padding-block: 0.25rem;
    }

    .event .open {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      align-items: baseline;
      min-block-size: 2.75rem;
      padding-inline: 0.25rem;
      border-color: transparent;
      background: none;
      color: var(--_waymark-color-link);
      text-align: start;
      text-decoration: underline;
    }

    .event .time {
      color: var(--_waymark-color-text);
      font-weight: 600;
      text-decoration: none;
    }

    .event .place,
    .nothing {
      color: var(--_waymark-color-text-secondary);
    }

    .show-all {
      margin-block-start: 0.5rem;
      max-inline-size: 100%;
    }

    .badge {
      padding-inline: 0.4rem;
      border-radius: var(--_waymark-radius);
      background: var(--_waymark-color-error);
      color: var(--_waymark-color-on-accent);
      font-weight: 600;
      text-decoration: none;
    }

    .event.cancelled .title {
      text-decoration: line-through;
    }

    @container (min-width: 48rem) {
      .week {
        display: grid;
        grid-template-columns: repeat(7, minmax(0, 1fr));
        gap: var(--_gap);
      }

      .week .event {
        flex-direction: column;
      }
    }

    .grid {
      inline-size: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }

    .grid th {
      padding: 0.25rem;
      font-weight: 600;
      text-align: start;
    }

    .grid td {
      vertical-align: top;
      block-size: 6rem;
      padding: 0.25rem;
      border: 1px solid var(--_waymark-color-border);
      background: var(--_waymark-color-background);
      cursor: pointer;
      overflow: hidden;
    }

    .grid td.pad {
      background: var(--_waymark-color-surface);
      cursor: default;
    }

    .grid td.focused {
      background: var(--_waymark-color-surface);
      box-shadow: inset 0 0 0 3px var(--_waymark-color-accent);
    }

    .grid td:focus-visible {
      outline: 3px solid var(--_waymark-color-focus);
      outline-offset: -3px;
      box-shadow: inset 0 0 0 6px var(--_waymark-color-focus-text);
    }

    .number {
      display: inline-block;
      min-inline-size: 1.75rem;
      font-weight: 600;
    }

    .today .number {
      border-radius: 999px;
      background: var(--_waymark-color-accent);
      color: var(--_waymark-color-on-accent);
      text-align: center;
    }

    .count {
      display: none;
    }

    .chips {
      display: flex;
      flex-direction: column;
      gap: 2px;
      font-size: 0.8em;
    }

    .chip {
      overflow: hidden;
      padding-inline: 0.25rem;
      border-radius: 3px;
      background: var(--_waymark-color-surface);
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    .chip.cancelled {
      text-decoration: line-through;
    }

    @container (max-width: 40rem) {
      .grid td {
        block-size: 3.5rem;
      }

      .chips {
        display: none;
      }

      .count {
        display: block;
        font-size: 0.8em;
        color: var(--_waymark-color-text-secondary);
      }

      .count::before {
        content: '● ';
        color: var(--_waymark-color-accent);
      }
    }

    .day-events {
      margin-block: var(--_waymark-space);
      /* A busy day lists hundreds of events below the grid: lay them out only when scrolled to. */
      content-visibility: auto;
      contain-intrinsic-size: auto 30rem;
    }

    .empty {
      margin-block: var(--_waymark-space);
      padding: var(--_waymark-space);
      background: var(--_waymark-color-surface);
      border-radius: var(--_waymark-radius);
    }

    .empty p {
      margin-block: 0 var(--_gap);
    }

    .details {
      inline-size: min(40rem, calc(100vw - 2rem));
      max-block-size: calc(100vh - 2rem);
      padding: var(--_waymark-space);
      border: 2px solid var(--_waymark-color-border);
      border-radius: var(--_waymark-radius);
      background: var(--_waymark-color-background);
      color: var(--_waymark-color-text);
    }

    .details::backdrop {
      background: rgb(0 0 0 / 0.5);
    }

    .details-head {
      display: flex;
      gap: var(--_waymark-space);
      align-items: start;
      justify-content: space-between;
    }

    .details h3 {
      font-size: 1.4em;
    }

    .notice {
      padding: var(--_gap);
      border-inline-start: 5px solid var(--_waymark-color-error);
      background: var(--_waymark-color-surface);
    }

    .details dl .row {
      display: grid;
      grid-template-columns: minmax(6rem, 1fr) 3fr;
      gap: var(--_gap);
      padding-block: 0.4rem;
      border-block-end: 1px solid var(--_waymark-color-surface);
    }

    .details dt {
      font-weight: 600;
    }

    .details dd {
      margin: 0;
    }

    @container (max-width: 30rem) {
      .details dl .row {
        grid-template-columns: 1fr;
        gap: 0;
      }
    }

    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap) var(--_waymark-space);
    }

    .links a {
      display: inline-block;
      padding-block: 0.5rem;
    }

    .add h4 {
      margin-block: var(--_waymark-space) 0.25rem;
    }

    .print {
      font-size: var(--waymark-print-font-size, 14pt);
      color: #000;
    }

    .print-title {
      font-size: 1.6em;
      margin-block-end: 0.5em;
    }

    .print .day-group {
      break-inside: avoid;
      margin-block: 0.6em;
    }

    .print .event {
      display: block;
      padding-block: 0.1em;
    }

    @media print {
      :host {
        color: #000;
      }
    }
  `,
];
