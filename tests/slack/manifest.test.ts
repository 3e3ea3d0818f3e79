// The manifest and .env.example stay in step with the code.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { WHERE_TO_FIND } from '../../src/slack/config.js';
import { COMMAND } from '../../src/slack/listeners/commands/index.js';
import { CHECK_SOURCING } from '../../src/slack/listeners/shortcuts/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

it('.env.example lists every setting the app reads, and only those', () => {
  const listed = [...read('.env.example').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
  expect(listed.sort()).toEqual(Object.keys(WHERE_TO_FIND).sort());
});

it('the manifest declares the command, shortcut, events and exactly the scopes the features use', () => {
  const manifest = read('manifest.yml');
  expect(manifest).toContain(`command: ${COMMAND}`);
  expect(manifest).toMatch(/usage_hint: .+/);
  expect(manifest).toContain(`callback_id: ${CHECK_SOURCING}`);
  const section = (key: string) => {
    // The list items right under `key:`.
    const items: string[] = [];
    for (const line of (manifest.split(`${key}:\n`)[1] ?? '').split('\n')) {
      const m = /^ +- ([\w.:]+)/.exec(line);
      if (!m) break;
      items.push(m[1]!);
    }
    return items;
  };
  expect(section('bot_events').sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
  expect(section('bot').sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:read', 'groups:history', 'im:history']);
  expect(manifest).toMatch(/interactivity:\n +is_enabled: true/);
  expect(manifest).toContain('socket_mode_enabled: true');
  expect(manifest).toMatch(/home_tab_enabled: true/);
});
