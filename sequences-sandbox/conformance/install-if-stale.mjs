// Runs `npm ci` only when node_modules does not match package-lock.json, so repeated
// `./mvnw verify` runs do not reinstall Prism (a clean install takes ~10-30 s).
// npm records what it installed in node_modules/.package-lock.json; every locked package must be
// there at the locked version, except optional ones for other platforms (e.g. fsevents on Linux).
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const locked = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
const installedFile = 'node_modules/.package-lock.json';

function current() {
  if (!existsSync(installedFile) || !existsSync('node_modules/.bin/prism')) return false;
  const installed = JSON.parse(readFileSync(installedFile, 'utf8')).packages;
  return Object.entries(locked)
    .filter(([path]) => path !== '')
    .every(([path, pkg]) => installed[path] ? installed[path].version === pkg.version : pkg.optional === true);
}

const prism = locked['node_modules/@stoplight/prism-cli'].version;
if (current()) {
  console.log(`Prism ${prism} already installed; skipping npm ci.`);
} else {
  console.log(`Installing Prism ${prism} with npm ci ...`);
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
