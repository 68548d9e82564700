import { incidentListResponseSchema } from '@vigil/contracts';
import { z } from 'zod';
import { foldNullable, responseSerializerCompiler, wireSchemaOf } from './response-serializer';

const writerFor = (schema: z.ZodType) =>
  responseSerializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' });
const zodWrites = (schema: z.ZodType, data: unknown) => JSON.stringify(z.encode(schema, data as never));

const when = new Date('2026-03-01T08:15:00.000Z');

describe('response serializer', () => {
  it('writes what zod would for a page of incidents, Dates as ISO strings', () => {
    const summary = {
      id: '5f0c7a52-8a4e-4c43-9d53-7c8d4bfe0d11',
      reference: 'INC-2026-0000001',
      status: 'submitted',
      title: 'Tents slashed "at dawn"\n',
      startAt: when,
      endAt: null,
      datePrecision: 'exact',
      place: { site: null, placeText: 'Rue des Garennes', commune: 'Calais' },
      sourceType: 'first_hand',
      verificationStatus: 'verified',
      actTypeIds: ['0ca308d1-febd-4c07-ba06-08d059d214bb'],
      forceIds: [],
      victimFlags: ['minor'],
      hasMedia: true,
      version: 3,
      updatedAt: when,
    };
    const withSite = {
      ...summary,
      endAt: new Date('2026-03-01T09:00:00.000Z'),
      place: {
        site: { id: summary.id, name: 'Site 4', commune: 'Loon-Plage' },
        placeText: null,
        commune: null,
      },
    };
    const page = { incidents: [summary, withSite], nextCursor: 'abc' };
    expect(writerFor(incidentListResponseSchema)(page)).toBe(zodWrites(incidentListResponseSchema, page));
  });

  it('writes only the fields the schema declares, at every depth', () => {
    const schema = z.object({ id: z.string(), owner: z.object({ alias: z.string() }).nullable() });
    const written = writerFor(schema)({
      id: 'a',
      passwordHash: 'secret',
      owner: { alias: 'Rose', contact: '+33 6 00 00 00 00' },
    });
    expect(JSON.parse(written)).toEqual({ id: 'a', owner: { alias: 'Rose' } });
  });

  it('leaves optional fields out and writes literals, enums, records and nulls', () => {
    const schema = z.object({
      ok: z.literal(true),
      kind: z.enum(['camp', 'squat']),
      counts: z.record(z.string(), z.number().int()),
      note: z.string().optional(),
      at: z
        .codec(z.iso.datetime(), z.date(), { decode: (s) => new Date(s), encode: (d) => d.toISOString() })
        .nullable(),
    });
    const data = { ok: true, kind: 'squat', counts: { tents: 12 }, at: null } as const;
    expect(writerFor(schema)(data)).toBe(zodWrites(schema, data));
  });

  it('folds zod nullables into a null type, in either order', () => {
    expect(foldNullable({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toEqual({
      type: ['string', 'null'],
    });
    expect(foldNullable({ anyOf: [{ type: 'null' }, { type: 'integer' }] })).toEqual({
      type: ['integer', 'null'],
    });
  });

  it('keeps zod for schemas that need validation to be written', () => {
    const union = z.object({ value: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]) });
    expect(wireSchemaOf(union)).toBeNull();
    expect(writerFor(union)({ value: { b: 2, c: 3 } })).toBe('{"value":{"b":2}}');
    expect(() => writerFor(union)({ value: { c: 3 } })).toThrow();
    expect(wireSchemaOf(z.object({ n: z.bigint() }))).toBeNull();
  });
});
