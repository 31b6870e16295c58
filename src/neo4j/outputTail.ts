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
    const pending = withoutColours(this.partial);
    return [...this.lines, ...(pending.trim() ? [pending] : [])].slice(-count);
  }

  private push(raw: string): void {
    const line = withoutColours(raw);
    if (line.trim() === "") return;
    this.lines.push(line);
    if (this.lines.length > this.capacity) this.lines.shift();
  }
}

/** Debian's mvn colours its output even in batch mode; escape codes only garble an error message. */
function withoutColours(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}
