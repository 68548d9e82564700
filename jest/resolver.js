/**
 * Two resolutions Jest's CommonJS resolver does not make on its own:
 * - sources written for NodeNext import their siblings as `./x.js`; when no such file exists (the
 *   source is x.ts), resolve the TypeScript file;
 * - ESM-only packages (file-type and its dependencies) export only an `import` condition; resolve
 *   that entry, which the transform then compiles (see transformIgnorePatterns).
 */
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js')) {
      return options.defaultResolver(request.replace(/\.js$/, '.ts'), options);
    }
    if (!request.startsWith('.') && !request.startsWith('/')) {
      return options.defaultResolver(request, { ...options, conditions: ['import', 'node', 'default'] });
    }
    throw error;
  }
};
