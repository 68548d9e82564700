const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from the URL go into API paths: only well-formed UUIDs pass (no `../`, no query). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function notFoundResponse(): Response {
  return Response.json(
    { error: { code: 'NOT_FOUND', message: 'Not found', requestId: 'web' } },
    { status: 404 },
  );
}
