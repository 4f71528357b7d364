// Issue 10, "Security and failure handling": hostile uploads to the XLSForm import (the file that
// once took 4 GB, 100,000 choices, too many cells, a ZIP bomb), each refused; and how quickly a
// simple page answers meanwhile, asked again and again while each upload is being refused.
import { sheetXml, workbookOf } from '#lib/server/testing/zip.js';
import { formHeaders } from '../harness/credentials.js';
import { percentile } from '../harness/percentile.js';
import type { Figure, Goal } from '../harness/report.js';
import type { BenchContext, Scenario } from '../harness/scenario.js';

const goals = {
	simplePage: { of: 'value', comparison: '<', target: 100 },
	refusal: { of: 'value', comparison: '<', target: 10 }
} satisfies Record<string, Goal>;

/** Each upload is sent this many times, one after another. */
const rounds = 3;

const rowsXml = (count: number, row: (r: number) => string) =>
	sheetXml([]).replace(
		'<sheetData></sheetData>',
		`<sheetData>${Array.from({ length: count }, (_, r) => `<row r="${r + 1}">${row(r + 1)}</row>`).join('')}</sheetData>`
	);
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

const hostileUploads = () => [
	{
		name: 'one cell at column XFD on each of 3,000 rows',
		bytes: workbookOf({ survey: rowsXml(3_000, (r) => inline(`XFD${r}`, 'x')) }),
		refusal: 'file_too_many_columns'
	},
	{
		name: '100,000 choices',
		bytes: workbookOf({
			survey: [
				['type', 'name'],
				['select_one big', 'pick']
			],
			choices: [['list_name', 'name'], ...Array.from({ length: 100_000 }, (_, i) => ['big', `c${i}`])]
		}),
		refusal: 'file_too_many_rows'
	},
	{
		name: '320,000 cells',
		bytes: workbookOf({
			survey: rowsXml(20_000, (r) =>
				Array.from({ length: 16 }, (_, c) => inline(`${String.fromCharCode(65 + c)}${r}`, `v${r}`)).join('')
			)
		}),
		refusal: 'file_too_complex'
	},
	{
		name: 'a ZIP bomb (100 MB of spaces)',
		bytes: workbookOf({ survey: sheetXml([]) + ' '.repeat(100 * 1024 * 1024) }),
		refusal: 'file_too_complex'
	}
];

async function timedPage(url: string): Promise<number> {
	const started = performance.now();
	const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
	await response.arrayBuffer();
	if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
	return performance.now() - started;
}

async function run(context: BenchContext): Promise<Figure[]> {
	const appUrl = context.app.url;
	const simplePage = `${appUrl}/sign-in`;
	const { rows } = await context.database.query<{ id: string }>('select id from programme limit 1');
	const latencies: number[] = [];
	const figures: Figure[] = [];
	for (let i = 0; i < 5; i++) await timedPage(simplePage);
	for (const upload of hostileUploads()) {
		context.progress(`hostile upload: ${upload.name} (${upload.bytes.length.toLocaleString('en')} bytes)`);
		let slowest = 0;
		for (let round = 0; round < rounds; round++) {
			const form = new FormData();
			form.set('programmeId', rows[0].id);
			form.set('file', new Blob([Buffer.from(upload.bytes)]), 'hostile.xlsx');
			const started = performance.now();
			let answered = false;
			const answer = fetch(`${appUrl}/surveys/import?/check`, {
				method: 'POST',
				headers: formHeaders(appUrl, { cookies: context.app.session, enhanced: true }),
				body: form
			}).then(async (response) => {
				const text = await response.text();
				answered = true;
				return { status: response.status, text, seconds: (performance.now() - started) / 1000 };
			});
			// The simple page, asked again and again until the upload is refused.
			do latencies.push(await timedPage(simplePage));
			while (!answered);
			const result = await answer;
			if (result.status !== 400 || !result.text.includes(upload.refusal))
				throw new Error(`${upload.name}: expected ${upload.refusal}, got ${result.status} ${result.text}`);
			slowest = Math.max(slowest, result.seconds);
		}
		figures.push({
			name: `Hostile upload to the XLSForm import, ${upload.name}: refused within`,
			value: slowest,
			unit: 's',
			goal: goals.refusal
		});
	}
	context.progress(`hostile upload: ${latencies.length} answers of the simple page meanwhile`);
	figures.push(
		{
			name: 'Sign-in page, asked again and again while hostile uploads are refused: p95',
			value: percentile(latencies, 95),
			unit: 'ms',
			goal: goals.simplePage
		},
		{
			name: 'Sign-in page, asked again and again while hostile uploads are refused: slowest answer',
			value: Math.max(...latencies),
			unit: 'ms'
		}
	);
	return figures;
}

export const hostileUpload: Scenario = { name: 'hostile-upload', run };
