// Runs `npm ci` only when node_modules does not match package-lock.json, so repeated
// `./mvnw verify` runs do not reinstall Prism (a clean install takes ~30 s).
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const installedLockFile = 'node_modules/.package-lock.json';
const wanted = lock.packages['node_modules/@stoplight/prism-cli'].version;

function installedVersion() {
  if (!existsSync(installedLockFile)) return null;
  const installed = JSON.parse(readFileSync(installedLockFile, 'utf8'));
  const prism = installed.packages['node_modules/@stoplight/prism-cli'];
  return prism ? prism.version : null;
}

if (installedVersion() === wanted && existsSync('node_modules/.bin/prism')) {
  console.log(`Prism ${wanted} already installed; skipping npm ci.`);
} else {
  console.log(`Installing Prism ${wanted} with npm ci ...`);
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
