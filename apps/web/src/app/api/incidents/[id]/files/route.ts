import { uploadRoute } from '@/lib/api/record-routes';

/** Evidence upload to an incident: the multipart body streams through to the API. */
export const POST = uploadRoute('incidents');
