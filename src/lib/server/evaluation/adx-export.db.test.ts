import { eq, inArray } from 'drizzle-orm';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../evaluation/quarters.js';
import type { Profession } from '../../directory/values.js';
import { db } from '../db/client.js';
import { certificate, registration } from '../db/schema/events.js';
import { programmeCountry } from '../db/schema/programmes.js';
import { survey } from '../db/schema/surveys.js';
import { useTestDatabase } from '../testing/database.js';
import { evaluatedEvent } from '../testing/evaluation.js';
import { newEvent } from '../testing/events.js';
import { actor, coordinatorOf, focalPointOf, newProgramme, refusal } from '../testing/fixtures.js';
import { adxNamespace } from './adx.js';
import { checkAdxExport, exportAdx } from './adx-export.js';
import { getAdxMapping, saveAdxMapping } from './adx-mapping.js';
import { savePhase } from './plan.js';
import { recordResults, type PhaseToRecord } from './record.js';

useTestDatabase();

/** One person at one event, as seeded: the oracle the export's figures are checked against. */
type Person = {
	id: string;
	country: string;
	quarter: string;
	profession: Profession;
	certified: boolean;
	pre?: number;
	/** Post-test totals by attempt (of 3 marks; 70 % passes). */
	post?: number[];
};

const maxScore = 3;
const people: Person[] = [];
let world: Awaited<ReturnType<typeof evaluatedEvent>>;

/** Confirmed people registered straight into an event; their ids. */
async function registered(eventId: string, professions: Profession[], countryCode = 'GR') {
	const rows = await db()
		.insert(registration)
		.values(
			professions.map((profession, index) => ({
				eventId,
				fullName: `Person ${index + 1}`,
				email: `person${index + 1}.${eventId}@example.org`,
				countryCode,
				profession,
				category: 'social_worker' as const,
				status: 'confirmed' as const
			}))
		)
		.returning({ id: registration.id });
	return rows.map((row) => row.id);
}

async function phaseToRecord(phase: 'pre' | 'post', passMarkPercent: number | null): Promise<PhaseToRecord> {
	const { id } = await savePhase(world.coordinator, world.eventId, {
		phase,
		surveyId: world.testId,
		passMarkPercent: passMarkPercent ?? undefined
	});
	const [{ definition }] = await db()
		.select({ definition: survey.definition })
		.from(survey)
		.where(eq(survey.id, world.testId));
	return { id, eventId: world.eventId, phase, passMarkPercent, surveyId: world.testId, definition };
}

beforeAll(async () => {
	// A pilot in Greece ending 2018-05-31 (Q2): 7 people, 2 of them physicians; pre-test for all,
	// post-test for 6 (one fails then passes), 5 certificates and one revoked.
	world = await evaluatedEvent('adx-export-coordinator', 7);
	const { programmeId, coordinator } = world;
	await db()
		.insert(programmeCountry)
		.values(
			['GR', 'MT'].map((countryCode) => ({ programmeId, countryCode, participation: 'pilot' as const }))
		);
	await db()
		.update(registration)
		.set({ profession: 'physician' })
		.where(inArray(registration.id, world.confirmed.slice(0, 2)));
	const pre = [1, 2, 2, 0, 3, 1, 2];
	const post = [[3], [2, 3], [1], [3], [3], [2]];
	world.confirmed.forEach((id, index) =>
		people.push({
			id,
			country: 'GR',
			quarter: '2018Q2',
			profession: index < 2 ? 'physician' : 'nurse',
			certified: index < 5,
			pre: pre[index],
			post: post[index]
		})
	);
	await db().transaction(async (tx) => {
		const record = (phase: PhaseToRecord, attempt: number, totals: (number | undefined)[]) =>
			recordResults(
				tx,
				phase,
				people
					.filter((_, index) => totals[index] !== undefined)
					.map((person) => ({
						registrationId: person.id,
						countryCode: person.country,
						profession: person.profession,
						attempt,
						total: totals[people.indexOf(person)]
					})),
				'entry',
				coordinator.userId
			);
		await record(await phaseToRecord('pre', null), 1, pre);
		const postPhase = await phaseToRecord('post', 70);
		await record(
			postPhase,
			1,
			post.map((attempts) => attempts[0])
		);
		await record(
			postPhase,
			2,
			post.map((attempts) => attempts[1])
		);
	});
	await db()
		.insert(certificate)
		.values(
			world.confirmed.slice(0, 6).map((registrationId, index) => ({
				registrationId,
				code: `ADX-${index}`,
				revokedAt: index === 5 ? new Date() : null
			}))
		);
	// An online training (no country) ending in Q2: its two nurses from Greece count in Greece.
	const online = await newEvent({ programmeId, countryCode: null, isOnline: true, endsOn: '2018-06-15' });
	// A pilot in Malta ending in Q3 with 5 nurses; one in Greece in Q4 with 3 (a small cell).
	const malta = await newEvent({
		programmeId,
		countryCode: 'MT',
		startsOn: '2018-08-20',
		endsOn: '2018-08-21'
	});
	const december = await newEvent({ programmeId, startsOn: '2018-12-03', endsOn: '2018-12-04' });
	const seeded: [string, string, string, Profession[]][] = [
		[online, 'GR', '2018-06-15', ['nurse', 'nurse']],
		[malta, 'MT', '2018-08-21', Array(5).fill('nurse')],
		[december, 'GR', '2018-12-04', ['nurse', 'physician', 'nurse']]
	];
	for (const [eventId, country, endsOn, professions] of seeded)
		(await registered(eventId, professions, country)).forEach((id, index) =>
			people.push({
				id,
				country,
				quarter: quarterOf(endsOn),
				profession: professions[index],
				certified: false
			})
		);
	// Left out: a training after the period, an archived one, another programme's.
	const later = await newEvent({ programmeId, startsOn: '2019-01-07', endsOn: '2019-01-08' });
	const archived = await newEvent({ programmeId, archivedAt: new Date() });
	const elsewhere = await newEvent({ programmeId: await newProgramme() });
	for (const eventId of [later, archived, elsewhere]) await registered(eventId, Array(6).fill('nurse'));
});

const percent = (score: number) => (100 * score) / maxScore;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Each measure's figure about these people, with how many people it is about. */
function figures(group: Person[]): Record<string, { people: number; value: number }> {
	const preTested = group.filter((p) => p.pre !== undefined);
	const postTested = group.filter((p) => p.post !== undefined);
	const count = (members: Person[]) => ({ people: members.length, value: members.length });
	return {
		participants: count(group),
		certified: count(group.filter((p) => p.certified)),
		pre_tested: count(preTested),
		post_tested: count(postTested),
		mean_pre_percent: { people: preTested.length, value: mean(preTested.map((p) => percent(p.pre!))) },
		mean_post_percent: { people: postTested.length, value: mean(postTested.map((p) => percent(p.post![0]))) },
		passed_post: count(postTested.filter((p) => p.post!.some((score) => percent(score) >= 70)))
	};
}

const codes = {
	participants: 'MH_PART',
	certified: 'MH_CERT',
	pre_tested: 'MH_PRE_N',
	post_tested: 'MH_POST_N',
	mean_pre_percent: 'MH_PRE_PCT',
	mean_post_percent: 'MH_POST_PCT',
	passed_post: 'MH_PASS'
};
const orgUnits: Record<string, string> = { GR: 'OU_GR', MT: 'OU_MT' };
const options: Record<string, string> = { nurse: 'NURSE', physician: 'DOCTOR' };
const quarterPeriod = (quarter: string) =>
	`${quarter.slice(0, 4)}-${String(3 * Number(quarter.slice(5)) - 2).padStart(2, '0')}-01/P3M`;

type Value = { dataElement: string; value: string; [category: string]: string };

/** The document read back by a namespace-aware parser: "orgUnit period" → its data values. */
function readAdx(xml: string): Map<string, Value[]> {
	const groups = new Map<string, Value[]>();
	let current: Value[] = [];
	const parser = new SaxesParser({ xmlns: true });
	parser.on('opentag', (tag) => {
		expect(tag.uri).toBe(adxNamespace);
		const attributes = Object.fromEntries(
			Object.values(tag.attributes).map(({ name, value }) => [name, value])
		);
		if (tag.local === 'group') {
			expect(attributes.dataSet).toBe('MH_TRAINING');
			current = [];
			groups.set(`${attributes.orgUnit} ${attributes.period}`, current);
		} else if (tag.local === 'dataValue') current.push(attributes as Value);
	});
	parser.write(xml).close();
	return groups;
}

/** What the export must hold: every cell of 5 people or more, by group; and how many cells are left out. */
function expected(byProfession: boolean) {
	const cells = new Map<string, Person[]>();
	for (const person of people) {
		const key = JSON.stringify([person.country, person.quarter, byProfession ? person.profession : null]);
		cells.set(key, [...(cells.get(key) ?? []), person]);
	}
	const groups = new Map<string, Value[]>();
	let suppressed = 0;
	for (const [key, members] of cells) {
		const [country, quarter, profession] = JSON.parse(key) as [string, string, string | null];
		for (const [measure, { people: n, value }] of Object.entries(figures(members))) {
			if (n === 0) continue;
			if (n < 5) {
				suppressed += 1;
				continue;
			}
			const group = `${orgUnits[country]} ${quarterPeriod(quarter)}`;
			const dataValue: Value = {
				dataElement: codes[measure as keyof typeof codes],
				value: String(Number(value.toFixed(4))),
				...(profession ? { MH_PROF: options[profession] } : {})
			};
			groups.set(group, [...(groups.get(group) ?? []), dataValue]);
		}
	}
	return { groups, suppressed };
}

const sorted = (groups: Map<string, Value[]>) =>
	Object.fromEntries(
		[...groups.entries()]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, values]) => [
				key,
				[...values].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
			])
	);

describe('the ADX export of a programme’s figures', () => {
	const year2018 = { from: '2018Q1', to: '2018Q4' };

	it('refuses without a mapping, listing every code the figures need', async () => {
		const needed = new Set([...expected(false).groups.values()].flat().map((value) => value.dataElement));
		const check = await checkAdxExport(world.coordinator, world.programmeId, year2018);
		expect(check).toEqual({
			ok: false,
			fields: {},
			missing: {
				missingDataSet: ['dataSet'],
				missingDataElements: expect.any(Array),
				missingOrgUnits: ['GR', 'MT']
			}
		});
		// Every measure with a figure of 5 people or more; Greece's pass count (4 people) needs no code.
		if (check.ok) throw new Error('exported');
		const measures = check.missing.missingDataElements as (keyof typeof codes)[];
		expect(new Set(measures.map((measure) => codes[measure]))).toEqual(needed);
		expect(measures).not.toContain('passed_post');
	});

	it('offers the quarters from the first training’s end to the programme’s', async () => {
		const { quarters } = await getAdxMapping(world.coordinator, world.programmeId);
		expect([quarters[0], quarters.at(-1)]).toEqual(['2018Q2', '2027Q4']);
	});

	it('refuses quarters that are not quarters, or in the wrong order, beside their field', async () => {
		await expect(
			exportAdx(world.coordinator, world.programmeId, { from: '2018Q5', to: '2018Q1' })
		).rejects.toMatchObject(refusal('invalid', { from: ['invalid_quarter'] }));
		expect(
			await checkAdxExport(world.coordinator, world.programmeId, { from: '2018Q4', to: '2018Q1' })
		).toEqual({
			ok: false,
			fields: { to: ['quarters_reversed'] },
			missing: {}
		});
	});

	it('writes one group per country × quarter with the SQL figures, small cells left out', async () => {
		await saveAdxMapping(world.coordinator, world.programmeId, {
			dataSet: 'MH_TRAINING',
			dataElements: codes,
			orgUnits
		});
		const exported = await exportAdx(world.coordinator, world.programmeId, year2018);
		const { groups, suppressed } = expected(false);
		const read = readAdx(exported.xml);
		expect(sorted(read)).toEqual(sorted(groups));
		expect([...read.keys()].sort()).toEqual(['OU_GR 2018-04-01/P3M', 'OU_MT 2018-07-01/P3M']);
		// Greece's pass count (4 people) and its December training (3) are small cells.
		expect(read.get('OU_GR 2018-04-01/P3M')?.map((v) => v.dataElement)).not.toContain('MH_PASS');
		expect(exported).toMatchObject({ values: [...groups.values()].flat().length, suppressed });
		expect(suppressed).toBeGreaterThanOrEqual(2);
	});

	it('disaggregates by profession where the mapping has its category, and refuses a profession without its option', async () => {
		const mapping = { dataSet: 'MH_TRAINING', dataElements: codes, orgUnits, professionCategory: 'MH_PROF' };
		await saveAdxMapping(world.coordinator, world.programmeId, {
			...mapping,
			professionOptions: { nurse: 'NURSE' }
		});
		// Physicians are all in small cells: nothing needs their code.
		const exported = await exportAdx(world.coordinator, world.programmeId, year2018);
		const { groups, suppressed } = expected(true);
		expect(sorted(readAdx(exported.xml))).toEqual(sorted(groups));
		expect(exported.suppressed).toBe(suppressed);
		// A wider period brings a training with 6 nurses in 2019; a mapping without the nurses' option is refused.
		await saveAdxMapping(world.coordinator, world.programmeId, {
			...mapping,
			professionOptions: { physician: 'DOCTOR' }
		});
		expect(
			await checkAdxExport(world.coordinator, world.programmeId, { from: '2018Q1', to: '2019Q1' })
		).toEqual({
			ok: false,
			fields: {},
			missing: { missingCategoryOptions: ['profession=nurse'] }
		});
	});

	it('is for the programme’s coordinators only', async () => {
		const focalPoint = actor('adx-export-focal-point', focalPointOf('GR'));
		const otherCoordinator = actor('adx-export-other', coordinatorOf(await newProgramme()));
		for (const stranger of [focalPoint, otherCoordinator])
			await expect(exportAdx(stranger, world.programmeId, year2018)).rejects.toMatchObject({
				code: 'forbidden'
			});
	});
});
