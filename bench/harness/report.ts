// The benchmark report: figures are judged against their goals and merged into bench/last-run.json,
// one entry per figure. A run replaces the entries of the scenarios it ran and keeps the others, so
// each issue's scenario adds its figures to the same report.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { formatValue, roundForUnit, type Unit } from './units.js';

export type Comparison = '>=' | '<=' | '<' | '=';

/**
 * What a figure should reach. `of: 'ceiling'` compares the figure's ratio to the ceiling (0.25 is
 * "at least a quarter of what the machine can do"); `of: 'value'` compares the value itself.
 */
export type Goal = { of: 'value' | 'ceiling'; comparison: Comparison; target: number };

/** What a scenario measures. */
export type Figure = {
	name: string;
	value: number;
	unit: Unit;
	/** The same measure for the minimal node:http + pg server, when there is one to compare with. */
	ceiling?: number;
	goal?: Goal;
};

export type Entry = {
	scenario: string;
	name: string;
	value: number;
	unit: Unit;
	ceiling: number | null;
	/** value / ceiling */
	ratio: number | null;
	goal: (Goal & { text: string }) | null;
	met: boolean | null;
	measuredAt: string;
};

export type Machine = { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };

export type Report = { updatedAt: string; machine: Machine; entries: Entry[] };

const symbols: Record<Comparison, string> = { '>=': '≥', '<=': '≤', '<': '<', '=': '=' };

export function describeGoal(goal: Goal, unit: Unit): string {
	const target =
		goal.of === 'ceiling'
			? `${Math.round(goal.target * 100)} % of the ceiling`
			: formatValue(goal.target, unit);
	return `${symbols[goal.comparison]} ${target}`;
}

function compare(actual: number, comparison: Comparison, target: number): boolean {
	switch (comparison) {
		case '>=':
			return actual >= target;
		case '<=':
			return actual <= target;
		case '<':
			return actual < target;
		case '=':
			return actual === target;
	}
}

/** A figure as the report records it: its ratio to the ceiling, its goal in words, and whether it is met. */
export function evaluate(scenario: string, figure: Figure, measuredAt: Date): Entry {
	const { name, value, unit, ceiling, goal } = figure;
	if (!Number.isFinite(value)) throw new Error(`${name}: measured ${value}, not a number`);
	if (ceiling !== undefined && !(ceiling > 0))
		throw new Error(`${name}: the ceiling (${ceiling}) must be positive`);
	const ratio = ceiling === undefined ? undefined : value / ceiling;
	if (goal?.of === 'ceiling' && ratio === undefined) {
		throw new Error(`${name}: a goal relative to the ceiling needs a ceiling`);
	}
	return {
		scenario,
		name,
		value: roundForUnit(value, unit),
		unit,
		ceiling: ceiling === undefined ? null : roundForUnit(ceiling, unit),
		ratio: ratio === undefined ? null : Math.round(ratio * 1000) / 1000,
		goal: goal ? { ...goal, text: describeGoal(goal, unit) } : null,
		// Judged on the measured numbers, not on their rounded copies.
		met: goal ? compare(goal.of === 'ceiling' ? ratio! : value, goal.comparison, goal.target) : null,
		measuredAt: measuredAt.toISOString()
	};
}

/**
 * The report after a run: entries of the scenarios that ran are replaced by the new ones, entries of
 * the others are kept; scenarios keep their place, new ones come last.
 */
export function mergeReport(
	previous: Report | undefined,
	run: { ranScenarios: readonly string[]; entries: readonly Entry[]; updatedAt: string; machine: Machine }
): Report {
	const ran = new Set(run.ranScenarios);
	const stray = run.entries.find((entry) => !ran.has(entry.scenario));
	if (stray)
		throw new Error(`entry "${stray.name}" belongs to scenario ${stray.scenario}, which did not run`);
	const order = [
		...new Set([...(previous?.entries ?? []).map((entry) => entry.scenario), ...run.ranScenarios])
	];
	const entries = order.flatMap((scenario) =>
		(ran.has(scenario) ? run.entries : (previous?.entries ?? [])).filter(
			(entry) => entry.scenario === scenario
		)
	);
	return { updatedAt: run.updatedAt, machine: run.machine, entries };
}

export function describeMachine(): Machine {
	const cpus = os.cpus();
	return {
		cpus: cpus.length,
		cpuModel: cpus[0]?.model.trim() ?? 'unknown',
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		node: process.version,
		platform: `${os.platform()} ${os.release()}`
	};
}

/** The report on disk, or undefined before the first run. Refuses a file that is not a report. */
export async function readReport(file: string): Promise<Report | undefined> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	const parsed = JSON.parse(text) as Partial<Report>;
	if (!Array.isArray(parsed.entries)) {
		throw new Error(`${file} is not a benchmark report (no "entries" list): fix or delete it`);
	}
	return parsed as Report;
}

export async function writeReport(file: string, report: Report): Promise<void> {
	await writeFile(file, `${JSON.stringify(report, null, '\t')}\n`);
}
