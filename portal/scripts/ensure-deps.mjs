// `npm ci` only when node_modules does not match package-lock.json: a clean install takes
// half a minute, and most Maven builds change no dependency.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
} else {
  console.log('portal: node_modules is up to date with package-lock.json');
}
