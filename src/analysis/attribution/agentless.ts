// Attributions with no agent: "it is believed that", "is widely seen as", "there have been reports",
// "reportedly", "allegedly".
import type { FoundAttribution } from './types.js';
import type { Token } from '../nlp.js';
import { MAX_ATTRIBUTIONS, type SentenceView, type TakenTokens } from './view.js';
import { contentSpan } from './content.js';
import { foundAttribution } from './found.js';
import {
  AGENTLESS_ADVERBS,
  AGENTLESS_ADVERB_CUES,
  AGENTLESS_PARTICIPLES,
  HEARSAY_NOUNS,
} from '../lexicon/cues.js';

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);
const EXISTENTIAL_BE = new Set(['is', 'are', 'was', 'were', 'have', 'has', 'had', 'been', 'be', 'will', 'remain', 'remains']);
/** Participles that raise their subject without naming who holds the view: "is expected to", "is said to". */
const RAISING_PARTICIPLES = new Set(['expected', 'believed', 'thought', 'said', 'reported', 'understood', 'known', 'alleged', 'rumoured', 'rumored', 'estimated', 'projected', 'feared', 'considered', 'presumed', 'suspected']);
const CONTENT_OPENERS = new Set(['that', 'of', 'about', 'as', 'to']);
/** "It is understood the firm has …": a clause may follow without "that". */
const CLAUSE_STARTS = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

function vague(view: SentenceView, cueStart: number, cueEnd: number, contentFrom: number | null): FoundAttribution {
  const content = contentSpan(view, contentFrom ?? view.first, view.lastWord);
  return foundAttribution(view, { mention: null, cueStart, cueEnd, content, kind: 'vague' });
}

export function findAgentless(view: SentenceView, used: TakenTokens): FoundAttribution[] {
  const { tokens, first, lastWord } = view;
  const out: FoundAttribution[] = [];
  const claim = (s: number, e: number) => {
    for (let k = s; k <= e; k++) used.add(k);
  };
  for (let i = first; i <= lastWord; i++) {
    if (view.spent + out.length >= MAX_ATTRIBUTIONS) break;
    const t = tokens[i];
    if (!t || used.has(i) || view.quoted(i)) continue;

    // "it is (widely) believed that …", "X is widely seen as …", "X is believed to have …"
    if (AGENTLESS_PARTICIPLES.has(t.lower)) {
      let j = i - 1;
      let adverb = -1;
      while (j >= first && tokens[j]?.pos === 'ADV') {
        if (AGENTLESS_ADVERBS.has(tokens[j]?.lower ?? '')) adverb = j;
        j--;
      }
      if (!BE.has(tokens[j]?.lower ?? '')) continue;
      let subject = j - 1;
      while (subject >= first && (tokens[subject]?.pos === 'AUX' || tokens[subject]?.pos === 'ADV')) subject--;
      const dummyIt = tokens[subject]?.lower === 'it';
      const next = tokens[i + 1]?.lower ?? '';
      const clauseFollows = next === 'that' || next === ',' || next === 'to' || CLAUSE_STARTS.has(tokens[i + 1]?.pos ?? '');
      if (dummyIt && next !== 'by' && clauseFollows) {
        const start = adverb >= 0 ? adverb : i;
        out.push(vague(view, start, i, next === ',' ? i + 2 : i + 1));
        claim(subject, i);
      } else if (adverb >= 0 && (next === 'as' || next === 'to' || next === 'that')) {
        out.push(vague(view, adverb, i, i + 1));
        claim(adverb, i);
      } else if (!dummyIt && next === 'to' && RAISING_PARTICIPLES.has(t.lower) && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX')) {
        // "X is expected to …", "X could be expected to …": the cue keeps its auxiliaries, the agent is missing.
        out.push(vague(view, subject + 1, i, null));
        claim(subject + 1, i);
      }
      continue;
    }

    // "there have been reports of …", "there are growing rumours that …"
    if (t.lower === 'there' && EXISTENTIAL_BE.has(tokens[i + 1]?.lower ?? '')) {
      let k = i + 1;
      // A participle is an adjective here too: "there were scattered reports", "there are conflicting accounts".
      const modifier = (t?: Token): boolean => !!t && (t.pos === 'ADJ' || t.pos === 'ADV' || (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower)));
      while (k <= lastWord && k < i + 6 && (EXISTENTIAL_BE.has(tokens[k]?.lower ?? '') || modifier(tokens[k]))) k++;
      const noun = tokens[k];
      if (noun && HEARSAY_NOUNS.has(noun.lower)) {
        const opener = CONTENT_OPENERS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : null;
        out.push(vague(view, i, k, opener === null ? k + 1 : opener));
        claim(i, k);
      }
      continue;
    }

    if (AGENTLESS_ADVERB_CUES.has(t.lower)) {
      out.push(vague(view, i, i, null));
      claim(i, i);
    }
  }
  view.spent += out.length;
  return out;
}
