/**
 * Sources written for NodeNext import their siblings as `./x.js`; when no such file exists (the
 * source is x.ts), resolve the TypeScript file. Packages in node_modules resolve as usual.
 */
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js')) {
      return options.defaultResolver(request.replace(/\.js$/, '.ts'), options);
    }
    throw error;
  }
};
