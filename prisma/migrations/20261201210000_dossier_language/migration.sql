
-- AlterTable
ALTER TABLE "dossiers" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

