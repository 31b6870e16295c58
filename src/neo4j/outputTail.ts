/** Keeps the last lines a child process printed, for error messages that show why it failed. */
import type { Readable } from "node:stream";

export class OutputTail {
  private readonly lines: string[] = [];
  private partial = "";

  constructor(private readonly capacity = 25) {}

  /** Follows a stream; `onLine` sees every complete line (the launcher's READY line among them). */
  follow(stream: Readable, onLine?: (line: string) => void): void {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const parts = (this.partial + chunk).split(/\r?\n/);
      this.partial = parts.pop() ?? "";
      for (const line of parts) {
        this.push(line);
        onLine?.(line);
      }
    });
  }

  last(count = this.capacity): string[] {
    const pending = this.partial ? [this.partial] : [];
    return [...this.lines, ...pending].slice(-count);
  }

  private push(line: string): void {
    if (line.trim() === "") return;
    this.lines.push(line);
    if (this.lines.length > this.capacity) this.lines.shift();
  }
}
