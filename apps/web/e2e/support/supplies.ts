import { adminToken, apiCall, apiLogin } from './api';
import { DEMO_EMAILS, DEMO_PASSWORD } from './env';

/**
 * Stock for one browser test, made through the API as the people who would make it: items by the
 * administrator (catalogue), a warehouse and a van by a coordinator, opening stock received. Names
 * and codes are unique per run, so tests running side by side never see each other's stock.
 */
export interface SuppliesFixture {
  suffix: string;
  items: { id: string; code: string; nameEn: string }[];
  warehouse: { id: string; name: string };
  van: { id: string; name: string };
}

async function withToken<T>(token: Promise<string>, body: (token: string) => Promise<T>): Promise<T> {
  const value = await token;
  try {
    return await body(value);
  } finally {
    await apiCall('POST', '/api/auth/logout', { token: value }).catch(() => undefined);
  }
}

export async function suppliesFixture(
  label: string,
  items: { nameEn: string; category: string; quantity: number }[],
): Promise<SuppliesFixture> {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  const created = await withToken(adminToken(), (token) =>
    Promise.all(
      items.map(async (item, index) => {
        const code = `E2E-${label}-${suffix}-${index}`.toUpperCase().slice(0, 40);
        const nameEn = `${item.nameEn} ${suffix}`;
        const { item: made } = await apiCall<{ item: { id: string } }>('POST', '/api/supplies/items', {
          token,
          body: { code, category: item.category, nameEn, nameFr: `${nameEn} (fr)`, unit: 'piece' },
        });
        return { id: made.id, code, nameEn };
      }),
    ),
  );
  return withToken(apiLogin(DEMO_EMAILS.coordinator, DEMO_PASSWORD), async (token) => {
    const place = async (kind: 'warehouse' | 'van', name: string) => {
      const { location } = await apiCall<{ location: { id: string; name: string } }>(
        'POST',
        '/api/supplies/locations',
        {
          token,
          body: { name, kind },
        },
      );
      return { id: location.id, name: location.name };
    };
    const warehouse = await place('warehouse', `E2E warehouse ${label} ${suffix}`);
    const van = await place('van', `E2E van ${label} ${suffix}`);
    await apiCall('POST', '/api/supplies/receipts', {
      token,
      body: {
        locationId: warehouse.id,
        source: 'donation',
        donor: 'E2E opening stock',
        lines: created.map((item, index) => ({ itemId: item.id, quantity: items[index]!.quantity })),
      },
    });
    return { suffix, items: created, warehouse, van };
  });
}
