/**
 * `waymark`: registers every Waymark element. This is what the CDN file
 * (`dist/cdn/waymark.js`) runs; from npm, import one element's entry point
 * instead (`waymark/directory`) to carry only what you use.
 */
export * from './elements/directory/index.js';
export * from './elements/group-map/index.js';
export * from './elements/referral-form/index.js';
export * from './elements/easy-read/index.js';
export * from './elements/event-calendar/index.js';
export * from './elements/group-finder/index.js';
