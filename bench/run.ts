// `npm run bench [scenario…]`: starts PostgreSQL, MHub and the ceiling server, measures the ceiling,
// runs the scenarios (all of them, or those named), prints the table and merges the figures into
// bench/last-run.json. Goals missed are reported, not fatal: the exit code is non-zero only when the
// bench itself fails. scripts/bench.mjs builds MHub and bundles this file, then runs it from the
// repository root.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { closeDb, pool } from '#lib/server/db/client.js';
import { createBenchApiToken, signIn } from './harness/credentials.js';
import { startEnvironment, type Environment } from './harness/environment.js';
import { loadSettings, measureLoad, type LoadResult } from './harness/load.js';
import { measurePageWeight, openBrowser, type Resource } from './harness/page-weight.js';
import {
	describeMachine,
	evaluate,
	mergeReport,
	readReport,
	writeReport,
	type Entry
} from './harness/report.js';
import type { BenchContext } from './harness/scenario.js';
import { formatTable } from './harness/table.js';
import { scenarios } from './scenarios/index.js';

const reportFile = path.resolve('bench/last-run.json');
/** What each measured page downloaded, request by request: where to look when a page is too heavy. */
const pagesFile = path.resolve('bench/out/pages.json');
const bundleDir = path.dirname(fileURLToPath(import.meta.url));
/** The demo account the bench acts as: it reads the whole directory. */
const benchAccount = 'coordinator@mhub.demo';

const progress = (message: string) => console.log(`▶ ${message}`);

function selectScenarios(names: string[]) {
	const unknown = names.filter((name) => !scenarios.some((scenario) => scenario.name === name));
	if (unknown.length) {
		throw new Error(
			`no scenario named ${unknown.join(', ')}; there are: ${scenarios.map((s) => s.name).join(', ')}`
		);
	}
	return names.length ? scenarios.filter((scenario) => names.includes(scenario.name)) : scenarios;
}

function ceilingEntries(ceiling: LoadResult, measuredAt: Date): Entry[] {
	const name = 'Ceiling (node:http + pg, a page of organisations as JSON)';
	return [
		evaluate(
			'ceiling',
			{ name: `${name}: requests per second`, value: ceiling.requestsPerSecond, unit: 'req/s' },
			measuredAt
		),
		evaluate('ceiling', { name: `${name}: p95 latency`, value: ceiling.p95Ms, unit: 'ms' }, measuredAt)
	];
}

async function measure(
	environment: Environment,
	selected: typeof scenarios
): Promise<{ entries: Entry[]; pages: Record<string, Resource[]> }> {
	// The bench reads and writes MHub's database in-process, through the same domain code.
	process.env.DATABASE_URL = environment.databaseUrl;
	const apiToken = await createBenchApiToken(benchAccount);
	const session = await signIn(environment.appUrl, benchAccount);
	progress(
		`load: the ceiling (${loadSettings.connections} keep-alive connections, ` +
			`${loadSettings.warmUpSeconds} s warm-up + ${loadSettings.seconds} s per figure)`
	);
	const organisationsPage = await measureLoad({ url: `${environment.ceilingUrl}/organisations` });
	const entries = ceilingEntries(organisationsPage, new Date());
	let browser: Browser | undefined;
	const pages: Record<string, Resource[]> = {};
	const context: BenchContext = {
		app: { url: environment.appUrl, apiToken, session },
		ceiling: { url: environment.ceilingUrl, organisationsPage },
		database: pool(),
		measurePage: async (url, cookies) => {
			const weight = await measurePageWeight((browser ??= await openBrowser()), url, cookies);
			pages[new URL(url).pathname] = weight.resources;
			return weight;
		},
		progress
	};
	try {
		for (const scenario of selected) {
			progress(`scenario ${scenario.name}`);
			const measuredAt = new Date();
			const figures = await scenario.run(context);
			entries.push(...figures.map((figure) => evaluate(scenario.name, figure, measuredAt)));
		}
	} finally {
		await browser?.close();
	}
	return { entries, pages };
}

async function main(): Promise<void> {
	const selected = selectScenarios(process.argv.slice(2));
	// Read first: a report that cannot be merged into should stop the run before it measures for a minute.
	const previous = await readReport(reportFile);
	const environment = await startEnvironment({
		buildDir: path.resolve(process.env.MHUB_BUILD_DIR ?? '.tmp/build-bench'),
		ceilingScript: path.join(bundleDir, 'harness', 'ceiling-server.js'),
		workDir: path.resolve('.tmp/bench/work')
	});
	const interrupted = () => void environment.stop().finally(() => process.exit(130));
	process.once('SIGINT', interrupted);
	process.once('SIGTERM', interrupted);
	let measured: Awaited<ReturnType<typeof measure>>;
	try {
		measured = await measure(environment, selected);
	} catch (error) {
		console.error(`(MHub's and the ceiling server's output: ${environment.logFile})`);
		throw error;
	} finally {
		await closeDb();
		await environment.stop();
	}
	const { entries, pages } = measured;
	await mkdir(path.dirname(pagesFile), { recursive: true });
	await writeFile(pagesFile, `${JSON.stringify(pages, null, '\t')}\n`);
	const report = mergeReport(previous, {
		ranScenarios: ['ceiling', ...selected.map((scenario) => scenario.name)],
		entries,
		updatedAt: new Date().toISOString(),
		machine: describeMachine()
	});
	await writeReport(reportFile, report);
	console.log(`\n${formatTable(entries)}\n`);
	const judged = entries.filter((entry) => entry.met !== null);
	const met = judged.filter((entry) => entry.met).length;
	const relative = (file: string) => path.relative(process.cwd(), file);
	console.log(`${met} of ${judged.length} goals met. Written to ${relative(reportFile)}.`);
	console.log(`The requests of each page: ${relative(pagesFile)}.`);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error('\n✗ The bench failed:', error);
		process.exit(1);
	}
);
