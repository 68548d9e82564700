import type { ErrorCode, ErrorDetail, ErrorResponse } from '@vigil/contracts';
import { Prisma } from '@vigil/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error';

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

// Errors that mean "the database cannot be reached right now", not "the request is wrong".
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03']);

function validationDetails(error: FastifyError): ErrorDetail[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((issue) => ({
    path: `${error.validationContext ?? 'request'}${issue.instancePath}` || 'request',
    message: issue.message ?? 'Invalid value',
  }));
}

function isUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  const code = (error as { code?: unknown; cause?: { code?: unknown } }).code;
  const causeCode = (error as { cause?: { code?: unknown } }).cause?.code;
  return (
    (typeof code === 'string' && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SYSTEM_CODES.has(code))) ||
    (typeof causeCode === 'string' && UNAVAILABLE_SYSTEM_CODES.has(causeCode))
  );
}

/** Maps anything thrown to the public error shape. Only AppErrors and client errors show a message. */
function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return new AppError('VALIDATION_FAILED', 'The request is invalid', validationDetails(fastifyError));
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return AppError.conflict('This conflicts with an existing record');
    if (error.code === 'P2025') return AppError.notFound();
  }
  if (isUnavailable(error)) return new AppError('SERVICE_UNAVAILABLE', 'The database is unavailable: retry shortly');
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
