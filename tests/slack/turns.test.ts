import { describe, expect, it } from 'vitest';
import { Turns } from '../../src/slack/turns.js';

describe('Turns', () => {
  it('serves callers first come, first served, one per turn of the event loop', async () => {
    // Counts turns: an immediate that queues itself runs once per turn.
    let turn = 0;
    let counting = true;
    const count = () => {
      turn++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const turns = new Turns();
    const served: Array<[string, number]> = [];
    await Promise.all(['a', 'b', 'c'].map((name) => turns.next().then(() => served.push([name, turn]))));
    counting = false;
    expect(served.map(([name]) => name)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = served.map(([, t]) => t);
    expect(b).toBeGreaterThan(a ?? 0);
    expect(c).toBeGreaterThan(b ?? 0);
  });
});
