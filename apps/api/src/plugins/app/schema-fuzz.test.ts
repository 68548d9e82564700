import { type Role, allows } from '@vigil/contracts';
import fc from 'fast-check';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { overviewWorld } from '../../features/overview/overview-fixtures';
import { api } from '../../test/fixtures';
import {
  type FieldPath,
  bodyWithNasty,
  detailPathOf,
  fieldPaths,
  pathArbitrary,
  queryWithNasty,
} from '../../test/fuzz-requests';
import { arbitraryFor } from '../../test/json-schema-arbitrary';
import { type IdsFor, knownIds } from '../../test/known-ids';
import { BODY_NASTIES, QUERY_NASTIES } from '../../test/nasties';
import { type OperationTarget, operationTargets } from '../../test/openapi-targets';
import { rowCounter } from '../../test/row-counts';
import { rawRequest } from '../../test/raw-request';
import { concretePath, verbOf } from '../../test/routes';

/** Routes that would end the fuzzer's own sessions (they have their own tests). */
const ENDS_SESSIONS = /emergency-lock|revoke-all|\/logout$/;
/** Every route is fuzzed as the first of these its access lets through. */
const ROLES_TRIED = ['coordinator', 'admin', 'lawyer'] as const satisfies Role[];
const STACK_TRACE = /\bat .+\.(ts|js):\d+|node_modules|PrismaClient/;
/** Runs per route and test; `FUZZ_RUNS=200` makes a longer hunt (failures print a seed to replay). */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 10);
/** Query parameters checked beyond their schema: the generated base gets a valid value instead. */
const VALID_QUERY_VALUES: Record<string, string> = { timeZone: 'Europe/Paris' };
const isRoot = (path: string) => /^(body|querystring)\/?$/.test(path);

interface Answer {
  status: number;
  text: string;
}
const parsed = (text: string) => {
  try {
    return JSON.parse(text) as { error?: { code?: unknown; details?: { path: string }[] } };
  } catch {
    return null;
  }
};

/**
 * A fuzzer driven by the OpenAPI document: for every documented body and query string, well-formed
 * input generated from its schema with one field replaced by something hostile. References and path
 * ids are mostly rows of a small seeded world, so requests get past the lookups to the writes.
 * Whatever happens: no 500, no stack trace, a refusal names the broken field, and a refused request
 * wrote nothing.
 */
describe('schema-driven fuzzing of every route', () => {
  let t: TestApp;
  const tokens = new Map<Role, string>();
  let counts: () => Promise<Record<string, number>>;
  let ids: IdsFor;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '1000000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000000' });
    const { people } = await overviewWorld(t.app);
    for (const role of ROLES_TRIED) tokens.set(role, people[role].token);
    // The fuzzing accounts are never the target of a user edit: a deactivation would end their sessions.
    ids = await knownIds(t.app, ROLES_TRIED.map((role) => people[role].user.id));
    counts = await rowCounter(t.app);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  const targets = () => operationTargets(t.app).filter((target) => !ENDS_SESSIONS.test(target.url));
  const tokenFor = (target: OperationTarget) => {
    const role = ROLES_TRIED.find((r) => allows(r, target.access));
    if (!role) throw new Error(`No fuzzing role may call ${target.method} ${target.url}`);
    return tokens.get(role);
  };
  // Bodies go out as raw bytes (supertest would serialise a Buffer as JSON of its bytes).
  const jsonHeaders = (target: OperationTarget) => ({
    'content-type': 'application/json',
    authorization: `Bearer ${tokenFor(target)}`,
  });
  const request = (target: OperationTarget, path: string, query = '') =>
    api(t.app, tokenFor(target))[verbOf(target)](`${path}${query ? `?${query}` : ''}`);

  /** The field a request broke, and the same request without the break. */
  interface Broken {
    path: string;
    unbroken: () => PromiseLike<Answer>;
  }

  /** Sends one request and checks the answer, and for a refusal that no table changed. */
  async function probe(label: string, send: () => PromiseLike<Answer>, broken?: Broken): Promise<Answer> {
    const before = await counts();
    const res = await send();
    expect([label, res.status < 500]).toEqual([label, true]);
    expect([label, STACK_TRACE.test(res.text)]).toEqual([label, false]);
    const error = parsed(res.text)?.error;
    if (res.status >= 400) {
      expect([label, await counts()]).toEqual([label, before]);
      expect([label, typeof error?.code]).toEqual([label, 'string']);
    }
    const details = error?.details;
    if (broken && res.status === 400 && error?.code === 'VALIDATION_FAILED' && details) {
      // The broken field, one of its parents (a union or a required-together rule) or one inside it;
      // unless the request is refused without the break too (a drawn id that matches nothing).
      const named = details.some(
        (d) => (!isRoot(d.path) && broken.path.startsWith(d.path)) || d.path.startsWith(broken.path),
      );
      const refusedAnyway = !named && (await broken.unbroken()).status >= 400;
      expect([label, named || refusedAnyway, details]).toEqual([label, true, details]);
    }
    return res;
  }

  const describeField = (path: FieldPath) => path.join('.') || '(body)';

  // First, while no route-level rate limit (password changes) has been used up by the fuzzing.
  it('refuses a 10 MB field with 413 on every documented body', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 'x');
    for (const target of targets().filter((x) => x.body)) {
      const key = Object.keys(target.body?.properties ?? {})[0] ?? 'x';
      const body = Buffer.concat([Buffer.from(`{"${key}":"`), big, Buffer.from('"}')]);
      const label = `${target.method} ${target.url} ${key} = 10 MB`;
      const path = concretePath(target.url);
      const res = await probe(label, () => rawRequest(t.app, { method: target.method, path, headers: jsonHeaders(target), body }));
      // Dossier checks take a whole manifest and have a limit of their own; their schema refuses it.
      const expected = target.url === '/api/dossiers/verify' ? 400 : 413;
      expect([label, res.status]).toEqual([label, expected]);
    }
  });

  it('keeps every documented body safe when one field turns hostile', async () => {
    for (const target of targets().filter((x) => x.body)) {
      const schema = target.body ?? {};
      const sample = fc.tuple(
        pathArbitrary(target.url, ids),
        arbitraryFor(schema, { ids }),
        fc.nat(),
        fc.constantFrom(...BODY_NASTIES),
      );
      await fc.assert(
        fc.asyncProperty(sample, async ([url, value, pick, nasty]) => {
          const paths = fieldPaths(value, schema);
          const path = paths[pick % Math.max(paths.length, 1)] ?? [];
          const label = `${target.method} ${url} ${describeField(path)} = ${nasty.name}`;
          const send = (body: Buffer) => rawRequest(t.app, { method: target.method, path: url, headers: jsonHeaders(target), body });
          await probe(label, () => send(bodyWithNasty(value, path, nasty)), {
            path: detailPathOf('body', path),
            unbroken: () => send(Buffer.from(JSON.stringify(value))),
          });
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps every documented query string safe when one parameter turns hostile', async () => {
    for (const target of targets().filter((x) => x.query)) {
      const schema = target.query ?? {};
      const keys = Object.keys(schema.properties ?? {});
      const sample = fc.tuple(
        pathArbitrary(target.url, ids),
        arbitraryFor(schema, { ids }),
        fc.constantFrom(...keys),
        fc.constantFrom(...QUERY_NASTIES),
      );
      await fc.assert(
        fc.asyncProperty(sample, async ([url, value, key, nasty]) => {
          const label = `${target.method} ${url}?${key}= ${nasty.name}`;
          // A cursor is opaque (handed out by a previous page): only ever the broken field.
          const valid = Object.entries(VALID_QUERY_VALUES).filter(([name]) => keys.includes(name));
          const { cursor: _generated, ...base } = { ...(value as object), ...Object.fromEntries(valid) };
          const query = queryWithNasty(base, key, nasty.encoded);
          await probe(label, () => request(target, url, query), {
            path: detailPathOf('querystring', [key]),
            unbroken: () => request(target, url, queryWithNasty(base, key, '').replace(/&?[^&]*=$/, '')),
          });
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
  });
});
