import { uploadRoute } from '@/lib/api/record-routes';

/** Evidence upload to an eviction record: the multipart body streams through to the API. */
export const POST = uploadRoute('evictions');
