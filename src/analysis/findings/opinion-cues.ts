// Attribution verbs that introduce a view, a forecast or a reading of events rather than a fact: with an
// unnamed source they break the "no anonymous opinion" rule. Lowercase surface forms.
export const OPINION_CUES: readonly string[] = [
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt',
  'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected', 'expect', 'expects', 'expected',
  'predict', 'predicts', 'predicted', 'forecast', 'forecasts', 'interpret', 'interprets', 'interpreted',
  'suggest', 'suggests', 'suggested', 'argue', 'argues', 'argued', 'warn', 'warns', 'warned',
  'speculate', 'speculates', 'speculated', 'consider', 'considers', 'considered', 'view', 'views', 'viewed',
  'see', 'sees', 'saw', 'seen', 'hope', 'hopes', 'hoped', 'worry', 'worries', 'worried', 'doubt', 'doubts',
  'doubted', 'reckon', 'reckons', 'reckoned', 'assess', 'assesses', 'assessed', 'judge', 'judges', 'judged',
  'criticise', 'criticises', 'criticised', 'criticize', 'criticizes', 'criticized', 'praise', 'praises', 'praised',
  'in the view of', 'in the opinion of',
];
