// @ts-check
/**
 * The demo's "Referrals received" page: a plain, accessible table of what arrived, newest
 * first. Every value is escaped; no inline script or style (the page runs under the CSP).
 */
import { escapeHtml } from './replies.mjs';

/** @typedef {import('./referral-store.mjs').StoredReferral} StoredReferral */

const REASONS = /** @type {Record<string, string>} */ ({
  'physical-health': 'Physical health',
  'mental-health': 'Mental health and wellbeing',
  'social-isolation': 'Feeling lonely or isolated',
  'lifestyle-change': 'Lifestyle change',
  'long-term-condition': 'Looking after a long-term condition',
  money: 'Money and benefits',
  housing: 'Housing',
  employment: 'Work and training',
  'practical-support': 'Practical support',
});

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * @param {StoredReferral[]} referrals newest first
 */
export function referralsPage(referrals) {
  const count = referrals.length === 1 ? '1 referral' : `${referrals.length} referrals`;
  const body = referrals.length
    ? `<div class="table-container" role="region" aria-labelledby="referrals-caption" tabindex="0">
          <table>
            <caption id="referrals-caption">${count}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Received</th>
                <th scope="col">Name</th>
                <th scope="col">Reasons</th>
                <th scope="col">How to contact</th>
                <th scope="col">Sent by</th>
                <th scope="col">What matters to them</th>
              </tr>
            </thead>
            <tbody>
${referrals.map(row).join('\n')}
            </tbody>
          </table>
        </div>`
    : '<p class="empty-state">No referrals have arrived yet. Send one from a demo page and it will appear here.</p>';
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Referrals received: Waymark demo town</title>
    <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/assets/site.css">
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
      <div class="demo-banner">
        <p class="width-container"><strong>This is a demonstration.</strong> Every referral here is test data.</p>
      </div>
      <div class="width-container site-header__bar">
        <a class="site-header__brand" href="/">Waymark demo town</a>
      </div>
    </header>
    <div class="page width-container">
      <main id="main" tabindex="-1">
        <h1>Referrals received</h1>
        <p>The referrals that the demo server has received, as a social prescribing service would see them. The same list is at <a href="/referrals.json">referrals.json</a>.</p>
        ${body}
      </main>
    </div>
  </body>
</html>
`;
}

/** @param {StoredReferral} stored */
function row({ reference, received, referral }) {
  const person = field(referral, 'person');
  const referrer = field(referral, 'referrer');
  const reasons = field(referral, 'reasons');
  const reasonNames = Array.isArray(reasons) ? reasons.map((code) => REASONS[text(code)] ?? text(code)) : [];
  const contact = ['phone', 'email', 'postcode'].map((key) => text(field(person, key))).filter(Boolean);
  const preferred = text(field(person, 'preferredName'));
  const name = text(field(person, 'name')) + (preferred ? ` (${preferred})` : '');
  const sentBy = referrer
    ? ['name', 'relationship', 'organisation']
        .map((key) => text(field(referrer, key)))
        .filter(Boolean)
        .join(', ')
    : 'Themselves';
  return `              <tr>
                <th scope="row">${escapeHtml(reference)}</th>
                <td><time datetime="${escapeHtml(received)}">${escapeHtml(formatWhen(received))}</time></td>
                <td>${escapeHtml(name)}</td>
                <td>${escapeHtml(reasonNames.join(', '))}</td>
                <td>${contact.map(escapeHtml).join('<br>')}</td>
                <td>${escapeHtml(sentBy)}</td>
                <td>${escapeHtml(text(field(referral, 'whatMatters')))}</td>
              </tr>`;
}

/**
 * A property of a stored payload, whatever its shape (old lines may predate today's schema).
 * @param {unknown} value
 * @param {string} key
 * @returns {unknown}
 */
function field(value, key) {
  return value && typeof value === 'object' ? /** @type {Record<string, unknown>} */ (value)[key] : undefined;
}

/** @param {unknown} value */
function text(value) {
  return typeof value === 'string' ? value : '';
}

/** @param {string} iso */
function formatWhen(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : WHEN.format(date);
}
