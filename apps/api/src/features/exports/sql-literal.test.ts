import { Prisma } from '@vigil/db';
import pg from 'pg';
import { inlineSql } from './sql-literal';

const HOSTILE = [
  "'; DROP TABLE incidents; --",
  "\\'; SELECT pg_sleep(10); --",
  "O'Brien \\ back\\\\slash \\' end\\",
  '$$; DELETE FROM users; $$',
  "E'\\x27' || chr(39)",
  '"quoted", {braces}, NULL, \\"',
  '-- not a comment */ /* nor this',
  'Téteghem, قالت الشرطة, Кале, 🏕️',
  '\r\n\t;',
  '',
];

describe('inlineSql (COPY queries cannot take bind parameters)', () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.VIGIL_TEST_ADMIN_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  const roundTrip = async (sql: Prisma.Sql) =>
    (await client.query(`SELECT ${inlineSql(sql)} AS v`)).rows[0].v;

  it.each(['on', 'off'])(
    'gives back hostile text unchanged (standard_conforming_strings %s)',
    async (mode) => {
      await client.query(`SET standard_conforming_strings = ${mode}`);
      for (const value of HOSTILE) {
        expect(await roundTrip(Prisma.sql`${value}::text`)).toBe(value);
      }
      expect(await roundTrip(Prisma.sql`${HOSTILE}::text[]`)).toEqual(HOSTILE);
      await client.query('SET standard_conforming_strings = on');
    },
  );

  it('writes dates, numbers, booleans, nulls and empty arrays as literals of their type', async () => {
    const at = new Date('2026-02-14T05:30:00.123Z');
    expect(await roundTrip(Prisma.sql`${at}`)).toEqual(at);
    expect(await roundTrip(Prisma.sql`5-${-3}`)).toBe(8);
    expect(await roundTrip(Prisma.sql`${true} AND NOT ${false}`)).toBe(true);
    expect(await roundTrip(Prisma.sql`${null}::text`)).toBeNull();
    expect(await roundTrip(Prisma.sql`${[]}::uuid[]`)).toEqual([]);
    expect(await roundTrip(Prisma.sql`${['a', null]}::text[]`)).toEqual(['a', null]);
  });

  it('refuses what it cannot write safely', () => {
    expect(() => inlineSql(Prisma.sql`${'a\0b'}`)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ message: expect.stringMatching(/NUL/) })],
      }),
    );
    expect(() => inlineSql(Prisma.sql`${[['nested']]}::text[]`)).toThrow();
    expect(() => inlineSql(Prisma.sql`${{ an: 'object' }}`)).toThrow();
    expect(() => inlineSql(Prisma.sql`${Number.NaN}`)).toThrow();
    expect(() => inlineSql(Prisma.sql`${new Date('nonsense')}`)).toThrow();
  });
});
