import { type DemoPerson, c, closed, lawyer, p, review } from './demo-casework-model';

/** 66 people and 80 cases, in the proportions a collective at the Channel border sees. */
export const DEMO_PEOPLE: DemoPerson[] = [
  p(
    'Abdi K.',
    'Somali',
    'so ar',
    'man',
    'age_25_34',
    [c('asylum_claim', 'active', 'N', lawyer), c('housing', 'open', 'N')],
    {
      legalName: 'Abdikarim Kahin Warsame',
      dateOfBirth: '1996-03-11',
      phone: '+33 7 53 41 02 18',
    },
  ),
  p(
    'Samira',
    'Syrian',
    'ar',
    'woman',
    'age_35_49',
    [
      c('family_reunification', 'waiting', 'L', { waitingOn: 'UK Home Office' }),
      c('medical_access', 'active', 'L'),
    ],
    { phone: '+33 6 45 90 12 77' },
  ),
  p(
    'the Eritrean brothers',
    'Eritrean',
    'ti',
    'man',
    'age_16_17',
    [
      c('unaccompanied_minor', 'active', 'NL', { flags: ['at_risk'] }),
      c('family_reunification', 'open', 'N'),
    ],
    { sensitivity: ['minor'], grants: ['N'] },
  ),
  p('Yonas', 'Eritrean', 'ti am', 'man', 'age_18_24', [c('dublin', 'active', 'N', lawyer)], {
    phone: '+33 7 66 20 31 09',
  }),
  p('Mahmoud (BMX camp)', 'Sudanese', 'ar', 'man', 'age_25_34', [
    c('police_complaint', 'active', 'C', { lawyer: true, incident: true }),
  ]),
  p('Aziz', 'Afghan', 'ps fa', 'man', 'age_18_24', [c('detention', 'active', 'N', review)], {
    legalName: 'Aziz Rahimi',
  }),
  p(
    'Fatima & the kids',
    'Iraqi',
    'ckb ar',
    'woman',
    'age_25_34',
    [c('housing', 'active', 'L', { flags: ['at_risk'] }), c('medical_access', 'open', 'L')],
    { phone: '+33 6 12 08 44 51' },
  ),
  p('Habib', 'Sudanese', 'ar', 'man', 'age_25_34', [
    c('oqtf_challenge', 'active', 'N', { lawyer: true, flags: ['urgent'] }),
  ]),
  p('Tesfay', 'Eritrean', 'ti', 'man', 'age_18_24', [
    c('asylum_claim', 'waiting', 'L', { waitingOn: 'OFPRA' }),
  ]),
  p('Omar (Darfur)', 'Sudanese', 'ar', 'man', 'age_25_34', [
    c('asylum_claim', 'closed', 'N', { lawyer: true, ...closed(150, 'granted') }),
  ]),
  p('Dawit', 'Ethiopian', 'am', 'man', 'age_18_24', [
    c('dublin', 'waiting', 'N', { lawyer: true, waitingOn: 'Tribunal administratif de Lille' }),
  ]),
  p(
    'Amanuel',
    'Eritrean',
    'ti',
    'man',
    'age_16_17',
    [c('unaccompanied_minor', 'active', 'N', { flags: ['at_risk'] })],
    {
      sensitivity: ['minor'],
      grants: ['N'],
      dateOfBirth: '2009-09-02',
    },
  ),
  p('Karim', 'Algerian', 'ar fr', 'man', 'age_25_34', [
    c('oqtf_challenge', 'waiting', 'L', { lawyer: true, waitingOn: 'Tribunal administratif de Lille' }),
    c('detention', 'closed', 'L', closed(60, 'resolved')),
  ]),
  p('Hassan B.', 'Iraqi', 'ckb', 'man', 'age_35_49', [
    c('removal_emergency', 'active', 'C', { lawyer: true, flags: ['detention_review', 'urgent'] }),
  ]),
  p('Rahim', 'Afghan', 'fa ps', 'man', 'age_25_34', [
    c('asylum_claim', 'active', 'L'),
    c('finding_solicitor', 'open', 'L'),
  ]),
  p('Jamal', 'Syrian', 'ar', 'man', 'age_18_24', [c('destitution', 'open', 'L'), c('housing', 'open', 'L')]),
  p(
    'Layla',
    'Iranian',
    'fa',
    'woman',
    'age_25_34',
    [c('lgbt_asylum', 'active', 'N', { lawyer: true, flags: ['at_risk'] }), c('housing', 'active', 'N')],
    { sensitivity: ['lgbt'], grants: ['N'], legalName: 'Leila Moradi', phone: 'Signal only, via Nour' },
  ),
  p(
    'Mariam',
    'Eritrean',
    'ti',
    'woman',
    'age_18_24',
    [c('asylum_claim', 'active', 'N', { flags: ['at_risk'] })],
    {
      sensitivity: ['trafficking_risk'],
      grants: ['N'],
    },
  ),
  p('Idris', 'Chadian', 'ar fr', 'man', 'age_25_34', [c('medical_access', 'active', 'L')]),
  p('Bilal', 'Pakistani', 'ur en', 'man', 'age_25_34', [
    c('dublin', 'closed', 'N', closed(120, 'transferred')),
  ]),
  p('Ahmad the cook', 'Afghan', 'ps', 'man', 'age_35_49', [
    c('housing', 'closed', 'C', closed(30, 'resolved')),
  ]),
  p('Khaled', 'Syrian', 'ar', 'man', 'age_25_34', [c('family_reunification', 'active', 'L')]),
  p('Zainab', 'Sudanese', 'ar', 'woman', 'age_18_24', [
    c('asylum_claim', 'open', 'L'),
    c('medical_access', 'waiting', 'L', { waitingOn: 'CPAM (AME)' }),
  ]),
  p(
    'Nasir',
    'Afghan',
    'ps',
    'man',
    'age_16_17',
    [c('unaccompanied_minor', 'waiting', 'N', { waitingOn: 'ASE Pas-de-Calais (age assessment)' })],
    { sensitivity: ['minor'], grants: ['N'] },
  ),
  p('Shirin', 'Iranian', 'ckb fa', 'woman', 'age_35_49', [c('asylum_claim', 'active', 'N')]),
  p('Farid', 'Afghan', 'fa', 'man', 'age_25_34', [c('detention', 'closed', 'N', closed(21, 'resolved'))]),
  p('Goli', 'Iranian', 'fa', 'woman', 'age_25_34', [c('family_reunification', 'open', 'L')]),
  p('Reza', 'Iranian', 'fa', 'man', 'age_25_34', [c('dublin', 'active', 'L')]),
  p('Kawa', 'Iraqi', 'ckb', 'man', 'age_18_24', [c('police_complaint', 'open', 'N', { incident: true })]),
  p('Hiwa', 'Iraqi', 'ckb', 'man', 'age_25_34', [c('detention', 'active', 'L', review)]),
  p('Saman', 'Iraqi', 'ckb', 'man', 'age_35_49', [
    c('oqtf_challenge', 'closed', 'N', closed(180, 'appeal_won')),
  ]),
  p('Berhane', 'Eritrean', 'ti', 'man', 'age_25_34', [c('asylum_claim', 'active', 'L')]),
  p('Mussie', 'Eritrean', 'ti', 'man', 'age_18_24', [c('housing', 'open', '-')]),
  p(
    'Robel',
    'Eritrean',
    'ti',
    'man',
    'age_16_17',
    [c('unaccompanied_minor', 'active', 'L', { flags: ['at_risk'] })],
    {
      sensitivity: ['minor'],
      grants: ['N', 'L'],
    },
  ),
  p('Selam', 'Eritrean', 'ti', 'woman', 'age_25_34', [c('medical_access', 'active', 'N')]),
  p('Filmon', 'Eritrean', 'ti', 'man', 'age_18_24', [c('dublin', 'open', '-')]),
  p('Abel', 'Ethiopian', 'am', 'man', 'age_25_34', [c('finding_solicitor', 'active', 'C')]),
  p('Mohamed A.', 'Sudanese', 'ar', 'man', 'age_25_34', [
    c('asylum_claim', 'waiting', 'N', { waitingOn: 'CNDA' }),
  ]),
  // Closed more than a year ago: the retention preview lists these two.
  p(
    'Mohamed S.',
    'Sudanese',
    'ar',
    'man',
    'age_25_34',
    [
      c('dublin', 'closed', 'N', closed(460, 'transferred')),
      c('housing', 'closed', 'N', closed(490, 'resolved')),
    ],
    { legalName: 'Mohamed Salih Adam', phone: '+33 7 81 55 20 40' },
  ),
  p(
    'Tigist',
    'Ethiopian',
    'am',
    'woman',
    'age_18_24',
    [c('housing', 'closed', 'L', closed(420, 'resolved'))],
    { dateOfBirth: '2003-01-20' },
  ),
  p('Ali (Darfur)', 'Sudanese', 'ar', 'man', 'age_18_24', [
    c('removal_emergency', 'closed', 'L', closed(55, 'lost_contact')),
  ]),
  p('Adam', 'Chadian', 'ar fr', 'man', 'age_25_34', [c('oqtf_challenge', 'active', 'N', lawyer)]),
  p('Issa', 'Sudanese', 'ar', 'man', 'age_18_24', [c('asylum_claim', 'active', 'N')]),
  p('Yusuf', 'Somali', 'so', 'man', 'age_16_17', [c('unaccompanied_minor', 'active', 'N')], {
    sensitivity: ['minor'],
    grants: ['N'],
  }),
  p('Ibrahim', 'Sudanese', 'ar', 'man', 'age_35_49', [
    c('medical_access', 'active', 'L', { flags: ['at_risk'] }),
  ]),
  p('Hamid', 'Afghan', 'fa', 'man', 'age_25_34', [c('asylum_claim', 'active', 'L')]),
  p('Sardar', 'Iraqi', 'ckb', 'man', 'age_25_34', [
    c('dublin', 'waiting', 'L', { lawyer: true, waitingOn: 'Prefecture (Germany take-back)' }),
  ]),
  p('Zana', 'Iraqi', 'ckb', 'woman', 'age_18_24', [c('family_reunification', 'active', 'N')]),
  p('Soran', 'Iraqi', 'ckb', 'man', 'age_35_49', [c('detention', 'active', 'N', review)]),
  p('Delshad', 'Syrian', 'ku ar', 'man', 'age_25_34', [c('housing', 'active', 'L')]),
  p('Abdullah', 'Afghan', 'ps', 'man', 'age_18_24', [c('oqtf_challenge', 'active', 'L', lawyer)]),
  p('Wahid', 'Afghan', 'ps', 'man', 'age_25_34', [c('destitution', 'active', 'C')]),
  p('Gul', 'Afghan', 'ps', 'woman', 'age_35_49', [c('medical_access', 'open', 'N')]),
  p('Zabih', 'Afghan', 'fa', 'man', 'age_16_17', [c('unaccompanied_minor', 'open', 'L')], {
    sensitivity: ['minor'],
    grants: ['L'],
  }),
  p('Noorullah', 'Afghan', 'ps', 'man', 'age_18_24', [
    c('asylum_claim', 'closed', 'N', { lawyer: true, ...closed(70, 'refused') }),
    c('oqtf_challenge', 'active', 'N', lawyer),
  ]),
  p('Samiullah', 'Afghan', 'ps', 'man', 'age_25_34', [c('detention', 'active', 'N', review)]),
  p('Hayat', 'Afghan', 'fa', 'woman', 'age_25_34', [
    c('family_reunification', 'waiting', 'N', { waitingOn: 'Family tracing service' }),
  ]),
  p('Esmat', 'Iranian', 'fa', 'woman', 'age_35_49', [c('housing', 'active', 'N')]),
  p('Aisha', 'Sudanese', 'ar', 'woman', 'age_18_24', [
    c('asylum_claim', 'active', 'L'),
    c('medical_access', 'closed', 'C', closed(35, 'resolved')),
  ]),
  p('Halima', 'Somali', 'so', 'woman', 'age_25_34', [
    c('family_reunification', 'active', 'C'),
    c('finding_solicitor', 'closed', 'L', closed(90, 'referred_elsewhere')),
  ]),
  p(
    'Minh',
    'Vietnamese',
    'vi',
    'man',
    'age_18_24',
    [c('removal_emergency', 'active', 'C', { lawyer: true, flags: ['at_risk'] })],
    {
      sensitivity: ['trafficking_risk'],
      grants: ['N'],
    },
  ),
  p(
    'Sami R.',
    'Moroccan',
    'ar fr',
    'man',
    'age_25_34',
    [c('lgbt_asylum', 'waiting', 'N', { lawyer: true, waitingOn: 'OFPRA' })],
    {
      sensitivity: ['lgbt'],
      grants: ['N'],
    },
  ),
  p('Kidane', 'Eritrean', 'ti', 'man', 'age_25_34', [
    c('police_complaint', 'waiting', 'C', {
      lawyer: true,
      incident: true,
      waitingOn: 'Procureur de Boulogne',
    }),
  ]),
  p('Teklu', 'Eritrean', 'ti', 'man', 'age_18_24', [
    c('removal_emergency', 'closed', 'L', closed(40, 'resolved')),
  ]),
  p('Nadia', null, 'ar fr', 'woman', 'age_35_49', [
    c('police_complaint', 'open', 'L', { incident: true }),
    c('other', 'active', 'L'),
  ]),
  p('the Kabul cousins', 'Afghan', 'ps', 'man', 'age_18_24', [
    c('detention', 'waiting', 'N', { ...review, waitingOn: 'Cour d’appel de Douai' }),
  ]),
];
