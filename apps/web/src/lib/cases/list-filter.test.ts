import { caseFilter, caseListQuery, isOn, sortHref, toggleHref } from './list-filter';

const read = (query: string) => caseFilter.read(Object.fromEntries(new URLSearchParams(query)));

describe('case list filter', () => {
  test('a chip switches its value on and off, keeping the rest of the filter', () => {
    const filter = read('scope=all&flag=at_risk');
    expect(toggleHref(filter, 'status', 'open')).toBe('/cases?scope=all&flag=at_risk&status=open');
    const withOpen = caseFilter.read({ scope: 'all', status: ['open', 'waiting'] });
    expect(toggleHref(withOpen, 'status', 'open')).toBe('/cases?scope=all&status=waiting');
    expect(toggleHref(filter, 'flag', 'at_risk')).toBe('/cases?scope=all');
    expect(toggleHref(filter, 'flag', 'urgent')).toBe('/cases?scope=all&flag=urgent');
    expect(isOn(filter, 'flag', 'at_risk')).toBe(true);
    expect(isOn(withOpen, 'status', 'closed')).toBe(false);
  });

  test('only readers of every case get scope=all; "unassigned" means nothing in their own cases', () => {
    const filter = read('scope=all&unassigned=true&q=R-12');
    expect(caseListQuery(filter, true)).toEqual({ scope: 'all', unassigned: 'true', q: 'R-12', limit: 50 });
    expect(caseListQuery(filter, false)).toEqual({ scope: 'mine', q: 'R-12', limit: 50 });
  });

  test('repeated statuses and types go to the API as arrays', () => {
    const filter = caseFilter.read({ status: ['open', 'active'], type: 'dublin' });
    expect(caseListQuery(filter, false)).toEqual({
      scope: 'mine',
      status: ['open', 'active'],
      type: ['dublin'],
      limit: 50,
    });
  });

  test('the order travels to the API and is kept by chips; the default order stays out of the URL', () => {
    const filter = read('status=open&sort=next_deadline_asc');
    expect(caseListQuery(filter, false)).toEqual({
      scope: 'mine',
      status: ['open'],
      sort: 'next_deadline_asc',
      limit: 50,
    });
    expect(toggleHref(filter, 'flag', 'at_risk')).toBe(
      '/cases?flag=at_risk&status=open&sort=next_deadline_asc',
    );
    expect(sortHref(filter, 'reference_asc')).toBe('/cases?status=open&sort=reference_asc');
    expect(sortHref(filter, 'updated_desc')).toBe('/cases?status=open');
    expect(read('sort=alias_asc').sort).toBeUndefined();
  });
});
