import { css } from 'lit';

/**
 * The look of the details, shortlist, shared-shortlist and print views: with those views (on
 * demand), added to the finder's shadow root when they load, so the first view does not carry it.
 */
export const viewsStyles = css`
  .shortlist-entries,
  .contact-links,
  .places {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }

  .alert {
    border-inline-start: 6px solid var(--_waymark-color-error);
    padding: 0.5rem 0.75rem;
    background: var(--_waymark-color-surface);
    font-weight: 700;
  }

  .detail-section {
    margin-block: var(--_waymark-finder-gap);
  }

  .places li {
    margin-block-end: 0.75rem;
  }

  .shortlist-entries li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    padding-block: 0.5rem;
    border-block-start: 1px solid var(--_waymark-color-border);
  }

  .share-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .share-row input {
    flex: 1 1 14rem;
  }

  .shared {
    border: 2px solid var(--_waymark-color-accent);
    border-radius: var(--_waymark-radius);
    padding: var(--_waymark-finder-gap);
  }

  .print-view {
    display: none;
  }

  @media print {
    :host([printing]) .finder {
      display: none;
    }
    :host([printing]) .print-view {
      display: block;
      font-size: var(--waymark-print-font-size, 16pt);
      color: #000;
    }
    .print-item {
      break-inside: avoid;
      border-block-start: 1pt solid #000;
      padding-block: 0.5em;
    }
    .print-item dt {
      font-weight: 700;
    }
    .print-item dd {
      margin: 0 0 0.4em;
    }
  }

  @page {
    size: A4;
    margin: 18mm;
  }
`;
