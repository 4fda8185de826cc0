// @ts-check
import { readFileSync } from 'node:fs';

/**
 * Reactive properties declared `{ state: true }` in `static properties` are internal state, with
 * no attribute: the analyzer lists them as attributes and public fields all the same, so this drops
 * the attributes and marks the fields private.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function internalStateIsNoAttribute() {
  return {
    name: 'waymark-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        const source = readFileSync(mod.path, 'utf8');
        const states = new Set([...source.matchAll(/^\s+(\w+): \{ state: true \},?$/gm)].map((m) => m[1]));
        for (const declaration of mod.declarations ?? []) {
          if (!('attributes' in declaration) || !declaration.attributes) continue;
          declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || !states.has(a.fieldName));
          // Internal state is never part of the public API, whether or not TypeScript marks it private.
          for (const member of declaration.members ?? [])
            if (member.kind === 'field' && states.has(member.name)) member.privacy = 'private';
        }
      }
    },
  };
}

/** `npm run analyze` writes custom-elements.json from the elements' JSDoc (attributes, events, slots, parts, CSS properties). */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [internalStateIsNoAttribute()],
};
