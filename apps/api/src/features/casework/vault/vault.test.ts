import { randomBytes, randomUUID } from 'node:crypto';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { wrapDataKey, wrappingKeysFromConfig } from './data-keys';
import { CaseworkVault } from './vault';

describe('casework vault', () => {
  let t: TestApp;
  const at = (field = 'legalName', id = randomUUID()) => ({ table: 'people' as const, id, field });

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const freshVault = async () => {
    const vault = new CaseworkVault(t.app.db, wrappingKeysFromConfig(t.app.config));
    await vault.load();
    return vault;
  };

  it('opens what it sealed, and the sealed form shows nothing of the text', async () => {
    const where = at();
    const sealed = t.app.vault.seal(where, 'Amina Haddad — عربي');
    expect(sealed).toMatch(/^c1\.\d+\./);
    expect(sealed).not.toContain('Amina');
    expect(await t.app.vault.open(where, sealed)).toBe('Amina Haddad — عربي');
    expect(t.app.vault.seal(where, 'same')).not.toBe(t.app.vault.seal(where, 'same'));
    expect(t.app.vault.sealOptional(where, null)).toBeNull();
    expect(await t.app.vault.openOptional(where, null)).toBeNull();
  });

  it('binds a value to its table, row and field: moved elsewhere it no longer opens', async () => {
    const where = at('legalName');
    const sealed = t.app.vault.seal(where, 'Yonas Tesfay');
    await expect(t.app.vault.open({ ...where, id: randomUUID() }, sealed)).rejects.toThrow();
    await expect(t.app.vault.open({ ...where, field: 'notes' }, sealed)).rejects.toThrow();
    await expect(t.app.vault.open({ ...where, table: 'cases' }, sealed)).rejects.toThrow();
    const [prefix, keyId, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body as string, 'base64url');
    flipped[0] = (flipped[0] as number) ^ 1;
    await expect(
      t.app.vault.open(where, [prefix, keyId, iv, tag, flipped.toString('base64url')].join('.')),
    ).rejects.toThrow();
    await expect(t.app.vault.open(where, 'not-sealed')).rejects.toThrow('Malformed sealed value');
  });

  it('loads the same data key in a second process on the same database', async () => {
    const where = at('notes');
    const other = await freshVault();
    expect(other.activeKeyId).toBe(t.app.vault.activeKeyId);
    expect(await other.open(where, t.app.vault.seal(where, 'shared key'))).toBe('shared key');
    expect(await t.app.db.dataKey.count()).toBe(1);
  });

  it('loads a data key it has not seen (another process rotated) on first use', async () => {
    const wrapping = wrappingKeysFromConfig(t.app.config).current;
    await t.app.db.$transaction([
      t.app.db.dataKey.updateMany({ data: { active: false } }),
      t.app.db.dataKey.create({
        data: { wrapped: wrapDataKey(wrapping, randomBytes(32)), masterKeyId: wrapping.id, active: true },
      }),
    ]);
    const rotated = await freshVault();
    expect(rotated.activeKeyId).not.toBe(t.app.vault.activeKeyId);
    const where = at('contacts');
    const sealed = rotated.seal(where, '+33 6 12 34 56 78');
    expect(CaseworkVault.keyIdOf(sealed)).toBe(rotated.activeKeyId);
    // The app's vault never saw this key: it reloads the keys and opens the value.
    expect(await t.app.vault.open(where, sealed)).toBe('+33 6 12 34 56 78');
    const unknown = sealed.replace(/^c1\.\d+\./, 'c1.9999.');
    await expect(t.app.vault.open(where, unknown)).rejects.toThrow('Unknown casework data key 9999');
  });
});
