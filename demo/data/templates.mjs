// @ts-check
/**
 * Fills "{place}"-style placeholders. Returns undefined when a placeholder has no value, so a caller can
 * skip a template that does not fit ("{day} Walkers" for a group that meets on several days).
 * @param {string} template
 * @param {Record<string, string | undefined>} values
 * @returns {string | undefined}
 */
export function fillTemplate(template, values) {
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (_, key) => {
    const value = values[key];
    if (value === undefined) complete = false;
    return value ?? '';
  });
  return complete ? text : undefined;
}

/**
 * Fills every template that fits.
 * @param {readonly string[]} templates
 * @param {Record<string, string | undefined>} values
 * @returns {string[]}
 */
export function fillTemplates(templates, values) {
  return templates.flatMap((template) => fillTemplate(template, values) ?? []);
}

/**
 * "Oak Tree Community Centre" -> "oak-tree-community-centre", for example.org addresses.
 * @param {string} text
 */
export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Hands out names nobody else in the directory has, so two listings are never confused. */
export class NameRegister {
  /** @private @type {Set<string>} */
  taken = new Set();
  /** @private @type {Map<string, number>} the next number to try for each name, so numbering stays fast */
  nextNumber = new Map();

  /**
   * The first candidate not yet taken; when all are, the first with a number, as real directories do.
   * @param {readonly string[]} candidates at least one
   */
  claim(candidates) {
    let name = candidates.find((candidate) => !this.taken.has(candidate));
    for (let n = this.nextNumber.get(candidates[0]) ?? 2; name === undefined; n++) {
      const numbered = `${candidates[0]} (${n})`;
      if (!this.taken.has(numbered)) {
        name = numbered;
        this.nextNumber.set(candidates[0], n + 1);
      }
    }
    this.taken.add(name);
    return name;
  }

  /** @param {string} name */
  has(name) {
    return this.taken.has(name);
  }
}
