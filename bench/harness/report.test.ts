import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
	describeMachine,
	evaluate,
	mergeReport,
	readReport,
	writeReport,
	type Entry,
	type Figure,
	type Goal
} from './report.js';

const at = new Date('2026-11-25T10:00:00Z');
const quarterOfCeiling: Goal = { of: 'ceiling', comparison: '>=', target: 0.25 };
const under50ms: Goal = { of: 'value', comparison: '<', target: 50 };

const throughput = (value: number, ceiling = 4000): Figure => ({
	name: 'API list: requests per second',
	value,
	unit: 'req/s',
	ceiling,
	goal: quarterOfCeiling
});

describe('judging a figure', () => {
	it('compares a throughput with the ceiling: a quarter of it meets "≥ 25 %", less does not', () => {
		const met = evaluate('foundation', throughput(1000), at);
		expect(met).toMatchObject({ ratio: 0.25, met: true, ceiling: 4000 });
		expect(met.goal?.text).toBe('≥ 25 % of the ceiling');
		expect(evaluate('foundation', throughput(999), at)).toMatchObject({ met: false });
	});

	it('judges the measured numbers, not their rounded copies', () => {
		// 999.96 / 4000 = 0.24999, shown as 0.25 and 1000 req/s, yet short of the goal.
		const entry = evaluate('foundation', throughput(999.96), at);
		expect(entry.ratio).toBe(0.25);
		expect(entry.value).toBe(1000);
		expect(entry.met).toBe(false);
	});

	it('compares a latency with its limit: 50 ms is not under 50 ms', () => {
		const latency = (value: number): Figure => ({
			name: 'p95',
			value,
			unit: 'ms',
			ceiling: 4,
			goal: under50ms
		});
		expect(evaluate('foundation', latency(49.9), at)).toMatchObject({ met: true, ratio: 12.475 });
		expect(evaluate('foundation', latency(50), at)).toMatchObject({ met: false });
		expect(evaluate('foundation', latency(12.34), at).goal?.text).toBe('< 50.0 ms');
	});

	it('states size goals in KiB and counts as they are', () => {
		const bytes = evaluate(
			'foundation',
			{
				name: 'weight',
				value: 153_600,
				unit: 'bytes',
				goal: { of: 'value', comparison: '<=', target: 153_600 }
			},
			at
		);
		expect(bytes).toMatchObject({ met: true, ceiling: null, ratio: null, measuredAt: at.toISOString() });
		expect(bytes.goal?.text).toBe('≤ 150.0 KiB');
		const stuck = evaluate(
			'foundation',
			{ name: 'stuck', value: 1, unit: 'connections', goal: { of: 'value', comparison: '=', target: 0 } },
			at
		);
		expect(stuck).toMatchObject({ met: false });
		expect(stuck.goal?.text).toBe('= 0 connections');
	});

	it('leaves "met" empty for a figure without a goal', () => {
		expect(evaluate('ceiling', { name: 'ceiling', value: 4000, unit: 'req/s' }, at)).toMatchObject({
			goal: null,
			met: null,
			ratio: null
		});
	});

	it('refuses what cannot be judged: no number, no ceiling to compare with, a ceiling of zero', () => {
		expect(() => evaluate('s', throughput(Number.NaN), at)).toThrow(/not a number/);
		expect(() => evaluate('s', { ...throughput(10), ceiling: undefined }, at)).toThrow(/needs a ceiling/);
		expect(() => evaluate('s', throughput(10, 0), at)).toThrow(/must be positive/);
	});
});

const machine = describeMachine();
const entry = (scenario: string, name: string, value = 1): Entry =>
	evaluate(scenario, { name, value, unit: 'requests' }, at);

describe('merging a run into the report', () => {
	it('starts a report on the first run', () => {
		const entries = [entry('ceiling', 'c'), entry('foundation', 'a')];
		const report = mergeReport(undefined, {
			ranScenarios: ['ceiling', 'foundation'],
			entries,
			updatedAt: 'now',
			machine
		});
		expect(report).toEqual({ updatedAt: 'now', machine, entries });
	});

	it("keeps other scenarios' figures in place and replaces those of the scenarios that ran", () => {
		const previous = mergeReport(undefined, {
			ranScenarios: ['ceiling', 'foundation', 'forms'],
			entries: [
				entry('ceiling', 'c', 1),
				entry('foundation', 'a', 1),
				entry('foundation', 'gone'),
				entry('forms', 'f')
			],
			updatedAt: 'before',
			machine
		});
		const report = mergeReport(previous, {
			ranScenarios: ['ceiling', 'foundation', 'imports'],
			entries: [entry('ceiling', 'c', 2), entry('foundation', 'a', 2), entry('imports', 'i')],
			updatedAt: 'after',
			machine
		});
		expect(report.entries.map((e) => `${e.scenario}/${e.name}=${e.value}`)).toEqual([
			'ceiling/c=2',
			'foundation/a=2',
			'forms/f=1',
			'imports/i=1'
		]);
		expect(report.updatedAt).toBe('after');
	});

	it('refuses an entry of a scenario that did not run', () => {
		expect(() =>
			mergeReport(undefined, {
				ranScenarios: ['ceiling'],
				entries: [entry('forms', 'f')],
				updatedAt: 'now',
				machine
			})
		).toThrow(/did not run/);
	});

	it('holds exactly the new entries of the scenarios that ran and the old entries of the others', () => {
		const scenario = fc.constantFrom<string>('ceiling', 'foundation', 'forms', 'imports');
		const entries = fc.array(fc.tuple(scenario, fc.string()).map(([s, name]) => entry(s, name)));
		fc.assert(
			fc.property(entries, fc.uniqueArray(scenario), entries, (old, ran, fresh) => {
				const ranEntries = fresh.filter((e) => ran.includes(e.scenario));
				const previous = { updatedAt: 'before', machine, entries: old };
				const merged = mergeReport(previous, {
					ranScenarios: ran,
					entries: ranEntries,
					updatedAt: 'now',
					machine
				});
				const kept = old.filter((e) => !ran.includes(e.scenario));
				expect(merged.entries).toHaveLength(kept.length + ranEntries.length);
				for (const e of [...kept, ...ranEntries]) expect(merged.entries).toContain(e);
			})
		);
	});
});

describe('the report file', () => {
	const folder = mkdtemp(path.join(os.tmpdir(), 'mhub-bench-'));
	afterAll(async () => rm(await folder, { recursive: true, force: true }));

	it('reads back what was written, and is absent before the first run', async () => {
		const file = path.join(await folder, 'last-run.json');
		expect(await readReport(file)).toBeUndefined();
		const report = { updatedAt: 'now', machine, entries: [entry('foundation', 'a')] };
		await writeReport(file, report);
		expect(await readReport(file)).toEqual(report);
	});

	it('refuses a file that is not a report rather than overwrite it', async () => {
		const file = path.join(await folder, 'other.json');
		await writeFile(file, '{"figures": []}');
		await expect(readReport(file)).rejects.toThrow(/not a benchmark report/);
	});
});
