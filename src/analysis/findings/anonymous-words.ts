// Words the anonymous_source rule reads. Lowercase surface forms.

/** Attribution verbs that introduce a view, a forecast or a reading of events rather than a fact: with an
 * unnamed source they break the "no anonymous opinion" rule. */
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

/**
 * An unnamed spokesperson speaks on the record for a named body ("a spokeswoman for the council"):
 * newsroom practice, not an anonymous source.
 */
export const INSTITUTIONAL_VOICES: readonly string[] = [
  'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokesperson', 'spokespeople', 'spokespersons',
  'press officer', 'press office', 'press secretary',
];
