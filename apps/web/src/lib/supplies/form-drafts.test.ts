import type { DistributionDetail, SupplyItemView } from '@vigil/contracts';
import { distributionBody, distributionToDraft, newDistributionDraft } from './distribution-draft';
import { donationBody, newDonationDraft } from './donation-draft';
import { NEW_ITEM, asksSize, itemBody, itemToDraft } from './item-draft';
import { needBody } from './need-draft';
import { newLine } from './lines';

const blanket = {
  id: '6f2b1d0e-8c1a-4a8e-9d55-0a4b8f9b1c01',
  code: 'BLANKET',
  category: 'shelter',
  nameEn: 'Blanket',
  nameFr: 'Couverture',
  unit: 'piece',
  size: null,
  gender: null,
} as const;

describe('catalogue editor bodies', () => {
  it('send the code only when creating, and empty choices as null', () => {
    const draft = {
      ...NEW_ITEM,
      code: 'BOOTS-43',
      category: 'shoes' as const,
      nameEn: 'Boots',
      nameFr: 'Bottes',
    };
    expect(itemBody(draft, 'create')).toMatchObject({
      code: 'BOOTS-43',
      size: null,
      gender: null,
      propertyTypeId: null,
    });
    expect(itemBody({ ...draft, category: '' }, 'edit')).not.toHaveProperty('code');
    expect(itemBody({ ...draft, category: '' }, 'edit')).toMatchObject({ category: null, active: true });
  });

  it('asks size and fit for clothing and shoes, and wherever they are set', () => {
    expect(asksSize({ category: 'shoes', size: '', gender: '' })).toBe(true);
    expect(asksSize({ category: 'food', size: '', gender: '' })).toBe(false);
    expect(asksSize({ category: 'nappies', size: '4', gender: '' })).toBe(true);
    const item = {
      ...blanket,
      tracksExpiry: false,
      priority: 'high',
      season: 'winter',
      propertyTypeId: null,
      active: false,
    } as SupplyItemView;
    expect(itemBody(itemToDraft(item), 'edit')).toMatchObject({
      priority: 'high',
      season: 'winter',
      active: false,
      size: null,
    });
  });
});

describe('distribution bodies', () => {
  it('record people served after the fact, and plan or change by the scheduled time', () => {
    const draft = {
      ...newDistributionDraft({ locationId: 'loc', lines: [newLine(blanket, '12')] }),
      at: '2026-12-10T18:30',
      served: { men: '40', women: '', families: '3', minors: '9' },
    };
    expect(distributionBody('record', draft, 'Europe/Paris')).toEqual({
      locationId: 'loc',
      siteId: null,
      needId: null,
      distributedAt: '2026-12-10T17:30:00.000Z',
      served: { men: 40, women: 0, families: 3, minors: 9 },
      note: null,
      lines: [{ itemId: blanket.id, quantity: 12 }],
    });
    expect(distributionBody('edit', draft, 'Europe/Paris', 3)).toMatchObject({
      version: 3,
      scheduledAt: '2026-12-10T17:30:00.000Z',
    });
    expect(distributionBody('plan', draft, 'Europe/Paris')).not.toHaveProperty('served');
  });

  it('open a planned distribution as it is, to save it back unchanged', () => {
    const planned = {
      location: { id: 'loc' },
      site: { id: 'site' },
      needId: 'need',
      scheduledAt: new Date('2026-12-10T17:30:00.000Z'),
      note: 'Morning',
      lines: [{ item: blanket, planned: 5 }],
    } as unknown as DistributionDetail;
    expect(distributionBody('edit', distributionToDraft(planned, 'Europe/Paris'), 'Europe/Paris', 2)).toEqual(
      {
        version: 2,
        locationId: 'loc',
        siteId: 'site',
        needId: 'need',
        scheduledAt: '2026-12-10T17:30:00.000Z',
        note: 'Morning',
        lines: [{ itemId: blanket.id, quantity: 5 }],
      },
    );
  });
});

describe('donation and need bodies', () => {
  it('leave the time out for now, and name no donor when none is given', () => {
    const body = donationBody({ ...newDonationDraft([newLine(blanket, '25')]), locationId: 'wh' }, 'UTC');
    expect(body).toMatchObject({ locationId: 'wh', source: 'donation', donor: null, occurredAt: undefined });
    expect(JSON.stringify(body)).not.toContain('occurredAt');
  });

  it('carry the version only when changing a need', () => {
    const draft = {
      siteId: '',
      partner: 'RYS',
      neededBy: '2026-12-20',
      note: '',
      lines: [newLine(blanket, '10')],
    };
    expect(needBody(draft)).not.toHaveProperty('version');
    expect(needBody(draft, 4)).toMatchObject({ version: 4, siteId: null, partner: 'RYS', note: null });
  });
});
