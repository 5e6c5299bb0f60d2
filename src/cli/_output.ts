/**
 * Writing many lines without holding them: `validate` may find millions of issues, which
 * must reach standard output as they are found, neither joined into one string (V8 caps a
 * string's length) nor written one system call a line.
 *
 * @internal
 * @module
 */

/** Lines are handed to the stream in pieces of about this many characters. */
const PIECE = 64 * 1024;

/**
 * Collects lines and writes them in pieces of about 64 KiB, so that memory stays bounded
 * whatever the number of lines.
 *
 * @internal
 * @example
 * ```ts
 * const pieces: string[] = [];
 * const out = new LineWriter((text) => pieces.push(text));
 * out.line('x.json: partners[0].id: expected a string, received nothing');
 * await out.flush();
 * pieces; //=> ['x.json: partners[0].id: expected a string, received nothing\n']
 * ```
 */
export class LineWriter {
  readonly #write: (text: string) => void;
  readonly #drain: (() => Promise<void>) | undefined;
  #lines: string[] = [];
  #length = 0;
  /** Whether a piece was written since the stream was last waited for. */
  #written = false;

  /**
   * @param write - Where the pieces go (`io.stdout`).
   * @param drain - Waits until the stream has taken what was written (`io.drain`).
   */
  constructor(write: (text: string) => void, drain?: () => Promise<void>) {
    this.#write = write;
    this.#drain = drain;
  }

  /**
   * Adds a line (without its line end); writes a piece once enough has gathered.
   *
   * @param text - The line.
   */
  line(text: string): void {
    this.#lines.push(text);
    this.#length += text.length + 1;
    if (this.#length >= PIECE) this.#writePiece();
  }

  /**
   * Writes what has gathered, and waits for the stream to take it.
   *
   * @returns Once the stream is ready for more.
   */
  async flush(): Promise<void> {
    this.#writePiece();
    await this.ready();
  }

  /**
   * Waits, if a piece was written since the last wait, until the stream is ready for more:
   * a slow reader slows the writer down instead of letting pieces pile up in memory. Cheap
   * to call after every record.
   *
   * @returns Once the stream is ready for more.
   */
  async ready(): Promise<void> {
    if (!this.#written) return;
    this.#written = false;
    if (this.#drain !== undefined) await this.#drain();
  }

  #writePiece(): void {
    if (this.#lines.length === 0) return;
    const piece = `${this.#lines.join('\n')}\n`;
    this.#lines = [];
    this.#length = 0;
    this.#write(piece);
    this.#written = true;
  }
}
