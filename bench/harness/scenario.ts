// What a scenario is given and what it gives back. Each issue's figures are one scenario file in
// bench/scenarios/, listed in bench/scenarios/index.ts.
import type pg from 'pg';
import type { LoadResult } from './load.js';
import type { BrowserCookie, PageWeight } from './page-weight.js';
import type { Figure } from './report.js';

export type BenchContext = {
	app: {
		/** MHub, built from the working tree, with demo data, e.g. http://127.0.0.1:41234 */
		url: string;
		/** A personal API token of the demo programme coordinator. */
		apiToken: string;
		/** The coordinator's session cookies, from signing in through the form. */
		session: BrowserCookie[];
	};
	ceiling: {
		url: string;
		/** GET {url}/organisations under the same load as every figure: what the machine can do. */
		organisationsPage: LoadResult;
	};
	/** MHub's database, for checks that look inside it. */
	database: pg.Pool;
	/** Bytes and requests of a first load (empty cache) in Chromium. */
	measurePage: (url: string, cookies?: readonly BrowserCookie[]) => Promise<PageWeight>;
	/** One line of progress, for a person watching the run. */
	progress: (message: string) => void;
};

export type Scenario = {
	/** Its name in the report and on the command line (`npm run bench -- <name>`). */
	name: string;
	run: (context: BenchContext) => Promise<Figure[]>;
};
