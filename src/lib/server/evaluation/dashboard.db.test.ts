import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DashboardFilters } from '../../evaluation/schemas.js';
import { followUp } from '../../statistics/follow-up.js';
import { prePost } from '../../statistics/pre-post.js';
import { db } from '../db/client.js';
import { evaluationSubmission } from '../db/schema/evaluation.js';
import { seedEvaluatedEvents, seededMaxScore, type SeededPerson } from '../testing/dashboard.js';
import {
	actor,
	coordinatorOf,
	focalPointOf,
	programmeWithCoordinator,
	refusal
} from '../testing/fixtures.js';
import { useTestDatabase } from '../testing/database.js';
import type { UserActor } from '../auth/actor.js';
import { programmeDashboard, publicDashboard, publishDashboard } from './dashboard.js';
import { eventsDueForRefresh, refreshChangedSummaries } from './summary.js';

useTestDatabase();

let programmeId: string;
let coordinator: UserActor;
let people: SeededPerson[];
const countries = ['GR', 'IT', 'MT'];

beforeAll(async () => {
	({ programmeId, coordinator } = await programmeWithCoordinator('dashboard-coordinator'));
	people = [];
	// Three seeds, each its own batch of events: the figures must hold whatever the data.
	for (const seed of [11, 23, 47])
		people.push(...(await seedEvaluatedEvents(coordinator, programmeId, { seed, events: 6, countries })));
	// As if entered an hour ago: the refresh below then leaves nothing due.
	await db().execute(sql`update evaluation_submission set submitted_at = now() - interval '1 hour'`);
	await db().execute(sql`update registration set updated_at = now() - interval '1 hour'`);
	expect(await refreshChangedSummaries()).toBe(18);
});

const percent = (score: number | null) => (score === null ? null : (100 * score) / seededMaxScore);

/** What the dashboard should say of these people, recomputed from their raw scores. */
function expectedOf(selected: readonly SeededPerson[]) {
	const scores = (phase: 'pre' | 'post' | 'followUp') =>
		new Map(
			selected.filter((p) => p[phase] !== undefined).map((p) => [p.registrationId, p[phase] as number])
		);
	return {
		prePost: prePost(scores('pre'), scores('post'), seededMaxScore),
		followUp: followUp(scores('pre'), scores('post'), scores('followUp'), seededMaxScore),
		participants: selected.length,
		unique: new Set(selected.map((p) => p.email)).size
	};
}

const close = (actual: number | null | undefined, expected: number | null) => {
	if (expected === null) return expect(actual).toBeNull();
	expect(actual).not.toBeNull();
	expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

function expectFiguresOf(
	dashboard: Awaited<ReturnType<typeof programmeDashboard>>,
	selected: SeededPerson[]
) {
	const expected = expectedOf(selected);
	const { learning } = dashboard.total;
	const n = expected.prePost.nPairs;
	expect(n).toBeGreaterThanOrEqual(10);
	expect(learning).toMatchObject({ disclosure: 'full', n });
	close(learning.meanPre, percent(expected.prePost.pre.mean));
	close(learning.meanPost, percent(expected.prePost.post.mean));
	close(learning.gain, percent(expected.prePost.pairedT.meanDifference));
	close(learning.normalisedGain, expected.prePost.gain.gainOfMeans);
	close(learning.cohenDz, expected.prePost.pairedT.cohenDz);
	close(learning.p, expected.prePost.pairedT.p);
	close(learning.ci95![0], percent(expected.prePost.pairedT.ci95![0]));
	close(learning.ci95![1], percent(expected.prePost.pairedT.ci95![1]));
	expect(dashboard.total.preOnly).toBe(expected.prePost.preOnly >= 5 ? expected.prePost.preOnly : null);
	expect(dashboard.total.participants).toBe(expected.participants);
	expect(dashboard.people).toMatchObject({ participations: expected.participants, unique: expected.unique });
	const later = dashboard.total.followUps.find((f) => f.offsetDays === 90);
	if (expected.followUp.n >= 5) {
		expect(later?.n).toBe(expected.followUp.n);
		close(later?.retention ?? null, expected.followUp.retentionShare);
	}
}

describe('the programme dashboard', () => {
	it('gives from the summary the figures recomputed from the raw scores, under any filter', async () => {
		const filters: [Partial<DashboardFilters>, (p: SeededPerson) => boolean][] = [
			[{}, () => true],
			[{ country: 'GR' }, (p) => p.countryCode === 'GR'],
			[{ profession: 'nurse' }, (p) => p.profession === 'nurse'],
			[{ kind: 'rollout_training' }, (p) => p.eventKind === 'rollout_training'],
			[{ from: '2025-01-01' }, (p) => p.startsOn >= '2025-01-01'],
			[{ to: '2024-12-31', country: 'IT' }, (p) => p.startsOn <= '2024-12-31' && p.countryCode === 'IT']
		];
		for (const [filter, keep] of filters) {
			const dashboard = await programmeDashboard(coordinator, programmeId, filter);
			expectFiguresOf(dashboard, people.filter(keep));
		}
	});

	it('gives each country its own pre → post, and the Kirkpatrick levels the data cover', async () => {
		const dashboard = await programmeDashboard(coordinator, programmeId, {});
		expect(dashboard.countries.map((c) => c.countryCode)).toEqual(countries);
		for (const row of dashboard.countries) {
			const expected = expectedOf(people.filter((p) => p.countryCode === row.countryCode)).prePost;
			close(row.learning.meanPost, percent(expected.post.mean));
		}
		expect(dashboard.levels).toEqual({ reaction: false, learning: true, behaviour: true, results: false });
		expect(dashboard.trainings.target).toBe(6);
	});

	it('shows a focal point their countries only: no other country’s figures, entries or choices', async () => {
		const focalPoint = actor('dashboard-focal-point', focalPointOf('GR'));
		const dashboard = await programmeDashboard(focalPoint, programmeId, {});
		expect(dashboard.countries.map((c) => c.countryCode)).toEqual(['GR']);
		expect(dashboard.countryChoices).toEqual(['GR']);
		expectFiguresOf(
			dashboard,
			people.filter((p) => p.countryCode === 'GR')
		);
		// Asking for another country gives nothing of it.
		const other = await programmeDashboard(focalPoint, programmeId, { country: 'IT' });
		expect(other.countries).toEqual([]);
		expect(other.total.learning.n).toBeNull();
		expect(other.people).toMatchObject({ participations: 0, unique: 0 });
	});

	it('hides figures about fewer than 5 people and gives no test below 10', async () => {
		const groups = new Map<string, SeededPerson[]>();
		for (const p of people) groups.set(p.eventId, [...(groups.get(p.eventId) ?? []), p]);
		// One event's nurses of one country: a small cell, found in the data (the seed makes it so).
		const pairs = (p: SeededPerson) => p.pre !== undefined && p.post !== undefined;
		const cells = [...new Set(people.map((p) => `${p.countryCode}:${p.profession}:${p.startsOn}`))].map(
			(key) => {
				const [countryCode, profession, startsOn] = key.split(':');
				const selected = people.filter(
					(p) => p.countryCode === countryCode && p.profession === profession && p.startsOn === startsOn
				);
				return { filter: { country: countryCode, profession, from: startsOn, to: startsOn }, selected };
			}
		);
		const small = cells.find((cell) => {
			const n = cell.selected.filter(pairs).length;
			return n > 0 && n < 5;
		});
		expect(small).toBeDefined();
		const hidden = await programmeDashboard(coordinator, programmeId, small!.filter as never);
		expect(hidden.total.learning).toMatchObject({
			disclosure: 'hidden',
			n: null,
			meanPre: null,
			meanPost: null
		});
		const all = await programmeDashboard(coordinator, programmeId, {
			country: 'MT',
			profession: 'physician'
		});
		expect(all.total.learning.disclosure).not.toBe('hidden');
		const nurses = people.filter((p) => p.countryCode === 'MT' && p.profession === 'nurse' && pairs(p));
		if (nurses.length >= 5 && nurses.length < 10) {
			const descriptive = await programmeDashboard(coordinator, programmeId, {
				country: 'MT',
				profession: 'nurse'
			});
			expect(descriptive.total.learning).toMatchObject({
				disclosure: 'descriptive',
				ci95: null,
				cohenDz: null,
				p: null
			});
		}
	});

	it('is refused to trainers and participants, and refuses bad filters by name', async () => {
		for (const role of ['trainer', 'participant'] as const) {
			const reader = actor(`dashboard-${role}`, { role, scope: { kind: 'platform' } });
			await expect(programmeDashboard(reader, programmeId, {})).rejects.toMatchObject({ code: 'forbidden' });
		}
		await expect(programmeDashboard(coordinator, programmeId, { country: 'Greece' })).rejects.toMatchObject(
			refusal('invalid', { country: ['invalid_country'] })
		);
		await expect(
			programmeDashboard(coordinator, programmeId, { from: '2025-02-01', to: '2025-01-01' })
		).rejects.toMatchObject(refusal('invalid', { to: ['ends_before_start'] }));
	});

	it('is public once a coordinator publishes it, and only then', async () => {
		await expect(publicDashboard(programmeId, {})).rejects.toMatchObject({ code: 'not_found' });
		const focalPoint = actor('dashboard-focal-point', focalPointOf('GR'));
		await expect(publishDashboard(focalPoint, programmeId, { published: true })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await publishDashboard(coordinator, programmeId, { published: 'true' });
		const published = await publicDashboard(programmeId, { country: 'GR' });
		expectFiguresOf(
			published,
			people.filter((p) => p.countryCode === 'GR')
		);
		await publishDashboard(actor('dashboard-coordinator', coordinatorOf(programmeId)), programmeId, {
			published: false
		});
		await expect(publicDashboard(programmeId, {})).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('the summary refresh', () => {
	it('refreshes the events whose submissions changed since, and only those', async () => {
		expect(await eventsDueForRefresh()).toEqual([]);
		const person = people.find((p) => p.post !== undefined && p.pre !== undefined)!;
		// A late paper entry: the event is due, the others are not.
		await db()
			.update(evaluationSubmission)
			.set({ submittedAt: new Date(Date.now() + 60_000) })
			.where(eq(evaluationSubmission.registrationId, person.registrationId));
		expect(await eventsDueForRefresh()).toEqual([person.eventId]);
	});
});
