import { describe, expect, it } from 'vitest';
import { MemoryDedupeStore } from '../../src/slack/dedupe.js';
import { MemoryShareStore, SHARE_TTL_MS } from '../../src/slack/share-store.js';

describe('MemoryDedupeStore', () => {
  it('claims a key once within its time to live, then forgets it', async () => {
    let now = 0;
    const store = new MemoryDedupeStore(1000, () => now);
    expect(await store.claim('Ev1')).toBe(true);
    expect(await store.claim('Ev1')).toBe(false);
    expect(await store.claim('Ev2')).toBe(true);
    now = 999;
    expect(await store.claim('Ev1')).toBe(false);
    now = 1000;
    expect(await store.claim('Ev1')).toBe(true);
    expect(store.size).toBe(1);
  });
});

describe('ShareStore', () => {
  const message = { text: 'x', blocks: [{ type: 'divider' as const }] };

  it('gives a report back once', async () => {
    const store = new MemoryShareStore();
    const id = await store.put([message]);
    expect(await store.take(id)).toEqual([message]);
    expect(await store.take(id)).toBeNull();
    expect(await store.take('unknown')).toBeNull();
  });

  it('drops a report after the response_url lifetime', async () => {
    let now = 0;
    const store = new MemoryShareStore(() => now);
    const id = await store.put([message]);
    now = SHARE_TTL_MS;
    expect(await store.take(id)).toBeNull();
  });
});
