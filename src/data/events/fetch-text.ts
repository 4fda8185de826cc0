/**
 * GET a text feed (an `.ics` file) the way `http.ts` gets JSON, through the
 * same GET: a time limit on each request, the body cap, retries with backoff
 * for network errors, 429 and 5xx, and every failure turned into a
 * `DirectoryError`.
 */
import { getAnswer, type GetOptions, type HttpOptions } from '../directory/http.js';

export async function getText(
  url: string,
  options: HttpOptions & GetOptions & { accept?: string } = {},
): Promise<string> {
  const { text } = await getAnswer(url, options, options.accept ?? 'text/calendar, text/plain', (text) => ({ text }));
  return text;
}
