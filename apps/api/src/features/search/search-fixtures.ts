import type { SearchGroup, SearchModule } from '@vigil/contracts';
import type { Response } from 'supertest';

/** The modules of a search answer, in order. */
export const modulesOf = (res: Response): SearchModule[] =>
  (res.body.groups as SearchGroup[]).map((group) => group.module);

/** The labels of one group's hits; undefined when the group is absent. */
export function labelsIn(res: Response, module: SearchModule): string[] | undefined {
  return (res.body.groups as SearchGroup[])
    .find((group) => group.module === module)
    ?.hits.map((h) => h.label);
}

export const searchUrl = (q: string, limit?: number) =>
  `/api/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`;
