// Deterministic news-like articles of a chosen length, built from the project's own sentence templates.
import { CAPTIONS, DAYS, ORGS, PEOPLE, PLACES, ROLES, SENTENCES } from './phrases.js';

/** mulberry32: a tiny seeded generator, so every run benchmarks exactly the same text. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick: empty list');
  return item;
}

function fill(template: string, random: () => number): string {
  return template.replace(/\{(person|role|org|place|number|day)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'person':
        return pick(random, PEOPLE);
      case 'role':
        return pick(random, ROLES);
      case 'org':
        return pick(random, ORGS);
      case 'place':
        return pick(random, PLACES);
      case 'day':
        return pick(random, DAYS);
      default:
        return String(2 + Math.floor(random() * 97));
    }
  });
}

const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * An article of at least `words` whitespace-separated words: paragraphs of one to four sentences, with a
 * caption line now and then, cut at the first sentence that reaches the target.
 */
export function generateArticle(words: number, seed = 1): string {
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    if (random() < 0.08) {
      const caption = fill(pick(random, CAPTIONS), random);
      paragraphs.push(caption);
      total += countWords(caption);
      continue;
    }
    const sentences: string[] = [];
    const length = 1 + Math.floor(random() * 4);
    for (let i = 0; i < length && total < words; i++) {
      const sentence = fill(pick(random, SENTENCES), random);
      sentences.push(sentence);
      total += countWords(sentence);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n') + '\n';
}
