// social_media_source: claims that rest on posts (tweets, Telegram, Facebook): the desk should see the
// post itself, check the account, and note whether it still stands.
import type { Finding } from '../schema.js';
import type { FindingsInput } from './input.js';
import { distinct, listing, plural, quoted, sentencesRef } from './format.js';

interface Group {
  who: string;
  cues: string[];
  claims: number[];
}

export function socialMediaSource({ claims }: FindingsInput): Finding[] {
  const groups = new Map<string, Group>();
  const ids: number[] = [];
  for (const claim of claims) {
    const posts = claim.attributions.filter((a) => a.channel === 'social_media');
    if (posts.length === 0) continue;
    ids.push(claim.id);
    for (const a of posts) {
      const who = a.source?.name ?? (a.mention ? quoted(a.mention.text) : 'an unnamed account');
      let g = groups.get(who);
      if (!g) groups.set(who, (g = { who, cues: [], claims: [] }));
      if (a.cue) g.cues.push(a.cue.text);
      // Claims come in order, so a claim already listed is the last one: no search of the list.
      if (g.claims[g.claims.length - 1] !== claim.id) g.claims.push(claim.id);
    }
  }
  if (ids.length === 0) return [];
  const parts = [...groups.values()].map((g) => {
    const cues = distinct(g.cues).map(quoted);
    return `${g.who} (${cues.length ? `${listing(cues, 3)}, ` : ''}${sentencesRef(g.claims)})`;
  });
  return [
    {
      code: 'social_media_source',
      severity: 'warning',
      message: `${plural(ids.length, 'claim rests', 'claims rest')} on social-media posts: ${listing(parts)}. Check the posts themselves: the account, the date, and whether they still stand.`,
      claims: ids,
    },
  ];
}
