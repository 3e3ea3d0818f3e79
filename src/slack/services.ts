// What the listeners share: settings, logging, the small stores and the analysis runner. Built once in app.ts.
import type { Context, webApi } from '@slack/bolt';
import type { AnalysisRunner } from './analysis-runner.js';
import type { ReadOptions } from './article.js';
import type { Config } from './config.js';
import type { DedupeStore } from './dedupe.js';
import type { Log } from './logger.js';
import type { DeliveryPolicy } from './send.js';
import type { ShareStore } from './share-store.js';
import type { Turns } from './turns.js';

export interface Services {
  config: Config;
  log: Log;
  dedupe: DedupeStore;
  shares: ShareStore;
  analysis: AnalysisRunner;
  delivery: DeliveryPolicy;
  /** Work after an ack takes its turn here, behind the acks (turns.ts). */
  turns: Turns;
}

export function readOptions(services: Services, client: webApi.WebClient, context: Context): ReadOptions {
  return {
    client,
    botToken: context.botToken ?? services.config.botToken,
    botUserId: context.botUserId,
    apiUrl: services.config.apiUrl,
    maxChars: services.config.maxChars,
  };
}
