import { describe, expect, it } from 'vitest';
import { mayReceiveToken } from '../../src/slack/article.js';

describe('mayReceiveToken', () => {
  it('sends the bot token only to Slack over https, or to the configured API host', () => {
    expect(mayReceiveToken('https://files.slack.com/files-pri/T1-F1/download/a.txt', undefined)).toBe(true);
    expect(mayReceiveToken('http://files.slack.com/files-pri/T1-F1/a.txt', undefined)).toBe(false);
    expect(mayReceiveToken('https://files.slack.com.evil.example/a.txt', undefined)).toBe(false);
    expect(mayReceiveToken('https://example.com/a.txt', undefined)).toBe(false);
    expect(mayReceiveToken('http://127.0.0.1:4000/files/F1', 'http://127.0.0.1:4000/api/')).toBe(true);
    expect(mayReceiveToken('http://127.0.0.1:4001/files/F1', 'http://127.0.0.1:4000/api/')).toBe(false);
    expect(mayReceiveToken('not a url', undefined)).toBe(false);
  });
});
