/**
 * Stops the servers this process started when it ends: on SIGINT/SIGTERM/SIGHUP (asynchronously, waiting
 * for Neo4j to shut down, then ending the process the way the signal would have) and on `exit`
 * (synchronously, the only way left there). One set of handlers serves every instance of the process.
 */

export interface Stoppable {
  stop(): Promise<void>;
  stopSync(): void;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const running = new Set<Stoppable>();

/** Returns the function that takes the instance off the list again (after a normal stop). */
export function stopOnExit(instance: Stoppable): () => void {
  if (running.size === 0) install();
  running.add(instance);
  return () => forget(instance);
}

function forget(instance: Stoppable): void {
  running.delete(instance);
  if (running.size === 0) uninstall();
}

function install(): void {
  process.on("exit", onExit);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  process.off("exit", onExit);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

function onExit(): void {
  for (const instance of running) instance.stopSync();
  running.clear();
}

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  // A second Ctrl-C now gets Node's default (immediate end); the launchers' stdin EOF still stops Neo4j,
  // and the exit handler, left in place, finishes any stop still under way if other code exits first.
  for (const other of SIGNALS) process.off(other, onSignal);
  await Promise.allSettled(
    [...running].map(async (instance) => {
      await instance.stop();
      forget(instance);
    }),
  );
  // Listening to a signal disables Node's default of ending the process; re-raise it so that the process
  // ends as the signal says (exit code 130 for SIGINT), unless other code listens and decides itself.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
