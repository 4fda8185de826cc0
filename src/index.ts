/**
 * `waymark`: registers every Waymark element. From npm, import one element's
 * entry point instead (`waymark/directory`) to carry only what you use. The
 * CDN file (`dist/cdn/waymark.js`, from `cdn.ts`) registers the same elements
 * but loads each one's code only when its tag is on the page.
 */
export * from './elements/directory/index.js';
export { DirectoryError } from './data/directory/directory-error.js';
export * from './elements/group-map/index.js';
export * from './elements/referral-form/index.js';
export * from './elements/easy-read/index.js';
export * from './elements/event-calendar/index.js';
export * from './elements/group-finder/index.js';
