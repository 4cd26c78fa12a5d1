/** Splits a byte stream into lines (JSON-RPC messages), refusing a line longer than `max` bytes. */
export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly max: number,
  ) {}

  /** Feeds a chunk; throws when a line grows past `max` (the stream is then unusable). */
  push(chunk: Buffer): void {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (this.size + piece.length > this.max) throw new Error(`a message is longer than ${this.max} bytes`);
      const line = this.parts.length ? Buffer.concat([...this.parts, piece]).toString('utf8') : piece.toString('utf8');
      this.parts = [];
      this.size = 0;
      start = nl + 1;
      if (line.trim() !== '') this.onLine(line);
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.size += rest.length;
      if (this.size > this.max) throw new Error(`a message is longer than ${this.max} bytes`);
      this.parts.push(Buffer.from(rest));
    }
  }
}
