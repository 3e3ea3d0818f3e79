// Attributions made by a noun with a holder: "the chairman's repeated emphasis that …", "his promise to …",
// "claims by officials that …".
import type { Token } from '../nlp.js';
import type { FoundAttribution, Mention } from './types.js';
import { MAX_ATTRIBUTIONS, type SentenceView, type TakenTokens } from './view.js';
import { npEndingAt, npStartingAt } from './np.js';
import { classifyChunk } from './classify.js';
import { contentSpan } from './content.js';
import { foundAttribution, mentionOf } from './found.js';
import { NOUN_CUES, INTENTION_NOUNS } from '../lexicon/cues.js';
import { POSSESSIVE_MARKS } from '../lexicon/grammar.js';

/** "repeated", "earlier", "often repeated": words between a holder and its noun. */
const isNounModifier = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'ADJ' || (t.pos === 'ADV' && t.lower !== 'not') || (t.pos === 'VERB' && t.lower.endsWith('ed')));

const POSSESSIVE_PRONOUNS = new Map<string, 'person' | 'thing' | 'group'>([
  ['his', 'person'],
  ['her', 'person'],
  ['its', 'thing'],
  ['their', 'group'],
  ['our', 'group'],
  ['my', 'person'],
]);

export function findNounAttributions(view: SentenceView, used: TakenTokens): FoundAttribution[] {
  const { tokens, first, lastWord } = view;
  const out: FoundAttribution[] = [];
  for (let i = first + 1; i < lastWord; i++) {
    if (view.spent + out.length >= MAX_ATTRIBUTIONS) break;
    const t = tokens[i];
    // wink reads some of these nouns as verbs after a modifier ("the police's earlier claim that"): a holder
    // right before them decides below.
    if (!t || !(t.pos === 'NOUN' || t.pos === 'VERB') || used.has(i) || view.quoted(i) || !NOUN_CUES.has(t.lower)) continue;
    let opener = i + 1;
    let mention: Mention | null = null;
    let mentionEnd = -1;
    // "claims by officials that …"
    if (tokens[opener]?.lower === 'by' && t.pos === 'NOUN') {
      const np = npStartingAt(tokens, opener + 1, lastWord);
      if (!np) continue;
      const cls = classifyChunk(tokens, np);
      mention = mentionOf(view.span(np.s, np.e), cls.kind, cls.pronoun, null);
      mentionEnd = np.e;
      opener = np.e + 1;
    }
    const next = tokens[opener];
    const isClause = next?.lower === 'that' && tokens[opener + 1]?.pos !== 'VERB';
    const isIntention = next?.lower === 'to' && INTENTION_NOUNS.has(t.lower) && tokens[opener + 1]?.pos === 'VERB';
    if (!isClause && !isIntention) continue;
    let mentionStart = -1;
    if (!mention) {
      // "the chairman's repeated emphasis that …": adjectives may stand between the holder and the noun.
      let h = i - 1;
      while (h > first && isNounModifier(tokens[h])) h--;
      const prev = tokens[h];
      const possessor = prev && POSSESSIVE_MARKS.has(prev.text) ? npEndingAt(tokens, h - 1, first) : null;
      if (possessor) {
        const cls = classifyChunk(tokens, possessor);
        mention = mentionOf(view.span(possessor.s, h), cls.kind, cls.pronoun, null);
        mentionStart = possessor.s;
      } else if (prev && POSSESSIVE_PRONOUNS.has(prev.lower) && t.pos === 'NOUN') {
        const pronoun = POSSESSIVE_PRONOUNS.get(prev.lower) ?? null;
        mention = mentionOf(view.span(h, h), pronoun === 'group' ? 'anonymous' : 'named_person', pronoun, null);
        mentionStart = h;
      } else {
        // "the idea that …", "a message that …": without a holder the noun names no source.
        continue;
      }
    }
    const content = contentSpan(view, opener, lastWord);
    out.push(foundAttribution(view, { mention, cueStart: i, cueEnd: i, content, kind: mention.kind }));
    for (let k = mentionStart >= 0 ? mentionStart : i; k <= Math.max(i, mentionEnd); k++) used.add(k);
  }
  view.spent += out.length;
  return out;
}
