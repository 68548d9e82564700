import { validationKey } from './validation-message';

const detail = (facts: Record<string, unknown>) => ({ path: 'body/x', message: 'English', ...facts });

test('schema checks map to a sentence of the validation catalogue', () => {
  expect(validationKey(detail({ issue: 'too_small', origin: 'string', limit: 1 }))).toBe('required');
  expect(validationKey(detail({ issue: 'too_small', origin: 'string', limit: 8 }))).toBe('tooShort');
  expect(validationKey(detail({ issue: 'too_big', origin: 'string', limit: 200 }))).toBe('tooLong');
  expect(validationKey(detail({ issue: 'too_small', origin: 'number', limit: 0 }))).toBe('tooLow');
  expect(validationKey(detail({ issue: 'too_big', origin: 'number', limit: 1e6 }))).toBe('tooHigh');
  expect(validationKey(detail({ issue: 'too_small', origin: 'array', limit: 1 }))).toBe('required');
  expect(validationKey(detail({ issue: 'too_small', origin: 'array', limit: 2 }))).toBe('tooFew');
  expect(validationKey(detail({ issue: 'too_big', origin: 'array', limit: 50 }))).toBe('tooMany');
  expect(validationKey(detail({ issue: 'invalid_type' }))).toBe('invalidType');
  expect(validationKey(detail({ issue: 'invalid_format', format: 'email' }))).toBe('email');
  expect(validationKey(detail({ issue: 'invalid_format', format: 'uuid' }))).toBe('reference');
  expect(validationKey(detail({ issue: 'invalid_format', format: 'datetime' }))).toBe('date');
  expect(validationKey(detail({ issue: 'invalid_format', format: 'regex' }))).toBe('format');
  expect(validationKey(detail({ issue: 'invalid_value' }))).toBe('notAnOption');
  expect(validationKey(detail({ issue: 'unrecognized_keys' }))).toBe('unknownField');
  expect(validationKey(detail({ issue: 'invalid_union' }))).toBe('invalid');
});

test('a specific message (service rule or refine) is shown as the API wrote it', () => {
  expect(validationKey(detail({}))).toBeUndefined();
});
