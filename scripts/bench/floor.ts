// The floor: the same text through wink-nlp alone, with the pipeline src/analysis/nlp.ts uses and the same
// token and sentence reads, so engine/floor is the engine's own cost on top of tokenizing.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Tokenizes and reads what the engine reads; returns the token count so the work cannot be optimised away. */
export function tokenizeOnly(text: string): number {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value);
  tokens.out(its.precedingSpaces);
  tokens.out(its.pos);
  tokens.out(its.lemma as unknown as typeof its.value);
  doc.sentences().out(its.span);
  return values.length;
}
