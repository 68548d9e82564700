import fc from 'fast-check';
import type { IdsFor } from './known-ids';

/** The part of JSON Schema that the OpenAPI document (from the routes' zod schemas) uses. */
export interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
}

/** Where a value sits (its property name), and the existing ids a reference there may take. */
export interface ArbitraryContext {
  ids?: IdsFor;
  key?: string;
}

// Generated values stay small: the point is a well-formed request to mutate, not a load test.
const MAX_STRING = 24;
const MAX_ITEMS = 3;

const dateOnly = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

function uuidArbitrary(context: ArbitraryContext): fc.Arbitrary<string> {
  const existing = context.key && context.ids ? context.ids(context.key) : [];
  if (existing.length === 0) return fc.uuid({ version: 4 });
  // Mostly a row that exists (so the request gets past the lookups), sometimes one that does not.
  return fc.oneof({ arbitrary: fc.constantFrom(...existing), weight: 4 }, { arbitrary: fc.uuid({ version: 4 }), weight: 1 });
}

function stringArbitrary(schema: JsonSchema, context: ArbitraryContext = {}): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return uuidArbitrary(context);
  if (schema.format === 'date') return dateOnly;
  if (schema.format === 'date-time') return dateTime;
  if (schema.format === 'email') return fc.stringMatching(/^[a-z]{1,12}$/).map((name) => `${name}@example.org`);
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => fits(s, schema));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING));
  // Letters only, so that a generated value trips no rule of its own (schemas trim spaces, for one).
  return fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength, maxLength });
}

const fits = (s: string, schema: JsonSchema) =>
  s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Number.MAX_SAFE_INTEGER);

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
  const low = Math.max(min, -1_000_000);
  const high = Math.min(max, 1_000_000);
  if (integer) return fc.integer({ min: Math.ceil(low), max: Math.floor(high) });
  return fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(schema: JsonSchema, context: ArbitraryContext): fc.Arbitrary<Record<string, unknown>> {
  if (!schema.properties && schema.propertyNames) {
    const value = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
    return fc.dictionary(stringArbitrary(schema.propertyNames), arbitraryFor(value, context), { maxKeys: MAX_ITEMS });
  }
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    shape[key] = arbitraryFor(property, { ...context, key });
  }
  return fc.record(shape, { requiredKeys: schema.required ?? [] });
}

/** An arbitrary of values the schema accepts (for the shapes zod emits: no $ref, no allOf). */
export function arbitraryFor(schema: JsonSchema, context: ArbitraryContext = {}): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((option) => arbitraryFor(option, context)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => arbitraryFor({ ...schema, type }, context)));
  }
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema, context);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS));
      return fc.array(arbitraryFor(schema.items ?? {}, context), { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, context);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}
