'use server';

import {
  distributionResponseSchema,
  needResponseSchema,
  stockOperationResponseSchema,
} from '@vigil/contracts';
import type { z } from 'zod';
import { api } from '@/lib/api/client';
import { failure, type FormState } from '@/lib/forms';

/** What a create hands back to its form: the record made, and where to see it. */
export interface Created {
  id: string;
  href: string;
}

export type CreateKind =
  'receipt' | 'transfer' | 'writeOff' | 'distributionRecord' | 'distributionPlan' | 'need';

function post<S extends z.ZodType>(
  path: string,
  schema: S,
  key: string,
  body: unknown,
): Promise<z.output<S>> {
  return api(path, { method: 'POST', body, schema, headers: { 'idempotency-key': key } });
}

const operation = async (path: string, key: string, body: unknown): Promise<Created> => {
  const { operation: op } = await post(path, stockOperationResponseSchema, key, body);
  return { id: op.id, href: `/supplies/operations/${op.id}` };
};

const distribution = async (path: string, key: string, body: unknown): Promise<Created> => {
  const { distribution: made } = await post(path, distributionResponseSchema, key, body);
  return { id: made.id, href: `/supplies/distributions/${made.id}` };
};

const CREATE: Record<CreateKind, (key: string, body: unknown) => Promise<Created>> = {
  receipt: (key, body) => operation('/api/supplies/receipts', key, body),
  transfer: (key, body) => operation('/api/supplies/transfers', key, body),
  writeOff: (key, body) => operation('/api/supplies/write-offs', key, body),
  distributionRecord: (key, body) => distribution('/api/supplies/distributions/record', key, body),
  distributionPlan: (key, body) => distribution('/api/supplies/distributions', key, body),
  need: async (key, body) => {
    const { need } = await post('/api/supplies/needs', needResponseSchema, key, body);
    return { id: need.id, href: `/supplies/needs#need-${need.id}` };
  },
};

/**
 * Every supplies create. The Idempotency-Key is made by the form once per submission attempt and
 * sent again with a retry of the same body, so a lost answer never counts stock twice. The API
 * checks the body and the role; its refusals (400 with field paths, 409 naming what is short) come
 * back as form state.
 */
export async function createSupplyRecord(
  kind: CreateKind,
  idempotencyKey: string,
  body: Record<string, unknown>,
): Promise<FormState<Created>> {
  // A Server Action is a public endpoint: its arguments are whatever the request says.
  if (!Object.hasOwn(CREATE, kind) || typeof idempotencyKey !== 'string') {
    return { status: 'error', code: 'NOT_FOUND' };
  }
  try {
    return { status: 'success', data: await CREATE[kind](idempotencyKey, body) };
  } catch (error) {
    return failure<Created>(error);
  }
}
