-- AlterTable
ALTER TABLE "sites" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

