import { randomUUID } from 'node:crypto';
import type { CaseStatus, CaseType, SensitivityFlag } from '@vigil/contracts';
import type { FastifyInstance } from 'fastify';

let counter = 0;

/**
 * Casework records written straight through Prisma and the vault, so tests of one casework route do
 * not depend on the others. Personal fields are sealed exactly as the services seal them.
 */
export async function seedPerson(
  app: FastifyInstance,
  options: {
    createdById: string;
    alias?: string;
    legalName?: string;
    dateOfBirth?: string;
    phone?: string;
    notes?: string;
    sensitivity?: SensitivityFlag[];
  },
) {
  counter += 1;
  const id = randomUUID();
  const seal = (field: string, value: string | undefined) =>
    value === undefined ? null : app.vault.seal({ table: 'people', id, field }, value);
  return app.db.person.create({
    data: {
      id,
      alias: options.alias ?? `Person ${counter}`,
      legalNameEnc: seal('legalName', options.legalName),
      dateOfBirthEnc: seal('dateOfBirth', options.dateOfBirth),
      contactsEnc: seal('contacts', options.phone && JSON.stringify([{ kind: 'phone', value: options.phone }])),
      notesEnc: seal('notes', options.notes),
      sensitivity: options.sensitivity ?? [],
      languages: ['ar'],
      createdById: options.createdById,
      consents: {
        create: {
          scopes: ['casework', 'store_contact', 'share_with_lawyer'],
          language: 'ar',
          explainedById: options.createdById,
          givenAt: new Date(),
        },
      },
    },
  });
}

export async function seedCase(
  app: FastifyInstance,
  options: {
    personId: string;
    createdById: string;
    type?: CaseType;
    status?: CaseStatus;
    assigneeIds?: string[];
    lawyerId?: string | null;
    summary?: string;
  },
) {
  counter += 1;
  const id = randomUUID();
  return app.db.case.create({
    data: {
      id,
      reference: `CASE-TEST-${String(counter).padStart(6, '0')}-${id.slice(0, 4)}`,
      personId: options.personId,
      type: options.type ?? 'asylum_claim',
      status: options.status ?? 'open',
      summaryEnc: options.summary ? app.vault.seal({ table: 'cases', id, field: 'summary' }, options.summary) : null,
      lawyerId: options.lawyerId ?? null,
      createdById: options.createdById,
      assignments: {
        create: (options.assigneeIds ?? []).map((userId) => ({ userId, assignedById: options.createdById })),
      },
    },
  });
}
