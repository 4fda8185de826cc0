/**
 * The finder's views a person opens from the list: a group's details (with its
 * description's structure, contacts and report-a-problem), the shortlist with
 * print and share, and a shortlist someone shared. Loaded with `import()` the
 * first time one is needed, so the first view (search, filters, list) does not
 * carry them.
 */
export {
  loadDetails,
  loadShared,
  renderDetailsPanel,
  renderSharedPanel,
  renderShortlistPanel,
} from './finder-panels.js';
export { renderPrintView } from './shortlist-view.js';
export { viewsStyles } from './views-styles.js';
