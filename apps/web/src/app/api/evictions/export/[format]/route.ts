import { exportRoute } from '@/lib/api/record-routes';

/** CSV or JSON export of the filtered evictions, streamed from the API (audited there). */
export const GET = exportRoute('evictions');
