import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// One random port per run, chosen in the main process and inherited by the workers.
process.env.MHUB_E2E_PORT ??= String(30_000 + Math.floor(Math.random() * 20_000));
const port = Number(process.env.MHUB_E2E_PORT);
const buildDir = process.env.MHUB_BUILD_DIR ?? 'build';
const dataDir = process.env.MHUB_E2E_DATA ?? `.tmp/e2e-data-${port}`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	// Two cores run the app, its database and two browsers: a journey of many pages needs room.
	timeout: 60_000,
	// Two cores run the app, its database and two browsers at once: give slow first requests room.
	expect: { timeout: 15_000 },
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: existsSync(chromium) ? chromium : undefined,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `rm -rf ${dataDir} && node_modules/.bin/node ${buildDir}/cli/mhub.js start`,
		url: `http://127.0.0.1:${port}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: { PORT: String(port), MHUB_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MHUB_DEMO: '1' }
	}
});
