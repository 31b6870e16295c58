/** The process's structured logger (pino, JSON lines on stderr, so stdout stays for results). */
import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger } from "pino";

export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: { service: "proxygraph" } }, destination);
}
