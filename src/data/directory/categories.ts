/**
 * A directory's categories, for the filters and the search index: its own list when it has one,
 * else those its services use. Loaded when first asked for: by the filters when a person heads
 * for them, and by a directory loaded whole, whose index finds groups by their categories' names.
 */
import type { Category } from '../model.js';
import type { ClientInside } from './client.js';
import { readListPages, type ListContext } from './list-pages.js';

/** Reads the categories list, at most `maxPages` pages of it, or gathers the services' own. */
export async function loadCategories(
  context: ListContext & ClientInside,
  maxPages: number,
): Promise<readonly Category[]> {
  const found = new Map<string, Category>();
  const add = (categories: Iterable<Category>): void => {
    for (const category of categories) if (!found.has(category.id)) found.set(category.id, category);
  };
  const { dialect, reader } = context.format();
  if (dialect.lists.includes('categories')) {
    await readListPages<Category>(
      context,
      'categories',
      undefined,
      (body) => reader.readCategoryPage(body),
      (reading) => {
        add(reading.items);
        return true;
      },
      maxPages,
    );
    await context.report();
  }
  if (found.size === 0) for (const service of context.services.values()) add(service.categories);
  return [...found.values()];
}
