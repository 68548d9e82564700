/** How a deadline reads on screen. Client-safe, pure. */
export type DeadlineState = 'done' | 'overdue' | 'soon' | 'later';

const DAY_MS = 86_400_000;

/** Appeal deadlines are short and fatal when missed: overdue ones and those within `days` stand out. */
export function deadlineState(
  deadline: { dueAt: Date; doneAt?: Date | null },
  now: Date,
  days = 7,
): DeadlineState {
  if (deadline.doneAt) return 'done';
  const due = deadline.dueAt.getTime();
  if (due < now.getTime()) return 'overdue';
  return due <= now.getTime() + days * DAY_MS ? 'soon' : 'later';
}

/** Open ones first (soonest first), then done ones (latest first). */
export function sortDeadlines<D extends { dueAt: Date; doneAt: Date | null }>(deadlines: readonly D[]): D[] {
  return [...deadlines].sort((a, b) => {
    if (!a.doneAt !== !b.doneAt) return a.doneAt ? 1 : -1;
    return a.doneAt ? b.dueAt.getTime() - a.dueAt.getTime() : a.dueAt.getTime() - b.dueAt.getTime();
  });
}
