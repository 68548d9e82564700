import { deadlineState, sortDeadlines } from './deadlines';

const now = new Date('2026-03-10T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('deadlines', () => {
  test('overdue once past, soon within the week, later beyond it, done whatever the date', () => {
    expect(deadlineState({ dueAt: at('2026-03-10T11:59:00Z') }, now)).toBe('overdue');
    expect(deadlineState({ dueAt: at('2026-03-17T12:00:00Z') }, now)).toBe('soon');
    expect(deadlineState({ dueAt: at('2026-03-17T12:01:00Z') }, now)).toBe('later');
    expect(
      deadlineState({ dueAt: at('2026-03-01T00:00:00Z'), doneAt: at('2026-03-02T00:00:00Z') }, now),
    ).toBe('done');
  });

  test('open deadlines soonest first, then done ones latest first', () => {
    const d = (id: string, due: string, done: string | null = null) => ({
      id,
      dueAt: at(due),
      doneAt: done ? at(done) : null,
    });
    const sorted = sortDeadlines([
      d('done-old', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
      d('late', '2026-04-01T00:00:00Z'),
      d('done-new', '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'),
      d('early', '2026-03-01T00:00:00Z'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['early', 'late', 'done-new', 'done-old']);
  });
});
