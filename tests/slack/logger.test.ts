import { describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { boltLogger, createLog, redactLibraryMessage } from '../../src/slack/logger.js';
import type { LogLevelName } from '../../src/slack/config.js';

const capture = () => {
  const lines: [LogLevelName, string][] = [];
  return { lines, sink: (level: LogLevelName, line: string) => lines.push([level, line]) };
};

describe('createLog', () => {
  it('writes ids and numbers, and replaces any other text by its size', () => {
    const { lines, sink } = capture();
    createLog('info', sink).info('answer.report', { channel: 'C123', ts: '1700000000.000100', claims: 39, ok: true, note: 'The minister said so', missing: undefined });
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toMatch(/ INFO answer\.report channel=C123 ts=1700000000\.000100 claims=39 ok=true note=\[20 chars omitted\]$/);
  });

  it('drops lines below the level', () => {
    const { lines, sink } = capture();
    const log = createLog('warn', sink);
    log.info('a');
    log.debug('b');
    log.error('c');
    expect(lines.map(([level]) => level)).toEqual(['error']);
  });
});

describe('the library logger', () => {
  it('cuts payloads out of library messages', () => {
    expect(redactLibraryMessage(['http request body: {"text":"secret words"}'])).toBe('http request body: [23 chars omitted]');
    expect(redactLibraryMessage(['Received a message on the WebSocket: [1,2]'])).toBe('Received a message on the WebSocket: [5 chars omitted]');
    expect(redactLibraryMessage([new Error('An API error occurred: not_in_channel')])).toBe('Error: An API error occurred: not_in_channel');
    expect(redactLibraryMessage(['details', { text: 'secret' }])).toBe('details (object)');
    expect(redactLibraryMessage(['x'.repeat(300)])).toMatch(/^x{240}\[60 chars omitted\]$/);
  });

  it('follows the level Bolt sets', () => {
    const { lines, sink } = capture();
    const logger = boltLogger('info', sink);
    logger.debug('hidden');
    logger.setLevel(LogLevel.DEBUG);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
    logger.debug('shown');
    expect(lines.map(([, l]) => l.replace(/^\S+ /, ''))).toEqual(['DEBUG [bolt] shown']);
  });
});
