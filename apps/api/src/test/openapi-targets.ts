import type { Access } from '@vigil/contracts';
import type { FastifyInstance } from 'fastify';
import type { JsonSchema } from './json-schema-arbitrary';

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** One operation of the OpenAPI document with the route's declared access and its input schemas. */
export interface OperationTarget {
  method: string;
  /** In the router's form (`/api/cases/:id`), as listed in app.routeAccess. */
  url: string;
  access: Access;
  body?: JsonSchema;
  query?: JsonSchema;
}

/** The query parameters of an operation as one object schema, as the route validates them. */
function querySchema(op: OpenApiOperation): JsonSchema | undefined {
  const params = (op.parameters ?? []).filter((p) => p.in === 'query');
  if (params.length === 0) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

/** Every documented operation, read from the app's own OpenAPI document (generated from the zod schemas). */
export function operationTargets(app: FastifyInstance): OperationTarget[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const targets: OperationTarget[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    const url = path.replace(/\{([^}]+)\}/g, ':$1');
    for (const [verb, op] of Object.entries(operations)) {
      const method = verb.toUpperCase();
      const route = app.routeAccess.find((r) => r.method === method && r.url === url);
      if (!route) throw new Error(`${method} ${url} is documented but not registered`);
      const body = op.requestBody?.content['application/json']?.schema;
      targets.push({ method, url, access: route.access, body, query: querySchema(op) });
    }
  }
  return targets;
}
