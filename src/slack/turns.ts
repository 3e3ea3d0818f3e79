// Deferred work, one piece per turn of the event loop. Acks are written as soon as a request's bytes have
// arrived (http-receiver.ts); everything after an ack (dispatching, rendering, posting) waits here for its
// turn, so that in a burst the requests still waiting for their ack never queue behind a pile of it.
export class Turns {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  /** Resolves on a later turn of the event loop than every earlier call's: first asked, first served. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // An immediate queued while immediates run waits for the next turn, after that turn's I/O.
    setImmediate(this.run);
  }

  private readonly run = (): void => {
    this.scheduled = false;
    this.waiting.shift()?.();
    if (this.waiting.length > 0) this.schedule();
  };
}
