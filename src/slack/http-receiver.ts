// Slack's HTTP requests, acked the moment their signature checks out. Bolt's own HTTPReceiver parses the
// body and runs the middleware chain before a listener can ack; in a burst that puts every request's parsing
// and dispatch ahead of the acks still waiting (200 slash commands at once gave ack p99 of about 260 ms on
// two cores). Here the kinds of request whose listeners ack with nothing are answered 200 first and
// dispatched after; everything else (view submissions, options requests, anything new) keeps Bolt's
// behaviour, where the listener's ack decides the response. Built from Bolt's exported HTTP helpers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions as http,
  HTTPResponseAck,
  type App,
  type Logger,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';
import { errorCode } from './answer.js';
import type { Log } from './logger.js';
import { readBody, verifySignature } from './signature.js';
import type { Turns } from './turns.js';

export interface EarlyAckReceiverOptions {
  signingSecret: string;
  /** Where Slack posts events, commands and interactions. */
  endpoint: string;
  /** Answers GET with 200 and no signature: for a load balancer. */
  healthPath: string;
  /** Bolt's logger, for the Bolt helpers this uses. */
  logger: Logger;
  log: Log;
  /** Dispatching waits for its turn here, behind the acks. */
  turns: Turns;
}

export interface ReceiverListen {
  port: number;
  host?: string;
}

/** Interaction payloads our listeners ack with nothing (see listeners/): safe to answer before dispatch. */
const EARLY_PAYLOADS = new Set(['block_actions', 'message_action', 'shortcut']);

type Parsed = Record<string, unknown>;
const PAYLOAD_FIELD = 'payload=';

export class EarlyAckReceiver implements Receiver {
  private app: App | undefined;
  private server: Server | undefined;

  constructor(private readonly options: EarlyAckReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  start({ port, host }: ReceiverListen): Promise<Server> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.options.log.error('receiver.request_failed', { error: errorCode(err) });
        if (!res.headersSent) http.buildNoBodyResponse(res, 500);
      });
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve(server);
      });
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === this.options.healthPath && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path !== this.options.endpoint) {
      http.buildNoBodyResponse(res, 404);
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const raw = await readBody(req, http.defaultBodyLimit);
    if (typeof raw === 'number') {
      if (!res.headersSent) http.buildNoBodyResponse(res, raw);
      return;
    }
    const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    if (!verifySignature(this.options.signingSecret, req.headers, raw)) {
      // Slack's SSL check is the one request that comes unsigned.
      if (form && parseBody(raw.toString(), true)?.ssl_check === '1') http.buildSSLCheckResponse(res);
      else http.buildNoBodyResponse(res, 401);
      return;
    }
    const event = (body: Parsed, ack: ReceiverEvent['ack']): ReceiverEvent => ({
      body,
      ack,
      ...retryOf(req),
    });
    // A slash command is a form without a JSON payload: ack it before even parsing the form.
    if (form && raw.toString('latin1', 0, PAYLOAD_FIELD.length) !== PAYLOAD_FIELD) {
      http.buildNoBodyResponse(res, 200);
      await this.options.turns.next();
      const body = parseBody(raw.toString(), true);
      if (body && body.ssl_check !== '1') this.dispatch(event(body, this.emptyAck(body)));
      return;
    }
    const body = parseBody(raw.toString(), form);
    if (!body) {
      http.buildNoBodyResponse(res, 400);
      return;
    }
    if (body.type === 'url_verification') {
      http.buildUrlVerificationResponse(res, body);
      return;
    }
    if (body.type === 'event_callback' || EARLY_PAYLOADS.has(String(body.type))) {
      http.buildNoBodyResponse(res, 200);
      await this.options.turns.next();
      this.dispatch(event(body, this.emptyAck(body)));
      return;
    }
    const ack = new HTTPResponseAck({
      logger: this.options.logger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    this.dispatch(event(body, ack.bind()), () => {
      if (!res.headersSent) http.buildNoBodyResponse(res, 500);
    });
  }

  /** The ack of a request already answered: a listener that passes a response would lose it, so say so. */
  private emptyAck(body: Parsed): ReceiverEvent['ack'] {
    return async (response?: unknown) => {
      if (response !== undefined) this.options.log.warn('receiver.ack_response_dropped', { kind: kindOf(body) });
    };
  }

  private dispatch(event: ReceiverEvent, onError?: () => void): void {
    const app = this.app;
    if (!app) {
      this.options.log.error('receiver.not_initialised', {});
      return;
    }
    app.processEvent(event).catch((err: unknown) => {
      this.options.log.error('receiver.dispatch_failed', { kind: kindOf(event.body), error: errorCode(err) });
      onError?.();
    });
  }
}

function parseBody(raw: string, form: boolean): Parsed | null {
  try {
    const body: unknown = form ? Object.fromEntries(new URLSearchParams(raw)) : JSON.parse(raw);
    if (!body || typeof body !== 'object') return null;
    const payload = (body as Parsed).payload;
    if (form && typeof payload === 'string') {
      const parsed: unknown = JSON.parse(payload);
      return parsed && typeof parsed === 'object' ? (parsed as Parsed) : null;
    }
    return body as Parsed;
  } catch {
    return null;
  }
}

const kindOf = (body: Parsed): string => String(body.command ? 'slash_command' : (body.type ?? 'unknown'));

function retryOf(req: IncomingMessage): Pick<ReceiverEvent, 'retryNum' | 'retryReason'> {
  const retryNum = http.extractRetryNumFromHTTPRequest(req);
  const retryReason = http.extractRetryReasonFromHTTPRequest(req);
  return { ...(retryNum !== undefined ? { retryNum } : {}), ...(retryReason !== undefined ? { retryReason } : {}) };
}
