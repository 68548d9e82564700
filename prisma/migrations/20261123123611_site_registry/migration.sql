-- CreateEnum
CREATE TYPE "SiteStatus" AS ENUM ('scouted', 'opened', 'active', 'threatened', 'raided', 'evicted', 'sealed', 'demolished', 'reoccupied', 'closed');

-- CreateEnum
CREATE TYPE "SiteOwnerType" AS ENUM ('public_state', 'public_municipal', 'private', 'unknown');

-- AlterTable
ALTER TABLE "sites" ADD COLUMN     "address" TEXT,
ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "area" TEXT,
ADD COLUMN     "court_proceedings" TEXT,
ADD COLUMN     "eviction_order_date" DATE,
ADD COLUMN     "eviction_order_ref" TEXT,
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "needs" TEXT,
ADD COLUMN     "notes" TEXT,
ADD COLUMN     "owner_type" "SiteOwnerType" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "status" "SiteStatus" NOT NULL DEFAULT 'active',
ADD COLUMN     "winter_truce_applies" BOOLEAN;

-- CreateTable
CREATE TABLE "site_status_changes" (
    "id" UUID NOT NULL,
    "site_id" UUID NOT NULL,
    "status" "SiteStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "by_id" UUID NOT NULL,
    "note" TEXT,

    CONSTRAINT "site_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "population_snapshots" (
    "id" UUID NOT NULL,
    "site_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "people" INTEGER NOT NULL,
    "minors" INTEGER,
    "women" INTEGER,
    "families" INTEGER,
    "communities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "by_id" UUID NOT NULL,

    CONSTRAINT "population_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "site_status_changes_site_id_at_idx" ON "site_status_changes"("site_id", "at");

-- CreateIndex
CREATE INDEX "population_snapshots_site_id_at_idx" ON "population_snapshots"("site_id", "at");

-- CreateIndex
CREATE INDEX "sites_status_idx" ON "sites"("status");

-- AddForeignKey
ALTER TABLE "site_status_changes" ADD CONSTRAINT "site_status_changes_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population_snapshots" ADD CONSTRAINT "population_snapshots_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A site's history is appended to, never rewritten.
CREATE TRIGGER site_status_changes_append_only BEFORE UPDATE ON site_status_changes
  FOR EACH ROW EXECUTE FUNCTION append_only();
