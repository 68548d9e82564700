// Tailwind 4 runs as a PostCSS plugin; nothing is fetched at build time.
const config = {
  plugins: {
    '@tailwindcss/postcss': {},
  },
};

export default config;
