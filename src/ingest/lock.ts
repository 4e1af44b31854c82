/**
 * One build per output folder at a time. The lock file names the process
 * holding it; a lock left by a process that no longer exists is taken over.
 */
import { link, open, readFile, rm, writeFile } from 'node:fs/promises';

export class BuildLockedError extends Error {}

export async function acquireLock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await createWithPid(path);
      return async () => {
        await rm(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new BuildLockedError(
          `另一个构建正在写入同一输出目录（进程 ${pid}），请稍后再试 / another build (pid ${pid}) is writing the same output folder; try again when it ends (lock: ${path})`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new BuildLockedError(`could not take the build lock ${path}`);
}

/**
 * Creates the lock file already holding this process's id (EEXIST if there is one): written aside, then
 * hard-linked into place, so another build never reads it empty and takes it for a stale lock (two builds
 * started together both published). Where links are not supported, created and then written.
 */
async function createWithPid(path: string): Promise<void> {
  const aside = `${path}.${process.pid}`;
  await writeFile(aside, String(process.pid));
  try {
    await link(aside, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err;
    const fh = await open(path, 'wx');
    await fh.writeFile(String(process.pid));
    await fh.close();
  } finally {
    await rm(aside, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
