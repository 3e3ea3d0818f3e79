import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_SECONDS, verifySignature } from '../../src/slack/signature.js';
import { sign, SIGNING_SECRET } from './harness.js';

const NOW = 1_800_000_000;
const body = 'command=%2Fsourcing&text=Jane+said+so.';
const headers = (timestamp: number, signature = sign(body, timestamp)) => ({
  'x-slack-request-timestamp': String(timestamp),
  'x-slack-signature': signature,
});
const check = (h: Record<string, string>, b = body, secret = SIGNING_SECRET) => verifySignature(secret, h, Buffer.from(b), NOW * 1000);

describe('verifySignature', () => {
  it('accepts Slack’s v0 signature of the exact body', () => {
    expect(check(headers(NOW))).toBe(true);
  });

  it('refuses another secret, a changed body, a missing or malformed signature', () => {
    expect(check(headers(NOW), body, 'ffffffffffffffffffffffffffffffff')).toBe(false);
    expect(check(headers(NOW), body.replace('Jane', 'John'))).toBe(false);
    expect(check({ 'x-slack-request-timestamp': String(NOW) })).toBe(false);
    expect(check(headers(NOW, sign(body, NOW).replace('v0=', 'v1=')))).toBe(false);
    expect(check(headers(NOW, 'v0=short'))).toBe(false);
  });

  it('refuses timestamps outside the allowed skew, and ones that are not numbers', () => {
    expect(check(headers(NOW - MAX_CLOCK_SKEW_SECONDS))).toBe(true);
    expect(check(headers(NOW - MAX_CLOCK_SKEW_SECONDS - 1))).toBe(false);
    expect(check(headers(NOW + MAX_CLOCK_SKEW_SECONDS + 1))).toBe(false);
    expect(check({ 'x-slack-request-timestamp': 'soon', 'x-slack-signature': sign(body, NOW) })).toBe(false);
  });
});
