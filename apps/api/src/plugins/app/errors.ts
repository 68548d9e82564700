import type { ErrorCode, ErrorDetail, ErrorResponse } from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error';
import { databaseUnavailable, isDatabaseUnavailable } from '../../lib/database-unavailable';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

function validationDetails(error: FastifyError): ErrorDetail[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((issue) => ({
    path: `${error.validationContext ?? 'request'}${issue.instancePath}` || 'request',
    message: issue.message ?? 'Invalid value',
    ...issueFacts(issue.keyword, issue.params),
  }));
}

/**
 * The zod issue's code and bounds, so the dashboard can say it in the reader's language. Custom
 * checks (refine) carry only their own message: it is specific and has no generic wording.
 */
function issueFacts(keyword: string, params: Record<string, unknown>): Partial<ErrorDetail> {
  if (keyword === 'custom') return {};
  const limit = params.minimum ?? params.maximum;
  return {
    issue: keyword,
    ...(typeof params.origin === 'string' ? { origin: params.origin } : {}),
    ...(typeof limit === 'number' ? { limit } : {}),
    ...(typeof params.format === 'string' ? { format: params.format } : {}),
  };
}

/** Maps anything thrown to the public error shape. Only AppErrors and client errors show a message. */
export function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return new AppError('VALIDATION_FAILED', 'The request is invalid', validationDetails(fastifyError));
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return AppError.conflict('This conflicts with an existing record');
    if (error.code === 'P2025') return AppError.notFound();
  }
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    return new AppError(CODE_BY_STATUS[status] ?? 'VALIDATION_FAILED', error.message);
  }
  return new AppError('INTERNAL', 'Something went wrong on our side');
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const body: ErrorResponse = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details?.length ? { details: error.details } : {}),
      requestId: request.id,
    },
  };
  if (error.headers) void reply.headers(error.headers);
  return reply.status(error.statusCode).type('application/json').send(JSON.stringify(body));
}

export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const appError = toAppError(error);
      if (appError.statusCode >= 500) {
        request.log.error({ err: error }, 'request failed');
      } else {
        request.log.info({ code: appError.code }, 'request refused');
      }
      return sendError(request, reply, appError);
    });

    app.setNotFoundHandler((request, reply) =>
      sendError(request, reply, new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`)),
    );
  },
  { name: 'errors' },
);
