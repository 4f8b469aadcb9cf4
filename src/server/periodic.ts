// Background checks the server runs on a timer (overdue plan tasks, petition deadlines, late
// period reports): first shortly after start-up — never before the server answers, since the timer
// is not awaited —, then every `everyMs`. A run still going when the next is due is not doubled, and
// stopping aborts a running check between its batches (each check reads the signal).

export interface PeriodicCheck<R> {
  /** One run; it stops between batches once the signal is aborted. */
  run: (signal: AbortSignal) => Promise<R>;
  /** What to print after a run, or nothing. */
  report: (result: R) => string | null | undefined | false | 0;
  /** Printed before the error of a failed run (Vietnamese, as the server's other messages). */
  failure: string;
  everyMs: number;
  firstAfterMs: number;
}

/** Starts a periodic check; returns the function that stops it. */
export function startPeriodicCheck<R>(check: PeriodicCheck<R>): () => void {
  const stop = new AbortController();
  let running = false;
  const run = () => {
    if (running || stop.signal.aborted) return;
    running = true;
    check
      .run(stop.signal)
      .then(
        (r) => {
          const line = check.report(r);
          if (line) console.log(line);
        },
        (e) => stop.signal.aborted || console.error(check.failure, e),
      )
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, check.firstAfterMs);
  first.unref();
  const timer = setInterval(run, check.everyMs);
  timer.unref();
  return () => {
    stop.abort();
    clearTimeout(first);
    clearInterval(timer);
  };
}
