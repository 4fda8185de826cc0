/**
 * Working out the format of a directory whose root does not name it (ORUK
 * 3.0's does): by the look of its first page of services, against every
 * format Waymark reads. Loaded only for such directories.
 */
import type { Dialect } from '../dialects/dialect.js';
import { firstPage, remember, settle, type DetectionContext, type Detected } from './detect.js';
import { safely } from './safe-reading.js';

/** The format its first page of services looks like, its reader and that page, read. */
export async function detectByPage(
  context: DetectionContext,
  rootAnswered: boolean,
  every: Promise<readonly Dialect[]>,
): Promise<Detected> {
  const url = context.url({ path: 'services', params: { page: '1', per_page: String(context.pageSize) } });
  const answer = await firstPage(context, url, rootAnswered);
  const byPage = (await every).find((d) => safely(() => d.recognisePage(answer.body), false));
  if (!byPage) throw new (await import('./directory-error.js')).DirectoryError('not-directory', context.src);
  remember(context, byPage);
  return settle(context, byPage, url, answer);
}
