import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { publicActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { programme } from '../db/schema/programmes.js';
import { surveyResponse } from '../db/schema/surveys.js';
import { useTestDatabase } from '../testing/database.js';
import { actor, focalPointOf, refusal } from '../testing/fixtures.js';
import { createSurvey, getSurvey, listSurveys, surveyProgrammeChoices, updateSurvey } from './surveys.js';

useTestDatabase();

const admin = actor('admin', { role: 'administrator', scope: { kind: 'platform' } });
const focalPoint = actor('focal', focalPointOf('GR'));

let programmeId: string;
let otherProgrammeId: string;
let coordinator: Actor;

const mapping = () => ({
	programmeId,
	title: { en: 'Mapping of training packages', fr: 'Cartographie des formations' },
	languages: ['fr', 'en'],
	definition: {
		sections: [
			{
				name: 'about',
				questions: [{ name: 'role', type: 'short_text', label: { en: 'Your role' } }]
			}
		]
	}
});

beforeAll(async () => {
	[{ id: programmeId }, { id: otherProgrammeId }] = await db()
		.insert(programme)
		.values([
			{ name: { en: 'Migrant health' }, acronym: 'MIG-H', startsOn: '2030-01-01', endsOn: '2031-12-31' },
			{ name: { en: 'Another programme' }, startsOn: '2030-01-01', endsOn: '2031-12-31' }
		])
		.returning({ id: programme.id });
	coordinator = actor('coordinator', {
		role: 'programme_coordinator',
		scope: { kind: 'programme', programmeId }
	});
	await db()
		.insert(user)
		.values(['admin', 'coordinator'].map((id) => ({ id, name: id, email: `${id}@example.org` })));
});

describe('creating a survey', () => {
	it("a coordinator creates one in their programme, a draft with its questions and languages in the author's order", async () => {
		const { id } = await createSurvey(coordinator, mapping());
		const read = await getSurvey(coordinator, id);
		expect(read).toMatchObject({
			programmeId,
			programmeAcronym: 'MIG-H',
			title: { en: 'Mapping of training packages', fr: 'Cartographie des formations' },
			languages: ['fr', 'en'],
			status: 'draft',
			createdBy: 'coordinator',
			responses: { complete: 0, inProgress: 0 }
		});
		expect(read.definition.sections[0].questions[0]).toMatchObject({
			name: 'role',
			required: false,
			choices: []
		});
	});

	it('is refused in another programme, beside the programme field', async () => {
		await expect(createSurvey(coordinator, { ...mapping(), programmeId: otherProgrammeId })).rejects.toEqual(
			refusal('forbidden', { programmeId: ['programme_outside_scope'] })
		);
	});

	it('is refused to focal points and the public', async () => {
		await expect(createSurvey(focalPoint, mapping())).rejects.toEqual(refusal('forbidden'));
		await expect(createSurvey(publicActor, mapping())).rejects.toEqual(refusal('unauthenticated'));
	});

	it('refuses a definition the schema refuses, and no language or title', async () => {
		const twice = {
			sections: [
				{
					name: 'a',
					questions: [
						{ name: 'q', type: 'short_text', label: { en: 'Q' } },
						{ name: 'q', type: 'short_text', label: { en: 'Q again' } }
					]
				}
			]
		};
		await expect(createSurvey(admin, { ...mapping(), definition: twice })).rejects.toEqual(
			refusal('invalid', { 'definition.sections.0.questions.1.name': ['duplicate_name'] })
		);
		await expect(createSurvey(admin, { ...mapping(), languages: [], title: { en: ' ' } })).rejects.toEqual(
			refusal('invalid', { title: ['localized_required'], languages: ['languages_required'] })
		);
	});
});

describe('reading and listing', () => {
	it('a survey is not found by an unknown or malformed id, and forbidden outside the reach', async () => {
		await expect(getSurvey(admin, 'nope')).rejects.toEqual(refusal('not_found'));
		await expect(getSurvey(admin, '00000000-0000-4000-8000-000000000000')).rejects.toEqual(
			refusal('not_found')
		);
		const { id } = await createSurvey(admin, { ...mapping(), programmeId: otherProgrammeId });
		await expect(getSurvey(coordinator, id)).rejects.toEqual(refusal('forbidden'));
	});

	it('lists the surveys in reach with their response counts', async () => {
		const { id } = await createSurvey(coordinator, { ...mapping(), title: { en: 'Counted' } });
		await db()
			.insert(surveyResponse)
			.values([
				{ surveyId: id, status: 'complete', submittedAt: new Date() },
				{ surveyId: id, status: 'complete', submittedAt: new Date() },
				{ surveyId: id }
			]);
		const mine = await listSurveys(coordinator);
		expect(mine.every((row) => row.programmeAcronym === 'MIG-H')).toBe(true);
		expect(mine.find((row) => row.id === id)?.responses).toEqual({ complete: 2, inProgress: 1 });
		const everyone = await listSurveys(admin);
		expect(everyone.length).toBeGreaterThan(mine.length);
		await expect(listSurveys(focalPoint)).rejects.toEqual(refusal('forbidden'));
	});

	it('offers the programmes the actor may hold surveys in', async () => {
		expect(await surveyProgrammeChoices(coordinator)).toEqual([
			{ value: programmeId, label: 'Migrant health (MIG-H)' }
		]);
		expect((await surveyProgrammeChoices(admin)).map((choice) => choice.label)).toEqual([
			'Another programme',
			'Migrant health (MIG-H)'
		]);
		expect(await surveyProgrammeChoices(focalPoint)).toEqual([]);
	});
});

describe('updating', () => {
	it('changes title, introduction and languages; blank introduction clears it', async () => {
		const { id } = await createSurvey(coordinator, mapping());
		await updateSurvey(coordinator, id, {
			title: { en: 'Renamed' },
			introduction: { en: 'Ten minutes.', ar: 'عشر دقائق.' },
			languages: ['ar', 'en']
		});
		expect(await getSurvey(coordinator, id)).toMatchObject({
			title: { en: 'Renamed' },
			introduction: { en: 'Ten minutes.', ar: 'عشر دقائق.' },
			languages: ['ar', 'en']
		});
		await updateSurvey(coordinator, id, {
			title: { en: 'Renamed' },
			introduction: { en: '' },
			languages: 'en'
		});
		expect(await getSurvey(coordinator, id)).toMatchObject({ introduction: null, languages: ['en'] });
		await expect(updateSurvey(focalPoint, id, { title: { en: 'x' }, languages: ['en'] })).rejects.toEqual(
			refusal('forbidden')
		);
	});
});
