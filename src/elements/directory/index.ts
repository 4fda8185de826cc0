import { defineElement } from '../shared/define.js';
import { WaymarkDirectory } from './directory.js';

export { WaymarkDirectory } from './directory.js';
export { directoryContext } from '../shared/directory-context.js';
export { DirectoryController } from '../shared/directory-controller.js';
export { clientFor, DirectoryClient } from '../../data/directory/client.js';
export type { DirectoryClientOptions, SearchResults } from '../../data/directory/client.js';
export { isDirectoryError } from '../../data/directory/error-check.js';
export type { DirectoryError, DirectoryErrorKind } from '../../data/directory/directory-error.js';

defineElement('waymark-directory', WaymarkDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'waymark-directory': WaymarkDirectory;
  }
}
