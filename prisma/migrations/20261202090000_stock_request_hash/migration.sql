-- AlterTable
ALTER TABLE "stock_operations" ADD COLUMN     "request_hash" TEXT;

