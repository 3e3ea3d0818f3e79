// The load test's HTTP client, on its own thread so that the fake Slack (which receives every answer on the
// main thread) cannot delay the moment a response is read. It sends prepared requests at their planned times
// and measures ack latency from the request being on the wire to the response headers, like autocannon.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface PlannedRequest {
  /** When to send it, in ms after the plan starts; requests at the same time go out together. */
  at: number;
  body: string;
  headers: Record<string, string>;
}
export interface ClientPlan {
  url: string;
  requests: PlannedRequest[];
  timeoutMs: number;
}
/** Ack latency in ms per request, in plan order; null for a request that failed or was not answered 200. */
export type ClientResult = (number | null)[];

const plan = workerData as ClientPlan;
// Connections stay open between requests, as they would between Slack (or a load balancer) and the app.
const agent = new Agent({ keepAlive: true, maxSockets: plan.requests.length });

function send(planned: PlannedRequest): Promise<number | null> {
  return new Promise((resolve) => {
    let sent = performance.now();
    const req = request(plan.url, {
      method: 'POST',
      agent,
      headers: { ...planned.headers, 'content-length': Buffer.byteLength(planned.body) },
      timeout: plan.timeoutMs,
    });
    req.on('finish', () => (sent = performance.now()));
    req.on('response', (res) => {
      const ms = performance.now() - sent;
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200 ? ms : null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
    req.end(planned.body);
  });
}

// The main thread times answers from this message (each thread's performance clock has its own origin).
parentPort?.postMessage('started');
const started = performance.now();
const results = await Promise.all(
  plan.requests.map(async (planned) => {
    const wait = planned.at - (performance.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return send(planned);
  }),
);
agent.destroy();
parentPort?.postMessage(results satisfies ClientResult);
