import { exportRoute } from '@/lib/api/record-routes';

/** CSV or JSON export of the filtered incidents, streamed from the API. */
export const GET = exportRoute('incidents');
