/** The ▸ of a <details> summary (Tailwind's reset hides the browser's own); turns when open. */
export function FoldMarker() {
  return (
    <span
      aria-hidden="true"
      className="me-2 inline-block text-ink-soft transition-transform group-open:rotate-90 rtl:-scale-x-100"
    >
      ▸
    </span>
  );
}
