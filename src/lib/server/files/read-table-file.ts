// The one way MHub reads an uploaded table file (participants, XLSForm): off the event loop, in a
// worker thread with a memory limit and a time budget, after a look at the ZIP directory that
// refuses truncated archives and bombs before any worker starts. A file over a limit is refused
// with a field error (`file`) the person can act on; the server keeps answering meanwhile.
import { Worker } from 'node:worker_threads';
import workerScript from 'virtual:mhub-worker/table-file';
import { DomainError } from '../errors.js';
import { logger } from '../logger.js';
import {
	inspectWorkbookArchive,
	type TableProblem,
	type TableRequest,
	type TableResult,
	type TableSheet
} from './parse-table-file.js';

export type { TableFormat, TableLimits, TableSheet } from './parse-table-file.js';

export type ReadBudget = {
	/** The worker is stopped after this long and the file refused. */
	timeMs: number;
	/** The worker's JavaScript heap; past it the worker stops and the file is refused. */
	memoryMb: number;
};

/** The field error a person sees for each reason a file is refused as a whole. */
export const tableProblemKeys: Record<TableProblem, string> = {
	wrong_type: 'import_wrong_type',
	damaged: 'file_damaged',
	too_many_rows: 'file_too_many_rows',
	too_many_columns: 'file_too_many_columns',
	too_complex: 'file_too_complex'
};

const refusal = (problem: TableProblem, sheet?: string) =>
	new DomainError('invalid', `table file refused: ${problem}`, {
		fields: { file: [tableProblemKeys[problem]] },
		details: { problem, ...(sheet && { sheet }) }
	});

/** Files read at once; more wait their turn, so that uploads never take both cores from pages. */
const maxReading = 1;
// The web bundle and the CLI (which runs the import jobs) each carry a copy of this module: the
// turns are kept process-wide.
const turns = ((globalThis as Record<symbol, unknown>)[Symbol.for('mhub.tableFileTurns')] ??= {
	reading: 0,
	waiting: []
}) as { reading: number; waiting: Array<() => void> };

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
	if (turns.reading >= maxReading) await new Promise<void>((resolve) => turns.waiting.push(resolve));
	turns.reading++;
	try {
		return await work();
	} finally {
		turns.reading--;
		turns.waiting.shift()?.();
	}
}

function inWorker(bytes: Uint8Array, request: TableRequest, budget: ReadBudget): Promise<TableResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(workerScript, {
			eval: true,
			workerData: { bytes, request },
			resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 16 },
			stdout: false,
			stderr: false
		});
		let settled = false;
		const settle = (outcome: () => void) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			outcome();
			void worker.terminate();
		};
		const overBudget = (reason: string) => {
			if (settled) return;
			logger.warn({ reason, format: request.format, bytes: bytes.length }, 'table file refused');
			settle(() => resolve({ ok: false, problem: 'too_complex' }));
		};
		const timer = setTimeout(() => overBudget('time budget exceeded'), budget.timeMs);
		worker.on('message', (result: TableResult) => settle(() => resolve(result)));
		worker.on('error', (error: Error & { code?: string }) => {
			if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') overBudget('memory budget exceeded');
			else settle(() => reject(error));
		});
		worker.on('exit', (code) => overBudget(`worker exited (${code})`));
	});
}

/**
 * The sheets of an uploaded file as rows of text cells (a CSV file is one sheet). Throws
 * DomainError('invalid') with a field error on `file` when the file is refused as a whole.
 */
export async function readTableFile(
	bytes: Uint8Array,
	request: TableRequest,
	budget: ReadBudget
): Promise<TableSheet[]> {
	if (request.format === 'xlsx') {
		const inspected = inspectWorkbookArchive(bytes, request.limits);
		if (inspected) throw refusal(inspected.problem);
	}
	const result = await inTurn(() => inWorker(bytes, request, budget));
	if (!result.ok) throw refusal(result.problem, result.sheet);
	return result.sheets;
}
