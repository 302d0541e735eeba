import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export type PostgresTool = 'pg_dump' | 'pg_restore';

export interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A failure the user can act on: the CLI prints its message alone, without a stack. */
export class BackupError extends Error {}

/**
 * A libpq connection for pg_dump / pg_restore from a postgres:// URL: the password goes through
 * PGPASSWORD rather than the command line, where any user of the machine could read it.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

export function runTool(executable: string, args: string[], env: Record<string, string> = {}): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * pg_dump or pg_restore, of a major version that can handle a server of `serverMajor`: from
 * PG_BIN_DIR when set, else Debian's /usr/lib/postgresql/<major>/bin, else the PATH. pg_dump
 * refuses a server newer than itself, so an older one is refused here with what to install.
 */
export async function findTool(tool: PostgresTool, serverMajor: number): Promise<{ executable: string; major: number }> {
  const candidates = process.env.PG_BIN_DIR
    ? [path.join(process.env.PG_BIN_DIR, tool)]
    : [path.join('/usr/lib/postgresql', String(serverMajor), 'bin', tool), tool];
  for (const executable of candidates) {
    if (path.isAbsolute(executable) && !existsSync(executable)) continue;
    let run: ToolRun;
    try {
      run = await runTool(executable, ['--version']);
    } catch {
      continue; // not on the PATH
    }
    const major = Number(/(\d+)(?:\.\d+)?/.exec(run.stdout)?.[1]);
    if (run.code !== 0 || !major) continue;
    if (major < serverMajor) {
      throw new BackupError(
        `${executable} is PostgreSQL ${major}, older than the server (PostgreSQL ${serverMajor}), which it cannot handle: ` +
          `install postgresql-client-${serverMajor} or set PG_BIN_DIR to the folder of a version ${serverMajor} ${tool}.`,
      );
    }
    return { executable, major };
  }
  throw new BackupError(
    `${tool} was not found: install PostgreSQL ${serverMajor}'s client tools (Debian: apt-get install postgresql-client-${serverMajor}) ` +
      `or set PG_BIN_DIR to the folder that holds ${tool}.`,
  );
}

/** The tool's own words, without its name in front of every line. */
export function toolMessage(run: ToolRun): string {
  return run.stderr
    .split('\n')
    .map((line) => line.replace(/^pg_(dump|restore): /, '').trim())
    .filter(Boolean)
    .join('\n');
}
