
-- CreateEnum
CREATE TYPE "CaseType" AS ENUM ('asylum_claim', 'dublin', 'detention', 'removal_emergency', 'oqtf_challenge', 'family_reunification', 'unaccompanied_minor', 'housing', 'medical_access', 'police_complaint', 'finding_solicitor', 'destitution', 'lgbt_asylum', 'other');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'active', 'waiting', 'closed');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('granted', 'refused', 'appeal_won', 'appeal_lost', 'withdrawn', 'transferred', 'resolved', 'referred_elsewhere', 'person_decided_otherwise', 'lost_contact', 'other');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('woman', 'man', 'non_binary', 'other', 'undisclosed');

-- CreateEnum
CREATE TYPE "AgeRange" AS ENUM ('under_12', 'age_12_15', 'age_16_17', 'age_18_24', 'age_25_34', 'age_35_49', 'age_50_plus');

-- CreateEnum
CREATE TYPE "SensitivityFlag" AS ENUM ('minor', 'lgbt', 'trafficking_risk', 'health');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('casework', 'store_contact', 'store_documents', 'share_with_lawyer', 'share_with_partners');

-- CreateEnum
CREATE TYPE "CaseDeadlineKind" AS ENUM ('appeal', 'hearing', 'appointment', 'submission', 'task');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('legal_aid', 'solicitor', 'ngo', 'medical', 'shelter', 'interpreting', 'other');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('proposed', 'sent', 'accepted', 'declined', 'closed');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'caseworker';

-- AlterTable
ALTER TABLE "victims" ADD COLUMN     "person_id" UUID;

-- CreateTable
CREATE TABLE "data_keys" (
    "id" SERIAL NOT NULL,
    "wrapped" TEXT NOT NULL,
    "master_key_id" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rewrapped_at" TIMESTAMPTZ(3),

    CONSTRAINT "data_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "legal_name_enc" TEXT,
    "date_of_birth_enc" TEXT,
    "age_range" "AgeRange",
    "gender" "Gender",
    "nationality" TEXT,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contacts_enc" TEXT,
    "notes_enc" TEXT,
    "sensitivity" "SensitivityFlag"[] DEFAULT ARRAY[]::"SensitivityFlag"[],
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "erased_at" TIMESTAMPTZ(3),

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consents" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "scopes" "ConsentScope"[],
    "language" TEXT NOT NULL,
    "explained_by_id" UUID NOT NULL,
    "given_at" TIMESTAMPTZ(3) NOT NULL,
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdrawn_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_access_grants" (
    "person_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "granted_by_id" UUID NOT NULL,
    "granted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_access_grants_pkey" PRIMARY KEY ("person_id","user_id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "type" "CaseType" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "outcome" "CaseOutcome",
    "waiting_on" TEXT,
    "summary_enc" TEXT,
    "legal_arguments_enc" TEXT,
    "person_decision_enc" TEXT,
    "lawyer_id" UUID,
    "interpreter" TEXT,
    "interpreted_in" TEXT,
    "incident_id" UUID,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "erased_at" TIMESTAMPTZ(3),

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_assignments" (
    "case_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "assigned_by_id" UUID NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_assignments_pkey" PRIMARY KEY ("case_id","user_id")
);

-- CreateTable
CREATE TABLE "case_flags" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "flag" TEXT NOT NULL,
    "set_reason" TEXT NOT NULL,
    "set_by_id" UUID NOT NULL,
    "set_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clear_reason" TEXT,
    "cleared_by_id" UUID,
    "cleared_at" TIMESTAMPTZ(3),

    CONSTRAINT "case_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_deadlines" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "kind" "CaseDeadlineKind" NOT NULL,
    "title" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "assignee_id" UUID,
    "done_at" TIMESTAMPTZ(3),
    "done_by_id" UUID,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_deadlines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_notes" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "body_enc" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_documents" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "title_enc" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "file_key_enc" TEXT NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partners" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "takes_legal_aid" BOOLEAN NOT NULL DEFAULT false,
    "contact" TEXT,
    "notes_enc" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_referrals" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "shares_personal_data" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'proposed',
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_referrals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "casework_changes" (
    "id" BIGSERIAL NOT NULL,
    "person_id" UUID,
    "case_id" UUID,
    "actor_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "old_value" TEXT,
    "new_value" TEXT,
    "sealed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "casework_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "people_alias_idx" ON "people"("alias");

-- CreateIndex
CREATE INDEX "consents_person_id_given_at_idx" ON "consents"("person_id", "given_at");

-- CreateIndex
CREATE INDEX "person_access_grants_user_id_idx" ON "person_access_grants"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "cases_reference_key" ON "cases"("reference");

-- CreateIndex
CREATE INDEX "cases_person_id_idx" ON "cases"("person_id");

-- CreateIndex
CREATE INDEX "cases_status_updated_at_idx" ON "cases"("status", "updated_at");

-- CreateIndex
CREATE INDEX "cases_lawyer_id_status_idx" ON "cases"("lawyer_id", "status");

-- CreateIndex
CREATE INDEX "cases_closed_at_idx" ON "cases"("closed_at");

-- CreateIndex
CREATE INDEX "cases_incident_id_idx" ON "cases"("incident_id");

-- CreateIndex
CREATE INDEX "case_assignments_user_id_case_id_idx" ON "case_assignments"("user_id", "case_id");

-- CreateIndex
CREATE INDEX "case_flags_case_id_idx" ON "case_flags"("case_id");

-- CreateIndex
CREATE INDEX "case_deadlines_case_id_due_at_idx" ON "case_deadlines"("case_id", "due_at");

-- CreateIndex
CREATE INDEX "case_notes_case_id_created_at_idx" ON "case_notes"("case_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "case_documents_storage_key_key" ON "case_documents"("storage_key");

-- CreateIndex
CREATE INDEX "case_documents_case_id_idx" ON "case_documents"("case_id");

-- CreateIndex
CREATE INDEX "partners_kind_name_idx" ON "partners"("kind", "name");

-- CreateIndex
CREATE INDEX "case_referrals_case_id_idx" ON "case_referrals"("case_id");

-- CreateIndex
CREATE INDEX "casework_changes_case_id_at_idx" ON "casework_changes"("case_id", "at");

-- CreateIndex
CREATE INDEX "casework_changes_person_id_at_idx" ON "casework_changes"("person_id", "at");

-- AddForeignKey
ALTER TABLE "victims" ADD CONSTRAINT "victims_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_access_grants" ADD CONSTRAINT "person_access_grants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_access_grants" ADD CONSTRAINT "person_access_grants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_lawyer_id_fkey" FOREIGN KEY ("lawyer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_flags" ADD CONSTRAINT "case_flags_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Open deadlines are what the overviews read: keep them in a small index of their own, ordered as the
-- overview lists them and covering what its scope tests, so that counts and lists never visit the
-- table (an index over every deadline, done ones included, would be walked through years of them).
CREATE INDEX "case_deadlines_open_due_idx" ON "case_deadlines" ("due_at", "id") INCLUDE ("case_id", "assignee_id")
  WHERE "done_at" IS NULL;
-- "My cases" for a lawyer and the open-case lists skip closed cases.
CREATE INDEX "cases_open_updated_idx" ON "cases" ("updated_at" DESC, "id") WHERE "status" <> 'closed';
-- Case references (CASE-2026-000042) come from one sequence.
CREATE SEQUENCE case_reference_seq;
-- Alias search ("starts with", case-insensitive) over hundreds of thousands of people.
CREATE INDEX "people_alias_lower_idx" ON "people" (lower("alias") text_pattern_ops);
-- The coordinators' "cases with this open flag" filter.
CREATE INDEX "case_flags_open_flag_idx" ON "case_flags" ("flag", "case_id") WHERE "cleared_at" IS NULL;
