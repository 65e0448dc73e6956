import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** Runs the real `veille` command (from source, through tsx) and captures its output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VEILLE_DB: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
