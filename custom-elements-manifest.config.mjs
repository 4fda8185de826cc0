// @ts-check
/** `npm run analyze` writes custom-elements.json from the elements' JSDoc (attributes, events, slots, parts, CSS properties). */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
