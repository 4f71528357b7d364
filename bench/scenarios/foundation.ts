// Issue 2, "Speed and size": the directory's list in the API and its page, and the home page, under
// load beside the ceiling; the weight of the pages on first load; and a server that survives clients
// hanging up in the middle of requests without leaving a database connection inside a transaction.
import { cookieHeader } from '../harness/credentials.js';
import { dropConnections, type Drop } from '../harness/dropped-connections.js';
import { loadFigures, weightFigures } from '../harness/figures.js';
import { measureLoad } from '../harness/load.js';
import type { Figure, Goal } from '../harness/report.js';
import type { BenchContext, Scenario } from '../harness/scenario.js';
import { kib } from '../harness/units.js';

const pageGoals = {
	bytes: { of: 'value', comparison: '<=', target: kib(150) },
	requests: { of: 'value', comparison: '<=', target: 8 }
} satisfies Record<string, Goal>;

const droppedConnections = 200;

type Endpoint = {
	name: string;
	path: string;
	headers: Record<string, string>;
	goals?: { requestsPerSecond: Goal; p95: Goal };
};

async function underLoad(context: BenchContext, endpoint: Endpoint): Promise<Figure[]> {
	context.progress(`load: ${endpoint.name}`);
	const measured = await measureLoad({ url: context.app.url + endpoint.path, headers: endpoint.headers });
	return loadFigures(endpoint.name, measured, context.ceiling.organisationsPage, endpoint.goals);
}

async function pageWeight(
	context: BenchContext,
	name: string,
	path: string,
	signedIn: boolean
): Promise<Figure[]> {
	context.progress(`first load: ${name}`);
	const weight = await context.measurePage(context.app.url + path, signedIn ? context.app.session : []);
	return weightFigures(name, weight, pageGoals);
}

/** Every way of hanging up, on reads and writes, through the API, a page and a form. */
function drops(context: BenchContext): Drop[] {
	const bearer = { authorization: `Bearer ${context.app.apiToken}` };
	const listInApi = { method: 'GET', path: '/api/v1/organisations', headers: bearer } as const;
	const listPage = {
		method: 'GET',
		path: '/directory/organisations',
		headers: { cookie: cookieHeader(context.app.session) }
	} as const;
	const createInApi = {
		method: 'POST',
		path: '/api/v1/organisations',
		headers: { ...bearer, 'content-type': 'application/json' },
		body: JSON.stringify({ name: { en: 'Benchmark Health Network' }, type: 'ngo', countryCode: 'GR' })
	} as const;
	const signInForm = {
		method: 'POST',
		path: '/sign-in',
		headers: {
			origin: context.app.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email: 'nobody@bench.invalid', password: 'not-a-password' }).toString()
	} as const;
	return [
		{ request: listInApi, cut: 'mid-headers' },
		{ request: listInApi, cut: 'after-request' },
		{ request: listInApi, cut: 'mid-response' },
		{ request: listPage, cut: 'after-request' },
		{ request: listPage, cut: 'mid-response' },
		{ request: createInApi, cut: 'mid-body' },
		{ request: createInApi, cut: 'after-request' },
		{ request: signInForm, cut: 'after-request' }
	];
}

/** Whether `url` answers 200 within a few seconds. */
async function answers(url: string, headers: Record<string, string> = {}): Promise<boolean> {
	const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
	await response?.body?.cancel();
	return response?.status === 200;
}

/**
 * Connections of MHub's database left inside a transaction. A request that is still finishing may
 * hold one for a moment, so this waits up to five seconds for the count to reach zero.
 */
async function connectionsInTransaction(context: BenchContext): Promise<number> {
	const deadline = Date.now() + 5_000;
	for (;;) {
		const { rows } = await context.database.query<{ stuck: number }>(
			`select count(*)::int as stuck from pg_stat_activity
			where datname = current_database() and pid <> pg_backend_pid()
				and state in ('idle in transaction', 'idle in transaction (aborted)')`
		);
		if (rows[0].stuck === 0 || Date.now() > deadline) return rows[0].stuck;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

async function afterDroppedConnections(context: BenchContext): Promise<Figure[]> {
	context.progress(`${droppedConnections} connections dropped in the middle of requests`);
	await dropConnections(context.app.url, drops(context), droppedConnections);
	const stillAnswers =
		(await answers(`${context.app.url}/healthz`)) &&
		(await answers(`${context.app.url}/api/v1/organisations`, {
			authorization: `Bearer ${context.app.apiToken}`
		}));
	return [
		{
			name: `Answers after ${droppedConnections} dropped connections`,
			value: stillAnswers ? 1 : 0,
			unit: 'yes/no',
			goal: { of: 'value', comparison: '=', target: 1 }
		},
		{
			name: 'Database connections left in a transaction',
			value: await connectionsInTransaction(context),
			unit: 'connections',
			goal: { of: 'value', comparison: '=', target: 0 }
		}
	];
}

export const foundation: Scenario = {
	name: 'foundation',
	async run(context) {
		const bearer = { authorization: `Bearer ${context.app.apiToken}` };
		const session = { cookie: cookieHeader(context.app.session) };
		// One after another: figures measured at the same time would share the machine.
		return [
			...(await underLoad(context, {
				name: 'API organisations list',
				path: '/api/v1/organisations',
				headers: bearer,
				goals: {
					requestsPerSecond: { of: 'ceiling', comparison: '>=', target: 0.25 },
					p95: { of: 'value', comparison: '<', target: 50 }
				}
			})),
			...(await underLoad(context, {
				name: 'Organisations page',
				path: '/directory/organisations',
				headers: session
			})),
			...(await underLoad(context, { name: 'Home page', path: '/', headers: {} })),
			...(await pageWeight(context, 'Organisations page', '/directory/organisations', true)),
			...(await pageWeight(context, 'Home page', '/', false)),
			// Last: it writes organisations, which would change what the lists above show.
			...(await afterDroppedConnections(context))
		];
	}
};
