// Registers every listener on the app.
import type { App } from '@slack/bolt';
import type { Services } from '../services.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as shortcuts from './shortcuts/index.js';
import * as views from './views/index.js';

export function registerListeners(app: App, services: Services): void {
  for (const group of [commands, events, shortcuts, views, actions]) group.register(app, services);
}
