import { keepOrder, keysetSortLink, orderParams, readSort, sortLinks, sortRows } from './sort';

describe('table sorting', () => {
  const columns = ['name', 'people'] as const;

  it('reads a known column and direction from the URL, else the default', () => {
    expect(readSort({ sort: 'people', dir: 'desc' }, columns, { column: 'name', dir: 'asc' })).toEqual({
      column: 'people',
      dir: 'desc',
    });
    expect(readSort({ sort: 'address', dir: 'desc' }, columns, { column: 'name', dir: 'asc' })).toEqual({
      column: 'name',
      dir: 'asc',
    });
    expect(readSort({ sort: ['people'], dir: 'sideways' }, columns, { column: 'name', dir: 'asc' })).toEqual({
      column: 'people',
      dir: 'asc',
    });
  });

  it('sorts text by the language, numbers and dates by value, missing values last', () => {
    const rows = [
      { name: 'Zone 10', people: 5, at: new Date('2026-03-01') },
      { name: 'école', people: null, at: null },
      { name: 'Zone 9', people: 40, at: new Date('2026-01-01') },
      { name: 'Abri', people: 12, at: new Date('2026-02-01') },
    ];
    expect(sortRows(rows, (r) => r.name, 'asc', 'fr').map((r) => r.name)).toEqual([
      'Abri',
      'école',
      'Zone 9',
      'Zone 10',
    ]);
    expect(sortRows(rows, (r) => r.people, 'desc', 'fr').map((r) => r.people)).toEqual([40, 12, 5, null]);
    expect(sortRows(rows, (r) => r.people, 'asc', 'fr').map((r) => r.people)).toEqual([5, 12, 40, null]);
    expect(sortRows(rows, (r) => r.at, 'asc', 'en').map((r) => r.name)).toEqual([
      'Zone 9',
      'Abri',
      'Zone 10',
      'école',
    ]);
  });

  it('keeps the filters in header links and flips the sorted column', () => {
    const link = sortLinks<'name' | 'people'>(
      '/sites',
      { status: 'active', type: ['camp', 'squat'], sort: 'name', dir: 'asc' },
      {
        column: 'name',
        dir: 'asc',
      },
    );
    expect(link('name')).toEqual({
      sorted: 'asc',
      href: '/sites?status=active&type=camp&type=squat&sort=name&dir=desc',
    });
    expect(link('people', 'desc')).toEqual({
      sorted: null,
      href: '/sites?status=active&type=camp&type=squat&sort=people&dir=desc',
    });
  });

  it('links a keyset-paged header to the API order of each direction, dropping the cursor', () => {
    const params = { category: 'shelter', sort: 'code_asc', cursor: 'abc' };
    const code = { asc: 'code_asc', desc: 'code_desc' };
    expect(keysetSortLink('/supplies/items', params, 'code_asc', code)).toEqual({
      sorted: 'asc',
      href: '/supplies/items?category=shelter&sort=code_desc',
    });
    expect(
      keysetSortLink('/supplies/items', params, 'code_asc', { asc: 'name_asc', desc: 'name_desc' }),
    ).toEqual({
      sorted: null,
      href: '/supplies/items?category=shelter&sort=name_asc',
    });
  });

  it('keeps the order of a table loaded whole through filter links', () => {
    const order = orderParams({ q: 'x', sort: 'people', dir: 'desc' });
    expect(order).toEqual({ sort: 'people', dir: 'desc' });
    expect(keepOrder('/sites?type=camp', order)).toBe('/sites?type=camp&sort=people&dir=desc');
    expect(keepOrder('/sites', order)).toBe('/sites?sort=people&dir=desc');
    expect(keepOrder('/sites', orderParams({ q: 'x' }))).toBe('/sites');
  });
});
