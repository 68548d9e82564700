import { randomBytes, randomUUID } from 'node:crypto';
import { loadApiEnv } from '@vigil/config';
import { buildApp } from '../../../app';
import { createUser } from '../../../test/fixtures';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { seedCase, seedPerson } from '../casework-fixtures';
import { wrappingKey, wrappingKeysFromConfig } from '../vault/data-keys';
import { CaseworkVault, type SealedAt } from '../vault/vault';
import { resealUnderActiveKey } from './reseal';
import { addDataKey, rewrapDataKeys } from './rewrap-data-keys';

const newKey = () => randomBytes(32).toString('base64');

describe('casework key rotation', () => {
  const oldKey = newKey();
  const rotatedKey = newKey();
  let t: TestApp;
  let sealed: { at: SealedAt; plain: string; column: () => Promise<string> }[];
  let historyValue: { at: SealedAt; value: string };

  beforeAll(async () => {
    t = await buildTestApp({ CASEWORK_KEY: oldKey });
    const user = await createUser(t.app, { role: 'coordinator' });
    const person = await seedPerson(t.app, {
      createdById: user.id,
      legalName: 'Tesfay Gebremariam',
      phone: '+33 6 11 22 33 44',
    });
    const kase = await seedCase(t.app, {
      personId: person.id,
      createdById: user.id,
      summary: 'Dublin transfer to Italy',
    });
    const noteId = randomUUID();
    const noteAt: SealedAt = { table: 'case_notes', id: noteId, field: 'body' };
    await t.app.db.caseNote.create({
      data: {
        id: noteId,
        caseId: kase.id,
        bodyEnc: t.app.vault.seal(noteAt, 'Hearing on Monday'),
        authorId: user.id,
      },
    });
    const partnerId = randomUUID();
    const partnerAt: SealedAt = { table: 'partners', id: partnerId, field: 'notes' };
    await t.app.db.partner.create({
      data: {
        id: partnerId,
        name: 'Legal aid desk',
        kind: 'legal_aid',
        notesEnc: t.app.vault.seal(partnerAt, 'Avoid Tuesdays'),
      },
    });
    // A history value is bound to the row it came from, not to its history row.
    const nameAt: SealedAt = { table: 'people', id: person.id, field: 'legalName' };
    historyValue = { at: nameAt, value: person.legalNameEnc! };
    await t.app.db.caseworkChange.create({
      data: {
        personId: person.id,
        action: 'person.update',
        field: 'legalName',
        oldValue: person.legalNameEnc,
        sealed: true,
      },
    });
    const db = t.app.db;
    sealed = [
      {
        at: nameAt,
        plain: 'Tesfay Gebremariam',
        column: async () => (await db.person.findUniqueOrThrow({ where: { id: person.id } })).legalNameEnc!,
      },
      {
        at: { table: 'cases', id: kase.id, field: 'summary' },
        plain: 'Dublin transfer to Italy',
        column: async () => (await db.case.findUniqueOrThrow({ where: { id: kase.id } })).summaryEnc!,
      },
      {
        at: noteAt,
        plain: 'Hearing on Monday',
        column: async () => (await db.caseNote.findUniqueOrThrow({ where: { id: noteId } })).bodyEnc,
      },
      {
        at: partnerAt,
        plain: 'Avoid Tuesdays',
        column: async () => (await db.partner.findUniqueOrThrow({ where: { id: partnerId } })).notesEnc!,
      },
    ];
  });
  afterAll(() => t.close());

  /** A new API process on the same database with these keys: what it reads, or why it cannot boot. */
  async function readWith(keys: { CASEWORK_KEY: string; CASEWORK_KEY_PREVIOUS?: string }) {
    const env = loadApiEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: t.databaseUrl,
      MASTER_KEY: t.app.config.MASTER_KEY,
      ...keys,
    });
    const app = await buildApp({ env });
    try {
      await app.ready();
      const values = await Promise.all(sealed.map(async (s) => app.vault.open(s.at, await s.column())));
      return { values, history: await app.vault.open(historyValue.at, historyValue.value) };
    } finally {
      await app.close();
    }
  }
  const plain = () => sealed.map((s) => s.plain);
  const fromOld = () => wrappingKeysFromConfig({ MASTER_KEY: t.app.config.MASTER_KEY, CASEWORK_KEY: oldKey });
  const to = wrappingKey(Buffer.from(rotatedKey, 'base64'));

  it('re-wraps every data key under the new casework key; old data reads with the new key alone', async () => {
    expect(await rewrapDataKeys(t.app.db, fromOld(), to)).toBe(1);
    const keys = await t.app.db.dataKey.findMany();
    expect(keys).toEqual([
      expect.objectContaining({ masterKeyId: to.id, active: true, rewrappedAt: expect.any(Date) }),
    ]);

    expect(await readWith({ CASEWORK_KEY: rotatedKey, CASEWORK_KEY_PREVIOUS: oldKey })).toEqual({
      values: plain(),
      history: 'Tesfay Gebremariam',
    });
    expect(await readWith({ CASEWORK_KEY: rotatedKey })).toEqual({
      values: plain(),
      history: 'Tesfay Gebremariam',
    });
    // A process restarted with only the old key cannot unwrap anything: it refuses to boot.
    await expect(readWith({ CASEWORK_KEY: oldKey })).rejects.toThrow(/wrapped by an unknown key/);
    // The running process holds the data key unwrapped: it still reads and seals.
    expect(await t.app.vault.open(sealed[0]!.at, await sealed[0]!.column())).toBe('Tesfay Gebremariam');
    // Running the rotation again (e.g. after an interruption) is harmless.
    expect(await rewrapDataKeys(t.app.db, fromOld(), to)).toBe(1);
  });

  it('with a new data key, re-seals every value under it; history values stay under the old one and still read', async () => {
    const oldDataKey = CaseworkVault.keyIdOf(await sealed[0]!.column());
    const newDataKey = await addDataKey(t.app.db, to);
    const vault = new CaseworkVault(t.app.db, { current: to, previous: null });
    await vault.load();
    expect(vault.activeKeyId).toBe(newDataKey);

    const counts = await resealUnderActiveKey(t.app.db, vault, { batch: 1 });
    // Values, not rows: the person has a legal name and contacts.
    expect(counts).toEqual({ people: 2, cases: 1, case_notes: 1, partners: 1 });
    for (const s of sealed) expect(CaseworkVault.keyIdOf(await s.column())).toBe(newDataKey);
    const history = await t.app.db.caseworkChange.findFirstOrThrow({ where: { sealed: true } });
    expect(CaseworkVault.keyIdOf(history.oldValue!)).toBe(oldDataKey);

    expect(await readWith({ CASEWORK_KEY: rotatedKey })).toEqual({
      values: plain(),
      history: 'Tesfay Gebremariam',
    });
    expect(await resealUnderActiveKey(t.app.db, vault)).toEqual({});
    expect(await t.app.db.dataKey.count({ where: { active: true } })).toBe(1);
  });
});
