-- CreateEnum
CREATE TYPE "SupplyCategory" AS ENUM ('shelter', 'food', 'water', 'clothing', 'shoes', 'hygiene', 'nappies', 'phone', 'first_aid', 'kitchen', 'fuel', 'stationery');

-- CreateEnum
CREATE TYPE "SupplyUnit" AS ENUM ('piece', 'pair', 'pack', 'box', 'kg', 'litre');

-- CreateEnum
CREATE TYPE "SupplyGender" AS ENUM ('men', 'women', 'unisex', 'children');

-- CreateEnum
CREATE TYPE "SupplyPriority" AS ENUM ('high', 'normal', 'low');

-- CreateEnum
CREATE TYPE "SupplySeason" AS ENUM ('all_year', 'winter', 'summer');

-- CreateEnum
CREATE TYPE "StockLocationKind" AS ENUM ('warehouse', 'van', 'distribution_point');

-- CreateEnum
CREATE TYPE "StockOperationKind" AS ENUM ('receive', 'transfer', 'distribute', 'return', 'write_off', 'stocktake', 'opening_stock');

-- CreateEnum
CREATE TYPE "StockMovementKind" AS ENUM ('receive', 'transfer_out', 'transfer_in', 'distribute', 'return', 'write_off', 'adjust');

-- CreateEnum
CREATE TYPE "SupplySource" AS ENUM ('donation', 'purchase', 'surplus', 'salvage');

-- CreateEnum
CREATE TYPE "WriteOffReason" AS ENUM ('expired', 'damaged', 'seized_by_police', 'destroyed_by_police', 'lost', 'other');

-- CreateEnum
CREATE TYPE "DistributionStatus" AS ENUM ('planned', 'packed', 'distributed', 'closed', 'cancelled');

-- CreateEnum
CREATE TYPE "SupplyNeedStatus" AS ENUM ('open', 'met', 'cancelled');

-- CreateTable
CREATE TABLE "supply_items" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "category" "SupplyCategory" NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "unit" "SupplyUnit" NOT NULL DEFAULT 'piece',
    "size" TEXT,
    "gender" "SupplyGender",
    "tracks_expiry" BOOLEAN NOT NULL DEFAULT false,
    "priority" "SupplyPriority" NOT NULL DEFAULT 'normal',
    "season" "SupplySeason" NOT NULL DEFAULT 'all_year',
    "property_type_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supply_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stock_locations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "StockLocationKind" NOT NULL,
    "site_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stock_locations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stock_thresholds" (
    "item_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "min_quantity" INTEGER NOT NULL,

    CONSTRAINT "stock_thresholds_pkey" PRIMARY KEY ("item_id","location_id")
);

-- CreateTable
CREATE TABLE "stock_operations" (
    "id" UUID NOT NULL,
    "kind" "StockOperationKind" NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID NOT NULL,
    "request_key" TEXT,
    "source" "SupplySource",
    "donor" TEXT,
    "write_off_reason" "WriteOffReason",
    "eviction_id" UUID,
    "incident_id" UUID,
    "distribution_id" UUID,
    "note" TEXT,

    CONSTRAINT "stock_operations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stock_movements" (
    "id" BIGSERIAL NOT NULL,
    "operation_id" UUID NOT NULL,
    "kind" "StockMovementKind" NOT NULL,
    "item_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "expires_on" DATE NOT NULL,
    "quantity" INTEGER NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stock_movements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stock_balances" (
    "item_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "expires_on" DATE NOT NULL,
    "on_hand" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "stock_balances_pkey" PRIMARY KEY ("item_id","location_id","expires_on")
);

-- CreateTable
CREATE TABLE "distributions" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "DistributionStatus" NOT NULL DEFAULT 'planned',
    "location_id" UUID NOT NULL,
    "site_id" UUID,
    "need_id" UUID,
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "distributed_at" TIMESTAMPTZ(3),
    "served_men" INTEGER,
    "served_women" INTEGER,
    "served_families" INTEGER,
    "served_minors" INTEGER,
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "distributions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "distribution_lines" (
    "distribution_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "planned" INTEGER NOT NULL,
    "packed" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "returned" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "distribution_lines_pkey" PRIMARY KEY ("distribution_id","item_id")
);

-- CreateTable
CREATE TABLE "distribution_reservations" (
    "distribution_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "expires_on" DATE NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "distribution_reservations_pkey" PRIMARY KEY ("distribution_id","item_id","expires_on")
);

-- CreateTable
CREATE TABLE "supply_needs" (
    "id" UUID NOT NULL,
    "site_id" UUID,
    "partner" TEXT,
    "needed_by" DATE NOT NULL,
    "status" "SupplyNeedStatus" NOT NULL DEFAULT 'open',
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supply_needs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_need_lines" (
    "need_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "supply_need_lines_pkey" PRIMARY KEY ("need_id","item_id")
);

-- CreateTable
CREATE TABLE "stock_boxes" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "item_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "expires_on" DATE,
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stock_boxes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "supply_items_code_key" ON "supply_items"("code");

-- CreateIndex
CREATE INDEX "supply_items_category_name_en_idx" ON "supply_items"("category", "name_en");

-- CreateIndex
CREATE UNIQUE INDEX "stock_locations_name_key" ON "stock_locations"("name");

-- CreateIndex
CREATE INDEX "stock_thresholds_location_id_idx" ON "stock_thresholds"("location_id");

-- CreateIndex
CREATE INDEX "stock_operations_kind_occurred_at_idx" ON "stock_operations"("kind", "occurred_at");

-- CreateIndex
CREATE INDEX "stock_operations_eviction_id_idx" ON "stock_operations"("eviction_id");

-- CreateIndex
CREATE INDEX "stock_operations_incident_id_idx" ON "stock_operations"("incident_id");

-- CreateIndex
CREATE INDEX "stock_operations_distribution_id_idx" ON "stock_operations"("distribution_id");

-- CreateIndex
CREATE UNIQUE INDEX "stock_operations_actor_id_request_key_key" ON "stock_operations"("actor_id", "request_key");

-- CreateIndex
CREATE INDEX "stock_movements_item_id_location_id_id_idx" ON "stock_movements"("item_id", "location_id", "id");

-- CreateIndex
CREATE INDEX "stock_movements_location_id_id_idx" ON "stock_movements"("location_id", "id");

-- CreateIndex
CREATE INDEX "stock_movements_operation_id_idx" ON "stock_movements"("operation_id");

-- CreateIndex
CREATE INDEX "stock_movements_kind_occurred_at_idx" ON "stock_movements"("kind", "occurred_at");

-- CreateIndex
CREATE INDEX "stock_balances_location_id_idx" ON "stock_balances"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "distributions_reference_key" ON "distributions"("reference");

-- CreateIndex
CREATE INDEX "distributions_status_scheduled_at_idx" ON "distributions"("status", "scheduled_at");

-- CreateIndex
CREATE INDEX "distributions_location_id_scheduled_at_idx" ON "distributions"("location_id", "scheduled_at");

-- CreateIndex
CREATE INDEX "distributions_site_id_idx" ON "distributions"("site_id");

-- CreateIndex
CREATE INDEX "distributions_need_id_idx" ON "distributions"("need_id");

-- CreateIndex
CREATE INDEX "distribution_reservations_item_id_location_id_idx" ON "distribution_reservations"("item_id", "location_id");

-- CreateIndex
CREATE INDEX "supply_needs_status_needed_by_idx" ON "supply_needs"("status", "needed_by");

-- CreateIndex
CREATE UNIQUE INDEX "stock_boxes_code_key" ON "stock_boxes"("code");

-- CreateIndex
CREATE INDEX "stock_boxes_location_id_idx" ON "stock_boxes"("location_id");

-- CreateIndex
CREATE INDEX "stock_boxes_item_id_idx" ON "stock_boxes"("item_id");

-- AddForeignKey
ALTER TABLE "supply_items" ADD CONSTRAINT "supply_items_property_type_id_fkey" FOREIGN KEY ("property_type_id") REFERENCES "vocabulary_terms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_locations" ADD CONSTRAINT "stock_locations_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_thresholds" ADD CONSTRAINT "stock_thresholds_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "supply_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_thresholds" ADD CONSTRAINT "stock_thresholds_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "stock_locations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_operations" ADD CONSTRAINT "stock_operations_eviction_id_fkey" FOREIGN KEY ("eviction_id") REFERENCES "evictions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_operations" ADD CONSTRAINT "stock_operations_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_operations" ADD CONSTRAINT "stock_operations_distribution_id_fkey" FOREIGN KEY ("distribution_id") REFERENCES "distributions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_operation_id_fkey" FOREIGN KEY ("operation_id") REFERENCES "stock_operations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "supply_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "stock_locations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_balances" ADD CONSTRAINT "stock_balances_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "supply_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_balances" ADD CONSTRAINT "stock_balances_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "stock_locations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "stock_locations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distributions" ADD CONSTRAINT "distributions_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "supply_needs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distribution_lines" ADD CONSTRAINT "distribution_lines_distribution_id_fkey" FOREIGN KEY ("distribution_id") REFERENCES "distributions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distribution_lines" ADD CONSTRAINT "distribution_lines_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "supply_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distribution_reservations" ADD CONSTRAINT "distribution_reservations_distribution_id_fkey" FOREIGN KEY ("distribution_id") REFERENCES "distributions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_needs" ADD CONSTRAINT "supply_needs_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_need_lines" ADD CONSTRAINT "supply_need_lines_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "supply_needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_need_lines" ADD CONSTRAINT "supply_need_lines_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "supply_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_boxes" ADD CONSTRAINT "stock_boxes_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "supply_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stock_boxes" ADD CONSTRAINT "stock_boxes_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "stock_locations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- The stock ledger is append-only: corrections are new movements (a count adjustment, a return).
-- ---------------------------------------------------------------------------------------------
CREATE TRIGGER stock_operations_append_only BEFORE UPDATE OR DELETE ON stock_operations
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER stock_operations_no_truncate BEFORE TRUNCATE ON stock_operations
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER stock_movements_no_truncate BEFORE TRUNCATE ON stock_movements
  FOR EACH STATEMENT EXECUTE FUNCTION append_only();

-- A movement's sign follows its kind (triggers rather than CHECK constraints: Prisma 6.19's WASM
-- schema engine crashes introspecting CHECK constraints).
CREATE FUNCTION stock_movement_sign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.quantity = 0
     OR (NEW.kind IN ('receive', 'transfer_in', 'return') AND NEW.quantity < 0)
     OR (NEW.kind IN ('transfer_out', 'distribute', 'write_off') AND NEW.quantity > 0) THEN
    RAISE EXCEPTION 'a % movement cannot have quantity %', NEW.kind, NEW.quantity
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER stock_movement_sign BEFORE INSERT ON stock_movements
  FOR EACH ROW EXECUTE FUNCTION stock_movement_sign();

-- The last line of defence against overselling: whatever the code path, stock on hand never goes
-- negative and packed distributions never hold more than is there.
CREATE FUNCTION stock_balance_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.on_hand < 0 OR NEW.reserved < 0 OR NEW.reserved > NEW.on_hand THEN
    RAISE EXCEPTION 'stock of item % at location % would be % on hand with % reserved',
      NEW.item_id, NEW.location_id, NEW.on_hand, NEW.reserved
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
-- AFTER, not BEFORE: a BEFORE INSERT trigger would also see the proposed row of an upsert that turns
-- into an update (a negative change to an existing balance).
CREATE TRIGGER stock_balance_guard AFTER INSERT OR UPDATE ON stock_balances
  FOR EACH ROW EXECUTE FUNCTION stock_balance_guard();

CREATE SEQUENCE distribution_reference_seq;
CREATE SEQUENCE stock_box_code_seq;

-- ---------------------------------------------------------------------------------------------
-- The base catalogue every instance starts with, from the supplies vocabulary (administrators edit
-- it afterwards). Shelter comes first: tents, sleeping bags, blankets and tarps before clothes and food.
-- ---------------------------------------------------------------------------------------------
INSERT INTO supply_items (id, code, category, name_en, name_fr, unit, size, gender, tracks_expiry, priority,
  season, property_type_id, updated_at)
SELECT gen_random_uuid(), v.code, v.category::"SupplyCategory", v.en, v.fr, v.unit::"SupplyUnit", v.size,
  v.gender::"SupplyGender", v.expiry, v.priority::"SupplyPriority", v.season::"SupplySeason",
  (SELECT id FROM vocabulary_terms t WHERE t.kind = 'property_type' AND t.code = v.property), now()
FROM (VALUES
  ('TENT-2P', 'shelter', 'Tent, 2 people', 'Tente 2 places', 'piece', NULL, NULL, false, 'high', 'all_year', 'tents'),
  ('TENT-4P', 'shelter', 'Tent, 4 people', 'Tente 4 places', 'piece', NULL, NULL, false, 'high', 'all_year', 'tents'),
  ('SLEEPING-BAG', 'shelter', 'Sleeping bag', 'Sac de couchage', 'piece', NULL, NULL, false, 'high', 'winter', 'sleeping_bags'),
  ('BLANKET', 'shelter', 'Blanket', 'Couverture', 'piece', NULL, NULL, false, 'high', 'winter', 'blankets'),
  ('TARP-4X6', 'shelter', 'Tarp 4 × 6 m', 'Bâche 4 × 6 m', 'piece', NULL, NULL, false, 'high', 'all_year', 'tarps'),
  ('SLEEPING-MAT', 'shelter', 'Sleeping mat', 'Tapis de sol', 'piece', NULL, NULL, false, 'high', 'winter', 'belongings'),
  ('TINNED-BEANS', 'food', 'Tinned beans', 'Haricots en conserve', 'piece', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('TINNED-FISH', 'food', 'Tinned fish', 'Poisson en conserve', 'piece', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('RICE', 'food', 'Rice', 'Riz', 'kg', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('PASTA', 'food', 'Pasta', 'Pâtes', 'kg', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('LENTILS', 'food', 'Lentils', 'Lentilles', 'kg', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('BREAD', 'food', 'Bread (bakery surplus)', 'Pain (invendus de boulangerie)', 'piece', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('FRESH-FRUIT', 'food', 'Fresh fruit', 'Fruits frais', 'kg', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('COOKING-OIL', 'food', 'Cooking oil', 'Huile de cuisine', 'litre', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('TEA', 'food', 'Tea', 'Thé', 'pack', NULL, NULL, true, 'normal', 'winter', 'food'),
  ('SUGAR', 'food', 'Sugar', 'Sucre', 'kg', NULL, NULL, true, 'normal', 'all_year', 'food'),
  ('WATER-1L5', 'water', 'Bottled water 1.5 l', 'Eau en bouteille 1,5 l', 'piece', NULL, NULL, true, 'high', 'summer', NULL),
  ('JERRYCAN-20L', 'water', 'Jerrycan 20 l', 'Jerrican 20 l', 'piece', NULL, NULL, false, 'normal', 'all_year', NULL),
  ('JACKET-MEN-M', 'clothing', 'Winter jacket, men', 'Veste d''hiver homme', 'piece', 'M', 'men', false, 'normal', 'winter', 'clothes'),
  ('JACKET-MEN-L', 'clothing', 'Winter jacket, men', 'Veste d''hiver homme', 'piece', 'L', 'men', false, 'normal', 'winter', 'clothes'),
  ('TROUSERS-MEN-M', 'clothing', 'Trousers, men', 'Pantalon homme', 'piece', 'M', 'men', false, 'normal', 'all_year', 'clothes'),
  ('JUMPER-UNISEX-L', 'clothing', 'Jumper', 'Pull', 'piece', 'L', 'unisex', false, 'normal', 'winter', 'clothes'),
  ('SOCKS', 'clothing', 'Socks', 'Chaussettes', 'pair', NULL, 'unisex', false, 'normal', 'all_year', 'clothes'),
  ('UNDERWEAR-MEN-M', 'clothing', 'Underwear, men', 'Sous-vêtements homme', 'piece', 'M', 'men', false, 'normal', 'all_year', 'clothes'),
  ('HAT-GLOVES', 'clothing', 'Hat and gloves', 'Bonnet et gants', 'pack', NULL, 'unisex', false, 'normal', 'winter', 'clothes'),
  ('JACKET-WOMEN-M', 'clothing', 'Winter jacket, women', 'Veste d''hiver femme', 'piece', 'M', 'women', false, 'normal', 'winter', 'clothes'),
  ('JACKET-CHILD-8', 'clothing', 'Winter jacket, child', 'Veste d''hiver enfant', 'piece', '8 years', 'children', false, 'normal', 'winter', 'clothes'),
  ('SHOES-MEN-42', 'shoes', 'Trainers, men', 'Baskets homme', 'pair', '42', 'men', false, 'normal', 'all_year', 'clothes'),
  ('SHOES-MEN-43', 'shoes', 'Trainers, men', 'Baskets homme', 'pair', '43', 'men', false, 'normal', 'all_year', 'clothes'),
  ('BOOTS-MEN-42', 'shoes', 'Walking boots, men', 'Chaussures de marche homme', 'pair', '42', 'men', false, 'normal', 'winter', 'clothes'),
  ('FLIP-FLOPS', 'shoes', 'Flip-flops', 'Tongs', 'pair', NULL, 'unisex', false, 'low', 'summer', 'clothes'),
  ('SOAP', 'hygiene', 'Soap', 'Savon', 'piece', NULL, NULL, false, 'normal', 'all_year', NULL),
  ('TOOTHBRUSH', 'hygiene', 'Toothbrush', 'Brosse à dents', 'piece', NULL, NULL, false, 'normal', 'all_year', NULL),
  ('TOOTHPASTE', 'hygiene', 'Toothpaste', 'Dentifrice', 'piece', NULL, NULL, true, 'normal', 'all_year', NULL),
  ('RAZOR', 'hygiene', 'Razor', 'Rasoir', 'piece', NULL, NULL, false, 'low', 'all_year', NULL),
  ('SANITARY-PADS', 'hygiene', 'Sanitary pads', 'Serviettes hygiéniques', 'pack', NULL, 'women', false, 'high', 'all_year', NULL),
  ('TOWEL', 'hygiene', 'Towel', 'Serviette de bain', 'piece', NULL, NULL, false, 'normal', 'all_year', 'belongings'),
  ('NAPPIES-4', 'nappies', 'Nappies, size 4', 'Couches, taille 4', 'pack', '4', 'children', false, 'high', 'all_year', NULL),
  ('BABY-WIPES', 'nappies', 'Baby wipes', 'Lingettes bébé', 'pack', NULL, 'children', true, 'normal', 'all_year', NULL),
  ('CHARGER-USBC', 'phone', 'Phone charger, USB-C', 'Chargeur de téléphone USB-C', 'piece', NULL, NULL, false, 'normal', 'all_year', 'phones'),
  ('CHARGER-MICRO', 'phone', 'Phone charger, micro-USB', 'Chargeur de téléphone micro-USB', 'piece', NULL, NULL, false, 'normal', 'all_year', 'phones'),
  ('POWER-BANK', 'phone', 'Power bank', 'Batterie externe', 'piece', NULL, NULL, false, 'normal', 'all_year', 'phones'),
  ('SIM-CARD', 'phone', 'SIM card', 'Carte SIM', 'piece', NULL, NULL, false, 'normal', 'all_year', 'phones'),
  ('FIRST-AID-KIT', 'first_aid', 'First-aid kit', 'Trousse de premiers secours', 'piece', NULL, NULL, true, 'normal', 'all_year', NULL),
  ('PLASTERS', 'first_aid', 'Plasters', 'Pansements', 'pack', NULL, NULL, true, 'normal', 'all_year', NULL),
  ('FOIL-BLANKET', 'first_aid', 'Emergency foil blanket', 'Couverture de survie', 'piece', NULL, NULL, false, 'high', 'winter', 'blankets'),
  ('COOKING-POT', 'kitchen', 'Cooking pot', 'Marmite', 'piece', NULL, NULL, false, 'normal', 'all_year', 'cooking_equipment'),
  ('CAMPING-STOVE', 'kitchen', 'Camping stove', 'Réchaud de camping', 'piece', NULL, NULL, false, 'normal', 'all_year', 'cooking_equipment'),
  ('CUTLERY-SET', 'kitchen', 'Cutlery set', 'Couverts', 'pack', NULL, NULL, false, 'low', 'all_year', 'cooking_equipment'),
  ('FIREWOOD', 'fuel', 'Firewood (bag)', 'Bois de chauffage (sac)', 'pack', NULL, NULL, false, 'high', 'winter', NULL),
  ('GAS-CARTRIDGE', 'fuel', 'Gas cartridge', 'Cartouche de gaz', 'piece', NULL, NULL, false, 'normal', 'all_year', NULL),
  ('NOTEBOOK', 'stationery', 'Notebook', 'Cahier', 'piece', NULL, NULL, false, 'low', 'all_year', NULL),
  ('PEN', 'stationery', 'Pen', 'Stylo', 'piece', NULL, NULL, false, 'low', 'all_year', NULL)
) AS v(code, category, en, fr, unit, size, gender, expiry, priority, season, property);
