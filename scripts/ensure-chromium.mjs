#!/usr/bin/env node
/**
 * Finds the Chromium the browser tests use, installing it with apt-get when it is missing
 * and we are root on a Debian-like system (as in CI). Run by `npm run test:browser`.
 *
 * Looks at CHROMIUM_PATH, then /usr/bin/chromium, then /usr/bin/chromium-browser: the same
 * order playwright.config.ts uses. Playwright's own browser download is never needed.
 */
import { execSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const HOW = 'run `sudo apt-get install -y chromium` or set CHROMIUM_PATH=/path/to/chromium';

function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function find() {
	return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && executable(p));
}

function canApt() {
	if (process.getuid?.() !== 0) return false;
	try {
		execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
		return true;
	} catch {
		return false;
	}
}

if (process.env.CHROMIUM_PATH && !executable(process.env.CHROMIUM_PATH)) {
	console.error(`Chromium not found at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}: fix the path or unset it.`);
	process.exit(1);
}

let found = find();
if (!found && canApt()) {
	console.log('Chromium not found: installing it with `apt-get update && apt-get install -y chromium`');
	try {
		execSync('apt-get update && apt-get install -y chromium', {
			stdio: 'inherit',
			shell: '/bin/sh',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} catch {
		console.error(`Installing Chromium with apt-get failed: ${HOW}`);
		process.exit(1);
	}
	found = find();
}
if (!found) {
	console.error(`Chromium not found: ${HOW}`);
	process.exit(1);
}
console.log(`Using Chromium at ${found}`);
