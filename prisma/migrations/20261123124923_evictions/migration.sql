-- CreateEnum
CREATE TYPE "EvictionStatus" AS ENUM ('draft', 'submitted', 'reviewed');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('order_shown', 'none_shown', 'unknown');

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "eviction_id" UUID;

-- CreateTable
CREATE TABLE "evictions" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "site_id" UUID NOT NULL,
    "status" "EvictionStatus" NOT NULL DEFAULT 'draft',
    "announced" BOOLEAN,
    "announced_how" TEXT,
    "start_at" TIMESTAMPTZ(3) NOT NULL,
    "end_at" TIMESTAMPTZ(3),
    "bailiff_present" BOOLEAN,
    "other_actors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "legal_basis" "LegalBasis" NOT NULL DEFAULT 'unknown',
    "order_reference" TEXT,
    "people_affected" INTEGER,
    "minors_affected" INTEGER,
    "shelter_offered" BOOLEAN,
    "shelter_where" TEXT,
    "shelter_accepted" INTEGER,
    "id_checks" INTEGER,
    "arrests" INTEGER,
    "observers_present" INTEGER,
    "observers_obstructed" BOOLEAN,
    "observers_detained" BOOLEAN,
    "told_to_stop_filming" BOOLEAN,
    "notes" TEXT,
    "author_id" UUID NOT NULL,
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evictions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eviction_forces" (
    "id" UUID NOT NULL,
    "eviction_id" UUID NOT NULL,
    "force_id" UUID NOT NULL,
    "unit" TEXT,
    "officer_count" INTEGER,
    "vehicle_count" INTEGER,

    CONSTRAINT "eviction_forces_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eviction_property" (
    "id" UUID NOT NULL,
    "eviction_id" UUID NOT NULL,
    "property_type_id" UUID NOT NULL,
    "fate" "PropertyFate" NOT NULL,
    "count" INTEGER NOT NULL,
    "collective_owned" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "eviction_property_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eviction_log_entries" (
    "id" UUID NOT NULL,
    "eviction_id" UUID NOT NULL,
    "observed_at" TIMESTAMPTZ(3) NOT NULL,
    "entered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "author_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "corrects_id" UUID,

    CONSTRAINT "eviction_log_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "user_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status_code" INTEGER,
    "response" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "evictions_reference_key" ON "evictions"("reference");

-- CreateIndex
CREATE INDEX "evictions_site_id_start_at_idx" ON "evictions"("site_id", "start_at");

-- CreateIndex
CREATE INDEX "evictions_start_at_id_idx" ON "evictions"("start_at", "id");

-- CreateIndex
CREATE INDEX "eviction_forces_eviction_id_idx" ON "eviction_forces"("eviction_id");

-- CreateIndex
CREATE INDEX "eviction_property_eviction_id_idx" ON "eviction_property"("eviction_id");

-- CreateIndex
CREATE INDEX "eviction_log_entries_eviction_id_observed_at_idx" ON "eviction_log_entries"("eviction_id", "observed_at");

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- CreateIndex
CREATE INDEX "incidents_eviction_id_idx" ON "incidents"("eviction_id");

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_eviction_id_fkey" FOREIGN KEY ("eviction_id") REFERENCES "evictions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evictions" ADD CONSTRAINT "evictions_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eviction_forces" ADD CONSTRAINT "eviction_forces_eviction_id_fkey" FOREIGN KEY ("eviction_id") REFERENCES "evictions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eviction_forces" ADD CONSTRAINT "eviction_forces_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "vocabulary_terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eviction_property" ADD CONSTRAINT "eviction_property_eviction_id_fkey" FOREIGN KEY ("eviction_id") REFERENCES "evictions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eviction_property" ADD CONSTRAINT "eviction_property_property_type_id_fkey" FOREIGN KEY ("property_type_id") REFERENCES "vocabulary_terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eviction_log_entries" ADD CONSTRAINT "eviction_log_entries_eviction_id_fkey" FOREIGN KEY ("eviction_id") REFERENCES "evictions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eviction_log_entries" ADD CONSTRAINT "eviction_log_entries_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "eviction_log_entries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The observation log is append-only: corrections are new entries.
CREATE TRIGGER eviction_log_entries_append_only BEFORE UPDATE OR DELETE ON eviction_log_entries
  FOR EACH ROW EXECUTE FUNCTION append_only();

CREATE SEQUENCE eviction_reference_seq;
