// Plain-English pieces the finding messages share. Messages number sentences from 1, as editors count.

export const quoted = (words: string): string => `“${words.replace(/\s+/g, ' ').trim()}”`;

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c"; past `max` items, "a, b, … and 3 more". */
export function listing(items: readonly string[], max = 8): string {
  const shown = items.length > max ? items.slice(0, max) : [...items];
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "sentence 3" or "sentences 3, 5 and 7", from 0-based claim ids. */
export function sentencesRef(ids: readonly number[]): string {
  const ns = ids.map((id) => String(id + 1));
  return `${ns.length === 1 ? 'sentence' : 'sentences'} ${listing(ns, ns.length)}`;
}

/** Distinct strings in first-seen order, compared case-insensitively. */
export function distinct(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = w.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
