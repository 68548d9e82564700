import { chartCsv, stackedTable } from './chart-csv';

describe('chart CSV', () => {
  it('writes the header row and one line per row, CRLF, numbers as given', () => {
    expect(chartCsv({ header: ['Mois', 'Gaz lacrymogène', 'Total'], rows: [['janvier 2026', 3, 3]] })).toBe(
      'Mois,Gaz lacrymogène,Total\r\njanvier 2026,3,3\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, leaves missing values empty', () => {
    expect(
      chartCsv({
        header: ['a', 'b'],
        rows: [
          ['Calais, "la jungle"', null],
          ['two\nlines', 1.5],
        ],
      }),
    ).toBe('a,b\r\n"Calais, ""la jungle""",\r\n"two\nlines",1.5\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, not negative numbers', () => {
    expect(chartCsv({ header: ['=SUM(A1)'], rows: [['@cmd'], ['+1'], [-4]] })).toBe(
      "'=SUM(A1)\r\n'@cmd\r\n'+1\r\n-4\r\n",
    );
  });

  it('keeps right-to-left labels as they are', () => {
    expect(chartCsv({ header: ['الشهر', 'المجموع'], rows: [['يناير', 2]] })).toBe(
      'الشهر,المجموع\r\nيناير,2\r\n',
    );
  });

  it('builds a stacked chart table with zeros for missing counts and a total column', () => {
    const counts = new Map([
      [
        '2026-01',
        new Map([
          ['gas', 2],
          ['baton', 1],
        ]),
      ],
    ]);
    const table = stackedTable(
      { period: 'Month', total: 'Total' },
      [
        { key: '2026-01', label: 'January 2026' },
        { key: '2026-02', label: 'February 2026' },
      ],
      [
        { id: 'gas', label: 'Tear gas' },
        { id: 'baton', label: 'Baton' },
      ],
      (period, series) => counts.get(period)?.get(series),
    );
    expect(chartCsv(table)).toBe(
      'Month,Tear gas,Baton,Total\r\nJanuary 2026,2,1,3\r\nFebruary 2026,0,0,0\r\n',
    );
  });
});
