import { getTranslations } from 'next-intl/server';
import { ApiError } from './errors';
import { validationKey } from './validation-message';

/**
 * The API names each refused field with an English message; a schema check also carries its code,
 * which is reworded here in the reader's language before any form shows it.
 */
export async function localiseDetails(error: ApiError): Promise<ApiError> {
  if (!error.details.some((detail) => validationKey(detail))) return error;
  const t = await getTranslations('validation');
  const details = error.details.map((detail) => {
    const key = validationKey(detail);
    return key ? { ...detail, message: t(key, { limit: detail.limit ?? 0 }) } : detail;
  });
  return new ApiError(error.status, error.code, error.message, details, error.requestId);
}
