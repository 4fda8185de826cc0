import { css, html, nothing, type TemplateResult } from 'lit';
import { dialString, type CrisisRoute } from '../../data/crisis-routes.js';
import type { Locale } from '../../i18n/catalogue.js';
import { translate } from '../../i18n/catalogue.js';
import { crisis, type CrisisKey } from '../../i18n/crisis.js';

export interface CrisisRoutesOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly intro?: boolean;
  readonly id?: string;
}

/** The words of a crisis message, with its placeholders filled. */
export type CrisisTranslate = (key: CrisisKey, values?: Record<string, string>) => string;

/**
 * The crisis routes as a prominent box: a heading, one line per route with a
 * tap-to-call or tap-to-text link. Shared by the referral form (before the
 * form, in place of it after a "yes" to the safety question, and on the
 * confirmation) and by the easy-read explainer.
 */
export function renderCrisisRoutes(
  routes: readonly CrisisRoute[],
  locale: Locale,
  options: CrisisRoutesOptions = {},
): TemplateResult {
  const t: CrisisTranslate = (key, values) => translate(crisis, locale, key, values);
  const level = options.headingLevel ?? 2;
  const id = `${options.id ?? 'crisis'}-heading`;
  const heading = t('crisisHeading');
  return renderCrisisBox(
    routes,
    t,
    level === 2
      ? html`<h2 id=${id}>${heading}</h2>`
      : level === 3
        ? html`<h3 id=${id}>${heading}</h3>`
        : html`<h4 id=${id}>${heading}</h4>`,
    id,
    options.intro,
  );
}

/**
 * The same box in words the caller gives (the referral form passes English, or Welsh once
 * loaded), under a heading the caller draws (with the id `headingId`), so a widget that needs
 * one language's crisis words carries only those, and its own way of drawing headings.
 */
export function renderCrisisBox(
  routes: readonly CrisisRoute[],
  t: CrisisTranslate,
  heading: TemplateResult,
  headingId: string,
  intro = true,
): TemplateResult {
  return html`<section class="crisis-routes" part="crisis-routes" aria-labelledby=${headingId}>
    ${heading} ${intro ? html`<p>${t('crisisIntro')}</p>` : nothing}
    <ul>
      ${routes.map((route) => {
        const words =
          'key' in route.message ? t(route.message.key as CrisisKey, { number: route.call ?? '' }) : route.message.text;
        return html`<li>
          <span>${words}</span>
          ${
            route.call
              ? html`<a href=${`tel:${dialString(route.call)}`}>${t('crisisCall', { number: route.call })}</a>`
              : nothing
          }
          ${
            route.text
              ? html`<a href=${`sms:${dialString(route.text.number)}?&body=${encodeURIComponent(route.text.keyword)}`}
                  >${t('crisisText', route.text)}</a
                >`
              : nothing
          }
          ${route.url ? html`<a href=${route.url}>${route.url}</a>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** Styles for `renderCrisisRoutes`: a bordered box that stands out without alarming. */
export const crisisRoutesStyles = css`
  .crisis-routes {
    border-inline-start: 8px solid var(--waymark-color-crisis, var(--_waymark-color-error, #b3261e));
    background: var(--waymark-color-crisis-background, var(--_waymark-color-surface, #f3f3f1));
    padding: var(--_waymark-space, 1rem);
    margin-block: var(--_waymark-space, 1rem);
  }
  .crisis-routes :is(h2, h3, h4, h5) {
    margin-block: 0 0.5rem;
    font-size: 1.25em;
  }
  .crisis-routes ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .crisis-routes li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    margin-block: 0.5rem;
  }
  .crisis-routes a {
    font-weight: 700;
  }
`;
