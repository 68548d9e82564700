import type { Prisma } from '@vigil/db';

type Item = Prisma.SupplyItemCreateManyInput;

const sized = (
  prefix: string,
  base: Omit<Item, 'code' | 'size'>,
  sizes: (string | number)[],
  label = (s: string) => s,
): Item[] =>
  sizes.map((s) => ({
    ...base,
    code: `${prefix}-${String(s).replace(/ /g, '')}`.toUpperCase(),
    size: label(String(s)),
  }));

const clothing = (
  nameEn: string,
  nameFr: string,
  gender: Item['gender'],
  season: Item['season'] = 'all_year',
) => ({ category: 'clothing', nameEn, nameFr, gender, season, propertyTypeId: null }) as const;
const shoes = (nameEn: string, nameFr: string, gender: Item['gender'], season: Item['season'] = 'all_year') =>
  ({ category: 'shoes', nameEn, nameFr, gender, season, unit: 'pair' }) as const;
const plain = (
  category: Item['category'],
  code: string,
  nameEn: string,
  nameFr: string,
  extra: Partial<Item> = {},
): Item => ({
  category,
  code,
  nameEn,
  nameFr,
  ...extra,
});

/**
 * The demo catalogue on top of the base one from the migration: clothing and shoes in the sizes people
 * ask for, more food, hygiene and phone items — about 150 items in all, as a real depot carries.
 */
export function demoCatalogue(
  clothesTypeId: string | null,
  foodTypeId: string | null,
  phonesTypeId: string | null,
): Item[] {
  const withType = (items: Item[], propertyTypeId: string | null) =>
    items.map((i) => ({ ...i, propertyTypeId }));
  const food = (code: string, nameEn: string, nameFr: string, unit: Item['unit'] = 'piece') =>
    plain('food', code, nameEn, nameFr, { unit, tracksExpiry: true });
  return [
    ...withType(
      [
        ...sized('JACKET-MEN', clothing('Winter jacket, men', "Veste d'hiver homme", 'men', 'winter'), [
          'S',
          'XL',
        ]),
        ...sized('TROUSERS-MEN', clothing('Trousers, men', 'Pantalon homme', 'men'), ['S', 'L', 'XL']),
        ...sized('JUMPER-UNISEX', clothing('Jumper', 'Pull', 'unisex', 'winter'), ['S', 'M', 'XL']),
        ...sized('UNDERWEAR-MEN', clothing('Underwear, men', 'Sous-vêtements homme', 'men'), [
          'S',
          'L',
          'XL',
        ]),
        ...sized('THERMAL-TOP-MEN', clothing('Thermal top, men', 'Haut thermique homme', 'men', 'winter'), [
          'M',
          'L',
        ]),
        ...sized('RAINCOAT', clothing('Raincoat', 'Imperméable', 'unisex'), ['M', 'L', 'XL']),
        ...sized('JACKET-WOMEN', clothing('Winter jacket, women', "Veste d'hiver femme", 'women', 'winter'), [
          'S',
          'L',
        ]),
        ...sized('LEGGINGS-WOMEN', clothing('Leggings, women', 'Leggings femme', 'women'), ['S', 'M', 'L']),
        plain('clothing', 'SCARF-WOMEN', 'Headscarf', 'Foulard', { gender: 'women' }),
        ...sized(
          'JACKET-CHILD',
          clothing('Winter jacket, child', "Veste d'hiver enfant", 'children', 'winter'),
          [4, 6, 10, 12],
          (s) => `${s} years`,
        ),
        ...sized(
          'TRACKSUIT-CHILD',
          clothing('Tracksuit, child', 'Survêtement enfant', 'children'),
          [4, 6, 8, 10, 12],
          (s) => `${s} years`,
        ),
        ...sized('SHOES-MEN', shoes('Trainers, men', 'Baskets homme', 'men'), [39, 40, 41, 44, 45, 46]),
        ...sized('SHOES-WOMEN', shoes('Trainers, women', 'Baskets femme', 'women'), [36, 37, 38, 39, 40, 41]),
        ...sized(
          'BOOTS-MEN',
          shoes('Walking boots, men', 'Chaussures de marche homme', 'men', 'winter'),
          [40, 41, 43, 44, 45],
        ),
        ...sized(
          'WELLIES-MEN',
          shoes('Wellington boots, men', 'Bottes en caoutchouc homme', 'men', 'winter'),
          [41, 42, 43, 44],
        ),
        ...sized('SHOES-CHILD', shoes('Shoes, child', 'Chaussures enfant', 'children'), [28, 30, 32, 34]),
      ],
      clothesTypeId,
    ),
    ...sized(
      'NAPPIES',
      {
        category: 'nappies',
        nameEn: 'Nappies',
        nameFr: 'Couches',
        unit: 'pack',
        gender: 'children',
        priority: 'high',
      },
      [1, 2, 3, 5, 6],
    ),
    ...withType(
      [
        food('TINNED-CHICKPEAS', 'Tinned chickpeas', 'Pois chiches en conserve'),
        food('TINNED-TOMATOES', 'Tinned tomatoes', 'Tomates en conserve'),
        food('FLOUR', 'Flour', 'Farine', 'kg'),
        food('UHT-MILK', 'UHT milk', 'Lait UHT', 'litre'),
        food('BABY-FORMULA', 'Baby formula', 'Lait infantile', 'box'),
        food('BISCUITS', 'Biscuits', 'Biscuits', 'pack'),
        food('PEANUT-BUTTER', 'Peanut butter', 'Beurre de cacahuète'),
        food('DATES', 'Dates', 'Dattes', 'kg'),
        food('ONIONS', 'Onions', 'Oignons', 'kg'),
        food('POTATOES', 'Potatoes', 'Pommes de terre', 'kg'),
        food('SALT', 'Salt', 'Sel', 'kg'),
        food('SPICES', 'Spice mix', 'Mélange d’épices', 'pack'),
      ],
      foodTypeId,
    ),
    plain('hygiene', 'SHAMPOO', 'Shampoo', 'Shampooing'),
    plain('hygiene', 'DEODORANT', 'Deodorant', 'Déodorant'),
    plain('hygiene', 'SHOWER-GEL', 'Shower gel', 'Gel douche'),
    plain('hygiene', 'NAIL-CLIPPERS', 'Nail clippers', 'Coupe-ongles'),
    plain('hygiene', 'HAND-GEL', 'Hand sanitiser', 'Gel hydroalcoolique'),
    plain('hygiene', 'WET-WIPES', 'Wet wipes', 'Lingettes', { unit: 'pack' }),
    plain('hygiene', 'LAUNDRY-SOAP', 'Laundry soap', 'Savon de Marseille'),
    plain('hygiene', 'HYGIENE-KIT', 'Hygiene kit', "Kit d'hygiène", { priority: 'high' }),
    ...withType(
      [
        plain('phone', 'CABLE-USBC', 'USB-C cable', 'Câble USB-C'),
        plain('phone', 'CABLE-LIGHTNING', 'Lightning cable', 'Câble Lightning'),
        plain('phone', 'SOLAR-CHARGER', 'Solar charger', 'Chargeur solaire'),
        plain('phone', 'PLUG-ADAPTER-UK', 'UK plug adapter', 'Adaptateur prise UK'),
      ],
      phonesTypeId,
    ),
    plain('first_aid', 'BANDAGES', 'Bandages', 'Bandes', { unit: 'pack' }),
    plain('first_aid', 'BLISTER-PLASTERS', 'Blister plasters', 'Pansements ampoules', {
      unit: 'pack',
      tracksExpiry: true,
    }),
    plain('first_aid', 'SALINE', 'Saline eye wash', 'Sérum physiologique', {
      unit: 'pack',
      tracksExpiry: true,
      priority: 'high',
    }),
    plain('first_aid', 'ANTISEPTIC', 'Antiseptic spray', 'Spray antiseptique', { tracksExpiry: true }),
    plain('kitchen', 'FRYING-PAN', 'Frying pan', 'Poêle'),
    plain('kitchen', 'WATER-FILTER', 'Water filter', 'Filtre à eau'),
    plain('kitchen', 'BOWLS', 'Bowls (set of 4)', 'Bols (lot de 4)', { unit: 'pack' }),
    plain('kitchen', 'THERMOS', 'Thermos flask', 'Thermos', { season: 'winter' }),
    plain('fuel', 'CHARCOAL', 'Charcoal (bag)', 'Charbon de bois (sac)', { unit: 'pack', season: 'winter' }),
    plain('fuel', 'TEALIGHTS', 'Tealights', 'Bougies chauffe-plat', { unit: 'pack' }),
    plain('fuel', 'LIGHTER', 'Lighter', 'Briquet'),
    plain('stationery', 'MARKERS', 'Markers', 'Feutres', { unit: 'pack' }),
    plain('stationery', 'PHRASEBOOK', 'Phrasebook (FR/EN/AR/FA)', 'Guide de conversation (FR/EN/AR/FA)'),
    plain('shelter', 'TENT-6P', 'Tent, 6 people', 'Tente 6 places', { priority: 'high' }),
    plain('shelter', 'GROUNDSHEET', 'Groundsheet', 'Tapis de sol imperméable'),
    plain('shelter', 'ROPE-20M', 'Rope, 20 m', 'Corde 20 m'),
    plain('shelter', 'TENT-PEGS', 'Tent pegs (bag)', 'Sardines (sac)', { unit: 'pack' }),
    plain('water', 'WATER-5L', 'Bottled water 5 l', 'Eau en bouteille 5 l', {
      tracksExpiry: true,
      priority: 'high',
      season: 'summer',
    }),
    plain('water', 'WATER-BOTTLE', 'Reusable water bottle', 'Gourde'),
  ];
}
