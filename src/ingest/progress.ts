import { shown } from './terminal';

/** Rows per second per file on a terminal; nothing at all when output is not a terminal (CI, logs). */
export interface Progress {
  readonly update: (file: string, rows: number) => void;
  readonly done: () => void;
}

export function terminalProgress(stream: NodeJS.WriteStream): Progress | null {
  if (!stream.isTTY) return null;
  let current = '';
  let started = 0;
  let drawn = false;
  return {
    update(file, rows) {
      const now = performance.now();
      if (file !== current) {
        current = file;
        started = now;
      }
      const seconds = Math.max((now - started) / 1000, 0.001);
      stream.write(
        `\r\x1b[K读取 reading ${shown(file)}: ${rows.toLocaleString()} 行 rows, ${Math.round(rows / seconds).toLocaleString()} 行/秒 rows/s`,
      );
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
