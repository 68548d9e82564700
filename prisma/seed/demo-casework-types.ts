import type { CaseType } from '@vigil/contracts';

type DeadlineKind = 'appeal' | 'hearing' | 'appointment' | 'submission' | 'task';

/**
 * What a case of each type usually holds in a Calais / Grande-Synthe collective: a couple of
 * summaries, the legal arguments, the deadlines that come with it (days from today), and notes.
 * Information, not advice: texts a caseworker would write, not legal opinions.
 */
export interface CaseTemplate {
  summaries: string[];
  legalArguments?: string;
  decision?: string;
  deadlines: [DeadlineKind, string, number][];
  notes: string[];
  partner?: string;
}

export const CASE_TEMPLATES: Record<CaseType, CaseTemplate> = {
  asylum_claim: {
    summaries: [
      'Wants to claim asylum in France after two years trying to cross. Registered at the GUDA in Lille; OFPRA interview to prepare.',
      'Claim lodged, OFPRA interview passed; waiting for the decision. Needs support to tell the story in order for the CNDA if refused.',
    ],
    legalArguments:
      'Persecution by the regime for refusing conscription; risk on return documented by recent COI reports.',
    decision: 'Prefers to stay in France for now; will reconsider the UK if the claim is refused.',
    deadlines: [
      ['appointment', 'GUDA Lille appointment (bring the convocation)', 4],
      ['submission', 'Send the OFPRA form with the written account', 12],
    ],
    notes: [
      'Went through the timeline of the journey with an interpreter; dates of the Libya detention still unclear.',
      'Gave the OFPRA convocation a photo in the file; original stays with them.',
      'Tired, sleeping badly at the camp; suggested the Tuesday medical drop-in.',
    ],
    partner: 'Permanence juridique du barreau de Boulogne',
  },
  dublin: {
    summaries: [
      'Fingerprinted in Italy (Eurodac hit). Transfer decision notified; wants to contest it.',
      'Dublin take-back request to Germany. Afraid of being sent back to Afghanistan from there.',
    ],
    legalArguments:
      'Systemic deficiencies in reception; no individual guarantees obtained; transfer deadline may have expired (6 months).',
    decision: 'Does not want to go back to Italy; accepts to appeal the transfer.',
    deadlines: [
      ['appeal', 'Appeal against the transfer decision at the TA (15 days)', 6],
      ['task', 'Check whether the 6-month transfer deadline has run', 20],
    ],
    notes: [
      'Copy of the transfer decision received; notification date to be confirmed with the prefecture.',
      'Must sign at the police station every Monday and Thursday: reminded why it matters.',
    ],
    partner: 'Cabinet Aït-Ahmed (Lille)',
  },
  detention: {
    summaries: [
      'Arrested at the Calais station, placed at the CRA Coquelles. JLD hearing due within days.',
      'Held at the CRA Coquelles since the weekend; family in the camp brought his phone charger.',
    ],
    legalArguments:
      'Irregular procedure at arrest (no interpreter during notification of rights); vulnerability not assessed.',
    deadlines: [
      ['hearing', 'JLD hearing at the Boulogne court (detention review)', 1],
      ['appointment', 'CRA visit: bring the documents and a phone card', 2],
    ],
    notes: [
      'Visited at the CRA: was not told about the right to ask for asylum in detention.',
      'The association present in the CRA has the file; coordinate before the hearing.',
    ],
    partner: 'Association d’aide juridique en rétention (CRA Coquelles)',
  },
  removal_emergency: {
    summaries: [
      'Removal flight booked; the family was told the night before. Urgent référé considered.',
      'Escorted to the airport, flight refused by the captain; back in detention, new attempt expected.',
    ],
    legalArguments:
      'Risk of inhuman treatment on return (Art. 3 ECHR); Rule 39 request to the ECHR possible.',
    deadlines: [['appeal', 'Référé-liberté at the TA before the flight', 1]],
    notes: ['Flight details passed on by a cellmate; lawyer informed the same evening.'],
    partner: 'Cabinet Aït-Ahmed (Lille)',
  },
  oqtf_challenge: {
    summaries: [
      'OQTF without a departure period notified after an ID check at the distribution. 48 hours to appeal.',
      'OQTF with 30 days notified at the prefecture; appeal to prepare with the lawyer.',
    ],
    legalArguments: 'No examination of the personal situation; pending asylum claim not taken into account.',
    decision: 'Wants to appeal and stay in France while the claim is examined.',
    deadlines: [
      ['appeal', 'OQTF appeal at the TA Lille (48 h)', 2],
      ['submission', 'Send proof of presence and the asylum receipt to the lawyer', 1],
    ],
    notes: ['Photographed the OQTF at the Secours drop-in; the notification time matters for the 48 h.'],
    partner: 'Cabinet Aït-Ahmed (Lille)',
  },
  family_reunification: {
    summaries: [
      'Brother in the UK with refugee status; looking at a family reunion route and proofs of relationship.',
      'Separated from the family at the Libyan coast; tracing request with the family tracing service.',
    ],
    decision: 'Wants to join the family in the UK by a legal route if there is one.',
    deadlines: [
      ['submission', 'Gather proofs of relationship (photos, messages) for the solicitor', 14],
      ['task', 'Follow up the tracing request', 25],
    ],
    notes: [
      'The brother sent a copy of his residence card; the UK solicitor will check eligibility.',
      'Tracing form filled in Tigrinya with the interpreter.',
    ],
    partner: 'Family Links UK (solicitors’ network)',
  },
  unaccompanied_minor: {
    summaries: [
      'Says he is 16; alone at the Grande-Synthe camp. Referral to the child protection service for shelter and age assessment.',
      'Age assessment refused minority; appeal to the children’s judge to prepare.',
    ],
    legalArguments:
      'Age assessment based on appearance only; civil documents from the country of origin to be considered.',
    deadlines: [
      ['appointment', 'Age assessment interview at the department (ASE)', 3],
      ['appeal', 'Seize the juge des enfants after the refusal', 9],
    ],
    notes: [
      'Slept at the night shelter twice this week; says older men at the camp pressure him to pay for a crossing.',
      'Birth certificate photo sent by his mother; translation requested.',
    ],
    partner: 'Mission mineurs isolés (collectif)',
  },
  housing: {
    summaries: [
      'Family with two young children sleeping in a tent; emergency shelter through the 115 refused twice.',
      'Evicted again this morning, lost the tent and the sleeping bag; asks for a shelter place.',
    ],
    deadlines: [
      ['task', 'Call the 115 again and note the refusal reference', 0],
      ['appointment', 'Night shelter intake interview', 5],
    ],
    notes: ['115 called at 09:00 and 14:00, no place; refusal noted for a possible référé.'],
    partner: 'Accueil de nuit Le Phare',
  },
  medical_access: {
    summaries: [
      'Infected wound on the foot since the last eviction; needs the PASS at the hospital and AME.',
      'Chronic condition, medicines lost when the tent was taken; prescription to renew.',
    ],
    deadlines: [
      ['appointment', 'PASS consultation at the Calais hospital', 2],
      ['submission', 'AME application (proof of presence for 3 months)', 18],
    ],
    notes: ['Went with him to the medical drop-in; wound cleaned, follow-up in a week.'],
    partner: 'Médecins Solidaires Côte d’Opale',
  },
  police_complaint: {
    summaries: [
      'Wants to file a complaint about the gas used on people sleeping; testimony recorded with an interpreter.',
      'Injured during an eviction; medical certificate obtained, complaint to the prosecutor considered.',
    ],
    legalArguments:
      'Violence by a person holding public authority; medical certificate and observer footage support the account.',
    decision: 'Wants the complaint filed but does not want to be named in the press.',
    deadlines: [
      ['submission', 'Complaint to the prosecutor with the medical certificate', 10],
      ['task', 'Ask the legal observers for footage of that morning', 4],
    ],
    notes: ['Explained that a complaint can take months and what the IGPN does; still wants to go ahead.'],
    partner: 'Permanence juridique du barreau de Boulogne',
  },
  finding_solicitor: {
    summaries: ['Needs a solicitor who takes legal aid for an appeal at the CNDA.'],
    deadlines: [['task', 'Ask the legal aid desk for a named lawyer', 3]],
    notes: ['Two offices contacted; one answers next week.'],
    partner: 'Permanence juridique du barreau de Boulogne',
  },
  destitution: {
    summaries: ['No income, no shelter, no access to the asylum allowance (ADA) since the Dublin decision.'],
    deadlines: [['task', 'Check the ADA suspension letter and the appeal route', 7]],
    notes: ['Gave a SIM card and a phone credit; comes to the Tuesday distribution.'],
  },
  lgbt_asylum: {
    summaries: [
      'Fled because of sexual orientation; afraid of other people at the camp. Needs a safe shelter and a lawyer used to such claims.',
    ],
    legalArguments:
      'Membership of a particular social group; credibility of the account to prepare with care.',
    decision: 'Wants nobody at the camp to know; contact only through the caseworker.',
    deadlines: [['appointment', 'Meeting with the LGBT+ support association', 5]],
    notes: ['Moved to the LGBT+ shelter; feels safer. Interview preparation to start slowly.'],
    partner: 'Refuge LGBT+ Nord',
  },
  other: {
    summaries: ['Lost documents during an eviction; needs help with a declaration of loss.'],
    deadlines: [['task', 'Declaration of loss at the police station', 6]],
    notes: ['Accompanied by a volunteer; the declaration was accepted.'],
  },
};

export const PARTNERS: {
  name: string;
  kind: 'legal_aid' | 'solicitor' | 'ngo' | 'medical' | 'shelter' | 'interpreting';
  languages: string[];
  takesLegalAid?: boolean;
  contact: string;
  notes?: string;
}[] = [
  {
    name: 'Permanence juridique du barreau de Boulogne',
    kind: 'legal_aid',
    languages: ['fr', 'en'],
    takesLegalAid: true,
    contact: 'Palais de justice, Tuesday and Thursday 14:00–17:00',
    notes: 'Ask for a Dublin-experienced lawyer on Thursdays; Tuesday duty lawyers rarely take them.',
  },
  {
    name: 'Cabinet Aït-Ahmed (Lille)',
    kind: 'solicitor',
    languages: ['fr', 'ar', 'en'],
    takesLegalAid: true,
    contact: 'Office line, weekdays',
    notes: 'Takes OQTF and référé-liberté at short notice; send the decision the same day.',
  },
  {
    name: 'Maître Leroy (Dunkerque)',
    kind: 'solicitor',
    languages: ['fr'],
    takesLegalAid: true,
    contact: 'Office line, mornings',
    notes: 'Avoid for urgent cases: missed a filing deadline in 2025.',
  },
  {
    name: 'Family Links UK (solicitors’ network)',
    kind: 'solicitor',
    languages: ['en', 'ar', 'ti'],
    takesLegalAid: true,
    contact: 'Referral form, answers within a week',
  },
  {
    name: 'Association d’aide juridique en rétention (CRA Coquelles)',
    kind: 'legal_aid',
    languages: ['fr', 'en', 'ar'],
    takesLegalAid: true,
    contact: 'Inside the CRA, every day',
  },
  {
    name: 'Médecins Solidaires Côte d’Opale',
    kind: 'medical',
    languages: ['fr', 'en', 'ar', 'ps'],
    contact: 'Mobile clinic at the camps, Tuesday and Friday',
  },
  {
    name: 'PASS de l’hôpital de Calais',
    kind: 'medical',
    languages: ['fr', 'en'],
    contact: 'Hospital, ground floor, weekdays 09:00–16:00',
    notes: 'The reception asks for ID: go with a volunteer and insist that none is needed.',
  },
  {
    name: 'Accueil de nuit Le Phare',
    kind: 'shelter',
    languages: ['fr', 'en'],
    contact: 'Intake by phone after 18:00',
  },
  {
    name: 'Refuge LGBT+ Nord',
    kind: 'shelter',
    languages: ['fr', 'en', 'fa'],
    contact: 'Through their volunteer coordinator only',
    notes: 'Never give their address to anyone; referrals by the caseworker in person.',
  },
  {
    name: 'Interprètes Solidaires',
    kind: 'interpreting',
    languages: ['ar', 'ps', 'fa', 'ti', 'am', 'ckb', 'so'],
    contact: 'Booking 48 h ahead; phone interpreting same day for Arabic and Pashto',
  },
  {
    name: 'Mission mineurs isolés (collectif)',
    kind: 'ngo',
    languages: ['fr', 'en', 'ps', 'ti'],
    contact: 'Outreach at Grande-Synthe, evenings',
  },
  {
    name: 'Service de rétablissement des liens familiaux',
    kind: 'ngo',
    languages: ['fr', 'en', 'ar', 'ti'],
    contact: 'Tracing desk, Wednesday',
    notes: 'Slow (months), but the only route for some families.',
  },
];
