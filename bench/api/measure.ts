/**
 * Timed loads: autocannon POSTs the given bodies in turn at a fixed number of connections for a fixed
 * time, to a server on 127.0.0.1. Latencies are kept per response, so p95 (which autocannon's summary
 * does not give) is exact, and windows of one contender taken in several rounds add up to one figure.
 */
import autocannon from "autocannon";

export interface LoadOptions {
  connections: number;
  seconds: number;
}

export interface Measurement {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Connection errors, timeouts and non-2xx responses. */
  failures: number;
}

/** One window's raw figures. */
export interface Window {
  requests: number;
  seconds: number;
  latencies: number[];
  failures: number;
}

/** The windows of one contender as one measurement: requests over their summed time, percentiles over every response. */
export function combine(windows: readonly Window[]): Measurement {
  const latencies = windows.flatMap((window) => window.latencies).sort((a, b) => a - b);
  const requests = windows.reduce((sum, window) => sum + window.requests, 0);
  const seconds = windows.reduce((sum, window) => sum + window.seconds, 0);
  return {
    requests,
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    failures: windows.reduce((sum, window) => sum + window.failures, 0),
  };
}

export function measure(url: string, bodies: string[], options: LoadOptions): Promise<Window> {
  if (!/^http:\/\/127\.0\.0\.1[:/]/.test(url)) throw new Error(`load is only sent to 127.0.0.1, not ${url}`);
  const latencies: number[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        headers: { "content-type": "application/json" },
        connections: options.connections,
        duration: options.seconds,
        requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ requests: result.requests.total, seconds: result.duration, latencies, failures: result.errors + result.timeouts + result.non2xx });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
