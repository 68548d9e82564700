-- AlterEnum
ALTER TYPE "DossierStatus" ADD VALUE 'expired';

-- AlterTable
ALTER TABLE "dossiers" ADD COLUMN     "eviction_count" INTEGER,
ADD COLUMN     "eviction_query" TEXT,
ADD COLUMN     "expires_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "evidence_files" ADD COLUMN     "eviction_id" UUID;

-- CreateIndex
CREATE INDEX "dossiers_status_expires_at_idx" ON "dossiers"("status", "expires_at");

-- CreateIndex
CREATE INDEX "evidence_files_eviction_id_idx" ON "evidence_files"("eviction_id");

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_eviction_id_fkey" FOREIGN KEY ("eviction_id") REFERENCES "evictions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A file is evidence of one record: an incident or an eviction, never both. (A trigger rather than a
-- CHECK constraint: Prisma 6.19's WASM schema engine crashes introspecting CHECK constraints.)
CREATE FUNCTION evidence_file_one_record() RETURNS trigger AS $$
BEGIN
  IF NEW.incident_id IS NOT NULL AND NEW.eviction_id IS NOT NULL THEN
    RAISE EXCEPTION 'an evidence file belongs to an incident or an eviction, not both'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER evidence_file_one_record BEFORE INSERT OR UPDATE ON "evidence_files"
  FOR EACH ROW EXECUTE FUNCTION evidence_file_one_record();
