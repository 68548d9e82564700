-- CreateEnum
CREATE TYPE "VocabularyKind" AS ENUM ('act_type', 'force', 'property_type');

-- CreateEnum
CREATE TYPE "SiteType" AS ENUM ('camp', 'squat', 'informal_site', 'distribution_point', 'warehouse', 'social_centre', 'drop_in', 'detention_centre', 'police_station', 'other');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('draft', 'submitted');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('exact', 'estimate', 'unknown_day', 'unknown_month_and_day');

-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('first_hand', 'testimony', 'hearsay', 'media');

-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('completely_reliable', 'usually_reliable', 'fairly_reliable', 'not_usually_reliable', 'unreliable', 'cannot_be_judged');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('unverified', 'corroborated', 'verified');

-- CreateEnum
CREATE TYPE "RioShown" AS ENUM ('yes', 'no', 'not_seen');

-- CreateEnum
CREATE TYPE "Involvement" AS ENUM ('carried_out', 'gave_orders', 'present', 'suspected');

-- CreateEnum
CREATE TYPE "VictimCategory" AS ENUM ('person_on_the_move', 'defender', 'journalist', 'resident');

-- CreateEnum
CREATE TYPE "PropertyFate" AS ENUM ('seized', 'destroyed', 'damaged');

-- CreateEnum
CREATE TYPE "FollowUpBody" AS ENUM ('igpn', 'iggn', 'defenseur_des_droits', 'prosecutor', 'administrative_court', 'conseil_etat', 'echr', 'other');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('drafted', 'filed', 'acknowledged', 'closed_insufficient_evidence', 'closed_complainant_unreachable', 'closed_misconduct_found', 'closed_other');

-- CreateEnum
CREATE TYPE "CustodyAction" AS ENUM ('uploaded', 'viewed', 'downloaded_original', 'downloaded_working_copy', 'exported', 'verified');

-- CreateEnum
CREATE TYPE "DossierStatus" AS ENUM ('queued', 'running', 'ready', 'failed');

-- CreateTable
CREATE TABLE "vocabulary_terms" (
    "id" UUID NOT NULL,
    "kind" "VocabularyKind" NOT NULL,
    "code" TEXT NOT NULL,
    "parent_id" UUID,
    "label_en" TEXT NOT NULL,
    "label_fr" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "vocabulary_terms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sites" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "SiteType" NOT NULL,
    "commune" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incidents" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "narrative" TEXT NOT NULL DEFAULT '',
    "start_at" TIMESTAMPTZ(3) NOT NULL,
    "end_at" TIMESTAMPTZ(3),
    "date_precision" "DatePrecision" NOT NULL DEFAULT 'exact',
    "site_id" UUID,
    "place_text" TEXT,
    "commune" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "coordinate_precision_m" INTEGER,
    "source_type" "SourceType" NOT NULL,
    "source_reliability" "SourceReliability" NOT NULL DEFAULT 'cannot_be_judged',
    "verification_status" "VerificationStatus" NOT NULL DEFAULT 'unverified',
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "author_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "act_type_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "force_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "units" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rio_shown" "RioShown"[] DEFAULT ARRAY[]::"RioShown"[],
    "victim_flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "follow_up_statuses" "FollowUpStatus"[] DEFAULT ARRAY[]::"FollowUpStatus"[],
    "has_media" BOOLEAN NOT NULL DEFAULT false,
    "search_vector" tsvector,

    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "acts" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "act_type_id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3),
    "description" TEXT NOT NULL DEFAULT '',
    "injuries" TEXT,
    "medical_certificate" BOOLEAN,
    "quotes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "acts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "act_items" (
    "id" UUID NOT NULL,
    "act_id" UUID NOT NULL,
    "property_type_id" UUID NOT NULL,
    "fate" "PropertyFate" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "act_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "victims" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "category" "VictimCategory" NOT NULL DEFAULT 'person_on_the_move',
    "is_group" BOOLEAN NOT NULL DEFAULT false,
    "count" INTEGER NOT NULL DEFAULT 1,
    "age_min" INTEGER,
    "age_max" INTEGER,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "woman" BOOLEAN NOT NULL DEFAULT false,
    "family" BOOLEAN NOT NULL DEFAULT false,
    "nationality" TEXT,
    "language" TEXT,

    CONSTRAINT "victims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "perpetrators" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "force_id" UUID NOT NULL,
    "unit" TEXT,
    "rio_shown" "RioShown" NOT NULL DEFAULT 'not_seen',
    "rio_number" TEXT,
    "vehicle_plates" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "officer_count" INTEGER,
    "vehicle_count" INTEGER,
    "involvement" "Involvement" NOT NULL DEFAULT 'carried_out',

    CONSTRAINT "perpetrators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "act_victims" (
    "act_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,

    CONSTRAINT "act_victims_pkey" PRIMARY KEY ("act_id","victim_id")
);

-- CreateTable
CREATE TABLE "act_perpetrators" (
    "act_id" UUID NOT NULL,
    "perpetrator_id" UUID NOT NULL,

    CONSTRAINT "act_perpetrators_pkey" PRIMARY KEY ("act_id","perpetrator_id")
);

-- CreateTable
CREATE TABLE "witnesses" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "willing_to_testify" BOOLEAN NOT NULL DEFAULT false,
    "contact_enc" TEXT,

    CONSTRAINT "witnesses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_ups" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "body" "FollowUpBody" NOT NULL,
    "date" DATE,
    "reference" TEXT,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'drafted',
    "outcome" TEXT,

    CONSTRAINT "follow_ups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_revisions" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "author_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_fields" TEXT[],
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "incident_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_files" (
    "id" UUID NOT NULL,
    "incident_id" UUID,
    "original_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "working_copy_key" TEXT,
    "working_copy_type" TEXT,
    "metadata_enc" TEXT,
    "acquired_from" TEXT,
    "acquired_at" TIMESTAMPTZ(3),
    "uploaded_by_id" UUID NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "custody_events" (
    "id" UUID NOT NULL,
    "file_id" UUID NOT NULL,
    "actor_id" UUID,
    "action" "CustodyAction" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "request_id" TEXT,
    "note" TEXT,

    CONSTRAINT "custody_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_filters" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_filters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossiers" (
    "id" UUID NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "query" TEXT NOT NULL,
    "include_identities" BOOLEAN NOT NULL DEFAULT false,
    "status" "DossierStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "incident_count" INTEGER,
    "pdf_key" TEXT,
    "pdf_sha256" TEXT,
    "manifest_key" TEXT,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "dossiers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "vocabulary_terms_kind_parent_id_idx" ON "vocabulary_terms"("kind", "parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "vocabulary_terms_kind_code_key" ON "vocabulary_terms"("kind", "code");

-- CreateIndex
CREATE INDEX "sites_commune_idx" ON "sites"("commune");

-- CreateIndex
CREATE UNIQUE INDEX "incidents_reference_key" ON "incidents"("reference");

-- CreateIndex
CREATE INDEX "incidents_start_at_id_idx" ON "incidents"("start_at", "id");

-- CreateIndex
CREATE INDEX "incidents_site_id_start_at_idx" ON "incidents"("site_id", "start_at");

-- CreateIndex
CREATE INDEX "incidents_commune_start_at_idx" ON "incidents"("commune", "start_at");

-- CreateIndex
CREATE INDEX "incidents_act_type_ids_idx" ON "incidents" USING GIN ("act_type_ids");

-- CreateIndex
CREATE INDEX "incidents_force_ids_idx" ON "incidents" USING GIN ("force_ids");

-- CreateIndex
CREATE INDEX "incidents_victim_flags_idx" ON "incidents" USING GIN ("victim_flags");

-- CreateIndex
CREATE INDEX "incidents_search_vector_idx" ON "incidents" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "acts_incident_id_idx" ON "acts"("incident_id");

-- CreateIndex
CREATE INDEX "acts_act_type_id_idx" ON "acts"("act_type_id");

-- CreateIndex
CREATE INDEX "act_items_act_id_idx" ON "act_items"("act_id");

-- CreateIndex
CREATE INDEX "victims_incident_id_idx" ON "victims"("incident_id");

-- CreateIndex
CREATE INDEX "perpetrators_incident_id_idx" ON "perpetrators"("incident_id");

-- CreateIndex
CREATE INDEX "witnesses_incident_id_idx" ON "witnesses"("incident_id");

-- CreateIndex
CREATE INDEX "follow_ups_incident_id_idx" ON "follow_ups"("incident_id");

-- CreateIndex
CREATE UNIQUE INDEX "incident_revisions_incident_id_version_key" ON "incident_revisions"("incident_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_files_storage_key_key" ON "evidence_files"("storage_key");

-- CreateIndex
CREATE INDEX "evidence_files_incident_id_idx" ON "evidence_files"("incident_id");

-- CreateIndex
CREATE INDEX "evidence_files_sha256_idx" ON "evidence_files"("sha256");

-- CreateIndex
CREATE INDEX "custody_events_file_id_at_idx" ON "custody_events"("file_id", "at");

-- CreateIndex
CREATE INDEX "saved_filters_owner_id_idx" ON "saved_filters"("owner_id");

-- CreateIndex
CREATE INDEX "dossiers_requested_by_id_created_at_idx" ON "dossiers"("requested_by_id", "created_at");

-- AddForeignKey
ALTER TABLE "vocabulary_terms" ADD CONSTRAINT "vocabulary_terms_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "vocabulary_terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "acts" ADD CONSTRAINT "acts_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "acts" ADD CONSTRAINT "acts_act_type_id_fkey" FOREIGN KEY ("act_type_id") REFERENCES "vocabulary_terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "act_items" ADD CONSTRAINT "act_items_act_id_fkey" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "act_items" ADD CONSTRAINT "act_items_property_type_id_fkey" FOREIGN KEY ("property_type_id") REFERENCES "vocabulary_terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victims" ADD CONSTRAINT "victims_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "vocabulary_terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "act_victims" ADD CONSTRAINT "act_victims_act_id_fkey" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "act_victims" ADD CONSTRAINT "act_victims_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "act_perpetrators" ADD CONSTRAINT "act_perpetrators_act_id_fkey" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "act_perpetrators" ADD CONSTRAINT "act_perpetrators_perpetrator_id_fkey" FOREIGN KEY ("perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "witnesses" ADD CONSTRAINT "witnesses_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_revisions" ADD CONSTRAINT "incident_revisions_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "custody_events" ADD CONSTRAINT "custody_events_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "evidence_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Full-text search over titles and narratives. The 'simple' configuration: records mix French,
-- English and other languages, so no language's stemming is imposed on the others.
CREATE FUNCTION incidents_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A')
                    || setweight(to_tsvector('simple', coalesce(NEW.narrative, '')), 'B');
  RETURN NEW;
END
$$;
CREATE TRIGGER incidents_search_vector BEFORE INSERT OR UPDATE OF title, narrative ON incidents
  FOR EACH ROW EXECUTE FUNCTION incidents_search_vector();

-- Incident references (INC-2026-000042) come from one sequence.
CREATE SEQUENCE incident_reference_seq;

-- Evidence custody is append-only, like the audit log.
CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER custody_events_append_only BEFORE UPDATE OR DELETE ON custody_events
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER incident_revisions_append_only BEFORE UPDATE ON incident_revisions
  FOR EACH ROW EXECUTE FUNCTION append_only();

-- ---------------------------------------------------------------------------------------------
-- The base vocabularies every instance starts with (administrators edit them afterwards).
-- ---------------------------------------------------------------------------------------------
INSERT INTO vocabulary_terms (id, kind, code, parent_id, label_en, label_fr, sort_order, updated_at)
SELECT gen_random_uuid(), v.kind::"VocabularyKind", v.code, NULL, v.en, v.fr, v.ord, now()
FROM (VALUES
  ('act_type', 'chemical_weapons', 'Tear gas / pepper spray', 'Gaz lacrymogène / gaz poivre', 10),
  ('act_type', 'physical_violence', 'Physical violence', 'Violences physiques', 20),
  ('act_type', 'id_check', 'ID check', 'Contrôle d''identité', 30),
  ('act_type', 'deprivation_of_liberty', 'Deprivation of liberty', 'Privation de liberté', 40),
  ('act_type', 'search', 'Search', 'Fouille', 50),
  ('act_type', 'property', 'Confiscation or destruction of property', 'Confiscation ou destruction de biens', 60),
  ('act_type', 'contamination', 'Water or food contaminated', 'Eau ou nourriture contaminée', 70),
  ('act_type', 'sleep_deprivation', 'Sleep deprivation (night raids)', 'Privation de sommeil (descentes nocturnes)', 80),
  ('act_type', 'abuse', 'Racist or religious abuse', 'Insultes racistes ou religieuses', 90),
  ('act_type', 'intimidation', 'Threats and intimidation', 'Menaces et intimidation', 100),
  ('act_type', 'defender_harassment', 'Harassment of defenders', 'Harcèlement des aidant·es', 110),
  ('act_type', 'kettling', 'Kettling / holding', 'Nasse / encerclement', 120),
  ('act_type', 'denial_of_access', 'Denial of access to a site', 'Refus d''accès à un lieu', 130),
  ('act_type', 'obstruction_of_distribution', 'Obstruction of a distribution', 'Entrave à une distribution', 140),
  ('act_type', 'eviction', 'Eviction', 'Expulsion', 150),
  ('force', 'crs', 'CRS (riot police)', 'CRS', 10),
  ('force', 'gendarmerie', 'Gendarmerie', 'Gendarmerie', 20),
  ('force', 'police_nationale', 'Police nationale', 'Police nationale', 30),
  ('force', 'paf', 'PAF (border police)', 'PAF (police aux frontières)', 40),
  ('force', 'plainclothes', 'Plainclothes police', 'Police en civil', 50),
  ('force', 'police_municipale', 'Police municipale', 'Police municipale', 60),
  ('force', 'prefecture', 'Prefecture', 'Préfecture', 70),
  ('force', 'municipality', 'Mayor / municipality', 'Mairie / municipalité', 80),
  ('force', 'bailiff', 'Bailiff (huissier)', 'Huissier de justice', 90),
  ('force', 'contractor', 'Cleaning or demolition contractor', 'Entreprise de nettoyage ou de démolition', 100),
  ('force', 'private_security', 'Private security', 'Sécurité privée', 110),
  ('force', 'unknown', 'Unknown', 'Inconnu', 120),
  ('property_type', 'tents', 'Tents', 'Tentes', 10),
  ('property_type', 'sleeping_bags', 'Sleeping bags', 'Sacs de couchage', 20),
  ('property_type', 'blankets', 'Blankets', 'Couvertures', 30),
  ('property_type', 'tarps', 'Tarps', 'Bâches', 40),
  ('property_type', 'clothes', 'Clothes', 'Vêtements', 50),
  ('property_type', 'phones', 'Phones', 'Téléphones', 60),
  ('property_type', 'documents', 'Documents', 'Documents', 70),
  ('property_type', 'food', 'Food', 'Nourriture', 80),
  ('property_type', 'cooking_equipment', 'Cooking equipment', 'Matériel de cuisine', 90),
  ('property_type', 'belongings', 'Personal belongings', 'Effets personnels', 100)
) AS v(kind, code, en, fr, ord);

INSERT INTO vocabulary_terms (id, kind, code, parent_id, label_en, label_fr, sort_order, updated_at)
SELECT gen_random_uuid(), 'act_type', v.code, p.id, v.en, v.fr, v.ord, now()
FROM (VALUES
  ('chemical_weapons', 'gas_in_face', 'Sprayed in the face', 'Gazé au visage', 11),
  ('chemical_weapons', 'gas_on_sleeping_people', 'Sprayed on sleeping people', 'Gazé pendant le sommeil', 12),
  ('chemical_weapons', 'gas_on_belongings', 'Sprayed on water, food or belongings', 'Gaz sur l''eau, la nourriture ou les affaires', 13),
  ('physical_violence', 'baton_blows', 'Baton blows', 'Coups de matraque', 21),
  ('physical_violence', 'punches_kicks', 'Punches and kicks', 'Coups de poing et de pied', 22),
  ('physical_violence', 'pushed_to_ground', 'Pushed to the ground', 'Jeté·e au sol', 23),
  ('deprivation_of_liberty', 'arrest', 'Arrest', 'Interpellation', 41),
  ('deprivation_of_liberty', 'custody', 'Custody / detention', 'Garde à vue / rétention', 42),
  ('deprivation_of_liberty', 'transport_abandonment', 'Transport and abandonment far away', 'Transport et abandon au loin', 43),
  ('search', 'body_search', 'Body search', 'Fouille corporelle', 51),
  ('search', 'vehicle_search', 'Vehicle search', 'Fouille de véhicule', 52),
  ('property', 'property_confiscated', 'Property confiscated', 'Biens confisqués', 61),
  ('property', 'property_destroyed', 'Property destroyed', 'Biens détruits', 62),
  ('abuse', 'racist_slurs', 'Racist slurs', 'Injures racistes', 91),
  ('abuse', 'religious_desecration', 'Desecration of religious items', 'Profanation d''objets religieux', 92),
  ('defender_harassment', 'filming_defenders', 'Photographing or filming defenders', 'Photographier ou filmer les aidant·es', 111),
  ('defender_harassment', 'fines', 'Fines (e.g. parking tickets)', 'Amendes (ex. stationnement gênant)', 112),
  ('defender_harassment', 'prosecution_of_defender', 'Prosecution of a defender', 'Poursuites contre un·e aidant·e', 113)
) AS v(parent_code, code, en, fr, ord)
JOIN vocabulary_terms p ON p.kind = 'act_type' AND p.code = v.parent_code;
