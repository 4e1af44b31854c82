/**
 * A streaming RFC 4180 tokenizer: quoted fields, doubled quotes, newlines
 * inside quotes, CRLF / LF / CR line ends. Lenient where exports are sloppy:
 * a quote in the middle of an unquoted field is kept as text.
 */
export class CsvTokenizer {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  private quoteSeen = false; // just saw a quote while in quotes: end or escape?
  private lastWasCR = false;
  /** True when the input ended inside a quoted field. */
  unterminated = false;

  /** `maxField`: UTF-16 code units kept of a field; the rest is dropped (the caller rejects such a cell). */
  constructor(
    private readonly delimiter = ',',
    private readonly maxField = Number.POSITIVE_INFINITY,
  ) {}

  /** Appends to the field up to the cap: one huge cell never takes more memory than that. */
  private append(text: string): void {
    if (this.field.length + text.length <= this.maxField) this.field += text;
    else if (this.field.length < this.maxField) this.field += text.slice(0, this.maxField - this.field.length);
  }

  push(chunk: string, out: string[][]): void {
    const d = this.delimiter;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      const c = chunk[i];
      if (this.lastWasCR) {
        this.lastWasCR = false;
        if (c === '\n') {
          i++;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === '"') {
            this.append('"');
            i++;
            continue;
          }
          this.inQuotes = false; // closing quote: fall through to unquoted handling
        } else {
          const q = chunk.indexOf('"', i);
          if (q === -1) {
            this.append(chunk.slice(i));
            return;
          }
          this.append(chunk.slice(i, q));
          this.quoteSeen = true;
          i = q + 1;
          continue;
        }
      }
      if (c === d) {
        this.record.push(this.field);
        this.field = '';
        i++;
      } else if (c === '\n' || c === '\r') {
        this.endRecord(out);
        this.lastWasCR = c === '\r';
        i++;
      } else if (c === '"' && this.field === '') {
        this.inQuotes = true;
        i++;
      } else {
        // Scan a run of plain characters at once.
        let j = i + 1;
        while (j < n) {
          const cj = chunk[j];
          if (cj === d || cj === '\n' || cj === '\r') break;
          j++;
        }
        this.append(chunk.slice(i, j));
        i = j;
      }
    }
  }

  end(out: string[][]): void {
    if (this.inQuotes && !this.quoteSeen) this.unterminated = true;
    this.inQuotes = false;
    this.quoteSeen = false;
    if (this.field !== '' || this.record.length > 0) this.endRecord(out);
  }

  private endRecord(out: string[][]): void {
    this.record.push(this.field);
    out.push(this.record);
    this.record = [];
    this.field = '';
  }
}

/** Pick the delimiter from the first line: comma, tab or semicolon, whichever is most frequent. */
export function detectDelimiter(firstLines: string): string {
  const line = firstLines.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const counts = [',', '\t', ';'].map((d) => [d, line.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}
