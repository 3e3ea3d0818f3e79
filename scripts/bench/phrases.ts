// Sentence templates and slot fillers for the benchmark's generated articles. All written for this project:
// news-like copy with named, anonymous, vague and document sources, quotes, hedges and captions.
// Slots: {person} {role} {org} {place} {number} {day}.

export const SENTENCES: readonly string[] = [
  '{person}, the {role} of {org}, said on {day} that the plan would cost about {number} million dollars.',
  '“We are not going to back down,” {person} told reporters outside the court in {place}.',
  'The council voted {number} to 4 to approve the budget after a debate that lasted into the night.',
  'According to a report published by {org}, water use in {place} rose by {number} percent last year.',
  'Officials in {place} believe the fire may have started in a storage building near the harbour.',
  'A senior official, who spoke on condition of anonymity because the talks are private, said a deal was close.',
  'It is widely believed that the mayor will not seek a third term.',
  '{person} denied that the company had misled investors about its debts.',
  'The minister is expected to announce the new rules on {day}, two people familiar with the matter said.',
  'Prices fell for the third month in a row, the statistics office said in a statement.',
  '“It is a disgrace,” said {person}, who has lived on the street for {number} years. “Nobody asked us.”',
  'Police said a man had been arrested and was being questioned.',
  'The report, seen by this newspaper, suggests that the project could be delayed until next spring.',
  '{person} tweeted on {day} that the result was “a win for every family in {place}”.',
  'Analysts say the merger could lead to higher fares on regional routes.',
  'The hospital has not commented on the claims.',
  'Residents of {place} could face power cuts if the cold weather continues, the grid operator warned.',
  'There is no evidence that the vote was rigged, {org} said.',
  'In a letter to staff, {person} wrote that the cuts were “painful but necessary”.',
  'The school reopened on {day} after repairs costing {number} thousand pounds.',
  'Critics claim the law will make it harder for small charities to raise money.',
  'It is not clear whether the agreement covers imports from {place}.',
  'Sources close to the negotiations said both sides had softened their demands.',
  '{person}, a spokesperson for {org}, declined to comment.',
  'The bridge, which opened in 1964, carries about {number} thousand vehicles a day.',
  'Investigators are looking into whether the alarm system was switched off.',
  'He allegedly transferred the money to an account in {place} weeks before the collapse.',
  '“I think we probably won the argument, but we lost the vote,” {person} admitted.',
  'The figures, released by {org} on {day}, show a sharp rise in late payments.',
  'Some economists fear that the rise in rates might push the region into recession.',
  'Witnesses said they heard {number} loud bangs shortly after midnight.',
  'According to court documents, the firm paid the consultants more than {number} thousand dollars.',
  'She said: “This is not the end. We will appeal.”',
  '{org} has repeatedly rejected accusations that it ignored safety warnings.',
  'The storm is likely to reach the coast of {place} late on {day}.',
  'Farmers say the drought is the worst in living memory.',
  'The {role} insisted that no laws had been broken (a claim disputed by {org}).',
  'Turnout was {number} percent, down from 61 percent at the last election.',
];

/** Lines without final punctuation: photo captions, headlines and bylines. */
export const CAPTIONS: readonly string[] = [
  '{person} speaks to supporters in {place} on {day}',
  'Firefighters work through the night at the warehouse in {place}',
  'The {role} of {org} arrives for the hearing',
  'Crowds gather outside the town hall in {place} ahead of the vote',
];

export const PEOPLE: readonly string[] = [
  'Maria Lindqvist',
  'Tomasz Wrobel',
  'Aisha Bello',
  'David Okonkwo',
  'Hannah Price',
  'Kenji Morita',
  'Lucia Ferreira',
  'Samuel Adeyemi',
  'Ingrid Haugen',
  'Rafael Ortega',
];

export const ROLES: readonly string[] = ['chief executive', 'chair', 'director', 'head', 'treasurer', 'president'];

export const ORGS: readonly string[] = [
  'the Coastal Water Board',
  'Northfield Council',
  'the Regional Transport Authority',
  'Harbour Energy Group',
  'the National Audit Office',
  'the Teachers’ Union',
  'Greenway Hospitals Trust',
];

export const PLACES: readonly string[] = ['Eastport', 'Millbrook', 'Lakeside', 'Port Alder', 'Westmoor', 'Kingsbridge'];

export const DAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
