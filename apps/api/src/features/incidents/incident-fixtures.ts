import type { FastifyInstance } from 'fastify';
import { api } from '../../test/fixtures';

/** Vocabulary ids by code, for building request bodies in tests. */
export async function termIds(app: FastifyInstance, token: string): Promise<Record<string, string>> {
  const res = await api(app, token).get('/api/vocabularies');
  return Object.fromEntries((res.body.terms as { code: string; id: string }[]).map((t) => [t.code, t.id]));
}

export function incidentBody(terms: Record<string, string>, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Tear gas on people sleeping under the bridge',
    narrative: 'CRS units arrived at 06:10 and sprayed gas into tents.',
    startAt: '2026-02-14T06:10:00.000Z',
    sourceType: 'first_hand',
    status: 'submitted',
    commune: 'Calais',
    latitude: 50.9513,
    longitude: 1.8587,
    coordinatePrecisionM: 50,
    victims: [
      { key: 'v1', alias: 'Group under the bridge', isGroup: true, count: 40 },
      { key: 'v2', alias: 'A.', minor: true, ageMin: 15, ageMax: 16 },
    ],
    perpetrators: [
      { key: 'p1', forceId: terms.crs, unit: 'CRS 8', rioShown: 'no', officerCount: 12, vehicleCount: 4 },
    ],
    acts: [
      {
        actTypeId: terms.gas_on_sleeping_people,
        victimKeys: ['v1', 'v2'],
        perpetratorKeys: ['p1'],
        quotes: ['Dégagez !'],
        items: [{ propertyTypeId: terms.tents, fate: 'destroyed', count: 6 }],
      },
    ],
    witnesses: [{ key: 'w1', alias: 'Volunteer M.', willingToTestify: true, contact: '+33 6 00 00 00 00' }],
    followUps: [
      { body: 'defenseur_des_droits', status: 'filed', date: '2026-03-01', reference: 'DDD-2026-1' },
    ],
    ...overrides,
  };
}
