// A stand-in for Slack in tests: the Web API (`/api/<method>`), response URLs (`/respond/<id>`), private file
// downloads (`/files/<id>`) and, for Socket Mode, a WebSocket server. It records everything it receives.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export type Json = Record<string, unknown>;
export interface ApiCall {
  method: string;
  args: Json;
  authorization: string | undefined;
}
export interface ResponseCall {
  id: string;
  body: Json;
}
export interface Download {
  fileId: string;
  authorization: string | undefined;
}
export interface StoredFile {
  info: Json;
  content: string;
}
export type ApiHandler = (args: Json) => Json;

/**
 * A fault to inject. `status` and `error` are refusals: Slack did nothing, and the attempt is recorded in
 * `refused`, not in `calls`/`responses`. `slow` is the worst kind of timeout: Slack did the work (it is
 * recorded as usual) but answers only after the delay, so a client that retries it posts twice.
 */
export type Fault = { status: number; retryAfter?: number } | { error: string } | { slowMs: number };
interface FaultRule {
  /** `<method>` for the Web API, `respond/<id>` for a response URL. */
  target: string;
  fault: Fault;
  times: number;
  when: ((args: Json) => boolean) | undefined;
}
export interface Refusal {
  target: string;
  fault: Fault;
  args: Json;
}

export const BOT_TOKEN = 'xoxb-test-bot-token';
export const BOT_USER = 'UBOT';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// The Web API client sends form fields; objects and arrays (blocks, views) arrive as JSON strings.
function parseArgs(body: string, contentType: string | undefined): Json {
  if (contentType?.includes('application/json')) return JSON.parse(body || '{}') as Json;
  const args: Json = {};
  for (const [k, v] of new URLSearchParams(body)) {
    args[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return args;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseCall[] = [];
  readonly downloads: Download[] = [];
  readonly files = new Map<string, StoredFile>();
  readonly threads = new Map<string, Json>();
  readonly handlers = new Map<string, ApiHandler>();
  readonly socketMessages: Json[] = [];
  readonly refused: Refusal[] = [];
  private faults: FaultRule[] = [];
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private sockets: WebSocket[] = [];
  private ts = 1_700_000_000;
  base = '';

  get apiUrl(): string {
    return `${this.base}api/`;
  }

  responseUrl(id: string): string {
    return `${this.base}respond/${id}`;
  }

  fileUrl(id: string): string {
    return `${this.base}files/${id}`;
  }

  /** Adds a file that files.info describes and /files/<id> serves to the bot token only. */
  addFile(id: string, info: Json, content: string): void {
    this.files.set(id, { info: { id, url_private_download: this.fileUrl(id), size: Buffer.byteLength(content), ...info }, content });
  }

  /** Makes the next `times` requests to `target` (that `when` accepts) fail with `fault`. */
  inject(target: string, fault: Fault, times = 1, when?: (args: Json) => boolean): void {
    this.faults.push({ target, fault, times, when });
  }

  clearFaults(): void {
    this.faults = [];
  }

  private takeFault(target: string, args: Json): Fault | undefined {
    const rule = this.faults.find((f) => f.target === target && f.times > 0 && (!f.when || f.when(args)));
    if (!rule) return undefined;
    rule.times -= 1;
    return rule.fault;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(id: string): ResponseCall[] {
    return this.responses.filter((r) => r.id === id);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Starts a WebSocket server playing Slack's side of Socket Mode; apps.connections.open returns its URL. */
  async startSocket(): Promise<string> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.wss!.once('listening', resolve));
    this.wss.on('connection', (ws) => {
      this.sockets.push(ws);
      ws.on('message', (data) => this.socketMessages.push(JSON.parse(String(data)) as Json));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A1' } }));
    });
    const url = `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}/link`;
    this.handlers.set('apps.connections.open', () => ({ ok: true, url }));
    return url;
  }

  /** Sends an envelope to every connected Socket Mode client. */
  sendEnvelope(envelope: Json): void {
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
  }

  get socketClients(): number {
    return this.sockets.length;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    if (this.wss) await new Promise<void>((resolve) => this.wss!.close(() => resolve()));
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
  }

  /** Waits until the predicate holds, polling; fails with the label after the timeout. */
  async waitFor(label: string, predicate: () => boolean, timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${label}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private nextTs(): string {
    this.ts += 1;
    return `${this.ts}.000100`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const [, kind, name] = url.pathname.split('/');
    const send = (status: number, body: Json | string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (kind === 'files' && name) {
      const authorization = req.headers.authorization;
      this.downloads.push({ fileId: name, authorization });
      const file = this.files.get(name);
      // Like Slack: without the right token the answer is a sign-in page, not an error status.
      if (!file || authorization !== `Bearer ${BOT_TOKEN}`) return send(200, '<html>sign in</html>', 'text/html');
      return send(200, file.content, 'text/plain; charset=utf-8');
    }
    const body = await readBody(req);
    if (kind === 'respond' && name) {
      const parsed = JSON.parse(body) as Json;
      const target = `respond/${name}`;
      const fault = this.takeFault(target, parsed);
      if (fault && 'status' in fault) return this.refuse(res, target, fault, parsed, 'text/plain', 'internal_error');
      // Like Slack's response URLs: a refused payload is an HTTP 400 with the error word as the body.
      if (fault && 'error' in fault) return this.refuse(res, target, fault, parsed, 'text/plain', fault.error, 400);
      this.responses.push({ id: name, body: parsed });
      if (fault && 'slowMs' in fault) await sleep(fault.slowMs);
      return send(200, 'ok', 'text/plain');
    }
    if (kind === 'api' && name) {
      const args = parseArgs(body, req.headers['content-type']);
      const fault = this.takeFault(name, args);
      if (fault && 'status' in fault) return this.refuse(res, name, fault, args, 'application/json', JSON.stringify({ ok: false, error: 'fatal_error' }));
      // Like the Web API: a refused call is an HTTP 200 with ok: false.
      if (fault && 'error' in fault) return this.refuse(res, name, fault, args, 'application/json', JSON.stringify({ ok: false, error: fault.error }), 200);
      this.calls.push({ method: name, args, authorization: req.headers.authorization });
      const answer = this.answer(name, args);
      if (fault && 'slowMs' in fault) await sleep(fault.slowMs);
      return send(200, answer);
    }
    send(404, { ok: false, error: 'unknown_path' });
  }

  private refuse(res: ServerResponse, target: string, fault: Fault, args: Json, type: string, body: string, status = 'status' in fault ? fault.status : 400): void {
    this.refused.push({ target, fault, args });
    const retryAfter = 'retryAfter' in fault && fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
    if (!res.headersSent) res.writeHead(status, { 'content-type': type, ...retryAfter }).end(body);
  }

  private answer(method: string, args: Json): Json {
    const custom = this.handlers.get(method);
    if (custom) return custom(args);
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: BOT_USER, bot_id: 'BBOT', team_id: 'T1', team: 'Newsroom', user: 'sourcing_desk' };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: this.nextTs(), message: {} };
      case 'conversations.replies': {
        const root = this.threads.get(`${String(args.channel)}/${String(args.ts)}`);
        return root ? { ok: true, messages: [root], has_more: false } : { ok: false, error: 'thread_not_found' };
      }
      case 'files.info': {
        const file = this.files.get(String(args.file));
        return file ? { ok: true, file: file.info } : { ok: false, error: 'file_not_found' };
      }
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: 'V1' } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
