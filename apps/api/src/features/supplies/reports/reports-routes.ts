import {
  consumptionQuerySchema,
  consumptionResponseSchema,
  donationsReportQuerySchema,
  donationsReportResponseSchema,
  expiringQuerySchema,
  expiringResponseSchema,
  lowStockQuerySchema,
  lowStockResponseSchema,
  policeLossesQuerySchema,
  policeLossesResponseSchema,
  stockByLocationResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/route-schema';
import { consumption } from './consumption';
import { policeLosses } from './police-losses';
import { donations, expiring, lowStock, stockByLocation } from './stock-reports';

const tags = ['supplies'];
const errors = errorResponses(400, 401, 403);

/** Supplies reports; anyone who may read stock may read them (no personal data in any). */
const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = app.authorize('supplies.read');
  const db = app.db;

  app.get(
    '/api/supplies/reports/stock-by-location',
    {
      schema: {
        tags,
        summary: 'Stock per location and category',
        response: { 200: stockByLocationResponseSchema, ...errors },
      },
      onRequest: read,
    },
    async () => ({ rows: await stockByLocation(db) }),
  );
  app.get(
    '/api/supplies/reports/low-stock',
    {
      schema: {
        tags,
        summary: 'Items below their threshold',
        querystring: lowStockQuerySchema,
        response: { 200: lowStockResponseSchema, ...errors },
      },
      onRequest: read,
    },
    async (request) => ({ rows: await lowStock(db, request.query) }),
  );
  app.get(
    '/api/supplies/reports/expiring',
    {
      schema: {
        tags,
        summary: 'Batches expiring soon (30 days by default)',
        querystring: expiringQuerySchema,
        response: { 200: expiringResponseSchema, ...errors },
      },
      onRequest: read,
    },
    async (request) => ({ rows: await expiring(db, request.query) }),
  );
  app.get(
    '/api/supplies/reports/consumption',
    {
      schema: {
        tags,
        summary: 'Handed out per week and "lasts about N days at the current rate" per item',
        querystring: consumptionQuerySchema,
        response: { 200: consumptionResponseSchema, ...errors },
      },
      onRequest: read,
    },
    async (request) => consumption(db, request.query),
  );
  app.get(
    '/api/supplies/reports/donations',
    {
      schema: {
        tags,
        summary: 'Stock received per month and source',
        querystring: donationsReportQuerySchema,
        response: { 200: donationsReportResponseSchema, ...errors },
      },
      onRequest: read,
    },
    async (request) => ({ rows: await donations(db, request.query) }),
  );
  app.get(
    '/api/supplies/reports/police-losses',
    {
      schema: {
        tags,
        summary: 'Stock seized or destroyed by police, per month (the dossier figure)',
        querystring: policeLossesQuerySchema,
        response: { 200: policeLossesResponseSchema, ...errors },
      },
      onRequest: read,
    },
    async (request) => ({ rows: await policeLosses(db, request.query) }),
  );
};

export default reportsRoutes;
