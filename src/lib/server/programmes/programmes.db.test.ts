import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { event } from '../db/schema/events.js';
import { createDemoAccounts } from '../demo/accounts.js';
import { createDemoDirectory, findDemoOrganisations } from '../demo/directory.js';
import { createDemoEvents } from '../demo/events.js';
import { createDemoProgrammes } from '../demo/programmes.js';
import { useTestDatabase } from '../testing/database.js';
import { actor } from '../testing/fixtures.js';
import {
	createProgramme,
	getProgramme,
	listProgrammeChoices,
	listProgrammes,
	programmeOverview,
	updateProgramme
} from './programmes.js';

useTestDatabase();

const admin = () => actor(adminId, { role: 'administrator', scope: { kind: 'platform' } });
const focalGreece = () =>
	actor(adminId, {
		role: 'country_focal_point',
		scope: { kind: 'countries', countryCodes: ['GR'] }
	});
const focalMorocco = () =>
	actor(adminId, {
		role: 'country_focal_point',
		scope: { kind: 'countries', countryCodes: ['MA'] }
	});

let ids: Record<string, string>;
let adminId: string;
let organisations: Awaited<ReturnType<typeof findDemoOrganisations>>;

beforeAll(async () => {
	await createDemoAccounts();
	await createDemoDirectory();
	ids = await db().transaction(async (tx) => {
		const programmeIds = await createDemoProgrammes(tx);
		await createDemoEvents(tx, programmeIds);
		return programmeIds;
	});
	organisations = await findDemoOrganisations(db());
	[{ id: adminId }] = await db().select({ id: user.id }).from(user).where(eq(user.email, 'admin@mhub.demo'));
});

const form = (overrides: Record<string, unknown> = {}) => ({
	name: { en: 'Health of migrants in the Balkans', fr: '' },
	acronym: 'HMB',
	coordinatorId: organisations.giz,
	startsOn: '2027-01-01',
	endsOn: '2028-06-30',
	sdgs: ['3', '10'],
	partners: [{ organisationId: organisations.aspher, role: { en: 'Curriculum' } }],
	countries: [
		{ countryCode: 'rs', participation: 'pilot', trainingsTarget: '2' },
		{ countryCode: 'HR', participation: 'rollout', trainingsTarget: '1' }
	],
	peopleTargets: [{ countryCode: 'RS', profession: 'nurse', people: '30' }],
	...overrides
});

describe('programmes', () => {
	it('lists in SQL only what each actor reaches', async () => {
		expect((await listProgrammes(admin(), 'en')).map((p) => p.acronym).sort()).toEqual([
			'FHPVM',
			'MIG-H',
			'MIG-H Rollout'
		]);
		// Greece takes part in MIG-H and its rollout, Morocco in IOM Morocco's programme.
		expect((await listProgrammes(focalGreece(), 'en')).map((p) => p.acronym).sort()).toEqual([
			'MIG-H',
			'MIG-H Rollout'
		]);
		expect((await listProgrammes(focalMorocco(), 'en')).map((p) => p.acronym)).toEqual(['FHPVM']);
		const coordinatorOfOne = actor(adminId, {
			role: 'programme_coordinator',
			scope: { kind: 'programme', programmeId: ids.FHPVM }
		});
		expect((await listProgrammeChoices(coordinatorOfOne, 'fr')).map((p) => p.id)).toEqual([ids.FHPVM]);
		await expect(listProgrammes(publicActor, 'en')).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(getProgramme(focalMorocco(), ids['MIG-H'])).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('shows progress per country from the trainings held and the people trained', async () => {
		const overview = await programmeOverview(focalGreece(), ids['MIG-H']);
		expect(overview.canEdit).toBe(false);
		expect(overview.programme.countries).toHaveLength(10);
		const slovenia = overview.progress.countries.find((c) => c.countryCode === 'SI')!;
		// Ljubljana's pilot (15 people) and Koper's police session (42).
		expect(slovenia.trainings.done).toBe(2);
		expect(slovenia.people.done).toBe(57);
		expect(overview.progress.total.trainings.done).toBe(11);
		// The timeline holds the milestones and the events, in date order.
		const starts = overview.timeline.map((entry) => entry.startsOn);
		expect(starts).toEqual([...starts].sort());
		expect(overview.timeline.some((e) => e.source === 'activity' && e.kind === 'survey')).toBe(true);
		// The expert meeting, the ToT and the webinar one by one; the eleven pilots summed up by month.
		expect(overview.timeline.filter((e) => e.source === 'event')).toHaveLength(3);
		const months = overview.timeline.filter((e) => e.source === 'trainings');
		expect(months.reduce((sum, m) => sum + m.trainings, 0)).toBe(11);
		expect(months.find((m) => m.startsOn === '2018-05-01')).toMatchObject({
			kind: 'pilot_training',
			trainings: 4,
			countries: 3,
			// Sofia 22, Rome 28, Ljubljana 15 and Koper 42.
			participants: 107
		});
	});

	it('creates a programme with partners, countries and targets, and changes it all at once', async () => {
		const created = await createProgramme(admin(), form());
		expect(created).toMatchObject({
			acronym: 'HMB',
			sdgs: [3, 10],
			name: { en: 'Health of migrants in the Balkans' }
		});
		expect(created.countries).toEqual([
			{ countryCode: 'HR', participation: 'rollout', trainingsTarget: 1 },
			{ countryCode: 'RS', participation: 'pilot', trainingsTarget: 2 }
		]);
		expect(created.peopleTargets).toEqual([{ countryCode: 'RS', profession: 'nurse', people: 30 }]);

		const coordinator = actor(adminId, {
			role: 'programme_coordinator',
			scope: { kind: 'programme', programmeId: created.id }
		});
		const changed = await updateProgramme(
			coordinator,
			created.id,
			form({
				countries: [{ countryCode: 'RS', participation: 'rollout', trainingsTarget: '4' }],
				partners: []
			})
		);
		expect(changed.countries).toEqual([{ countryCode: 'RS', participation: 'rollout', trainingsTarget: 4 }]);
		expect(changed.partners).toEqual([]);
		expect(changed.peopleTargets).toHaveLength(1);
		// A coordinator of one programme may not create others, nor change another.
		await expect(createProgramme(coordinator, form())).rejects.toMatchObject({ code: 'forbidden' });
		await expect(updateProgramme(coordinator, ids.FHPVM, form())).rejects.toMatchObject({
			code: 'forbidden'
		});
	});

	it('refuses bad input field by field, and saves nothing', async () => {
		const before = await listProgrammes(admin(), 'en');
		await expect(
			createProgramme(
				admin(),
				form({
					name: { en: ' ' },
					contactEmail: 'not-an-email',
					countries: [
						{ countryCode: 'RS', participation: 'pilot', trainingsTarget: '-1' },
						{ countryCode: 'RS', participation: 'sometimes' }
					],
					peopleTargets: [{ countryCode: 'FR', profession: 'nurse', people: '0' }]
				})
			)
		).rejects.toMatchObject({
			code: 'invalid',
			fields: {
				name: ['localized_required'],
				contactEmail: ['invalid_email'],
				'countries.0.trainingsTarget': ['invalid_number'],
				'countries.1.participation': ['invalid_choice'],
				'peopleTargets.0.people': ['invalid_number']
			}
		});
		await expect(
			createProgramme(
				admin(),
				form({ countries: [{ countryCode: 'QQ', participation: 'pilot' }], peopleTargets: [] })
			)
		).rejects.toMatchObject({ fields: { countries: ['unknown_country'] } });
		await expect(
			createProgramme(
				admin(),
				form({
					funderId: '00000000-0000-4000-8000-000000000000',
					partners: [{ organisationId: organisations.giz }, { organisationId: organisations.giz }]
				})
			)
		).rejects.toMatchObject({ fields: { 'partners.1': ['duplicate_row'] } });
		await expect(
			createProgramme(admin(), form({ funderId: '00000000-0000-4000-8000-000000000000' }))
		).rejects.toMatchObject({ fields: { funderId: ['unknown_organisation'] } });
		expect(await listProgrammes(admin(), 'en')).toEqual(before);
	});

	it('keeps the languages a programme declares, and refuses one outside the catalogue', async () => {
		const created = await createProgramme(
			admin(),
			form({
				name: { sl: 'Zdravje migrantov na Balkanu', en: 'Migrant health in the Balkans' },
				languages: ['sl', 'en']
			})
		);
		expect(created.languages).toEqual(['sl', 'en']);
		expect(created.name).toEqual({ sl: 'Zdravje migrantov na Balkanu', en: 'Migrant health in the Balkans' });
		const before = await listProgrammes(admin(), 'en');
		await expect(createProgramme(admin(), form({ languages: ['sl', 'qq'] }))).rejects.toMatchObject({
			fields: { 'languages.1': ['invalid_language'] }
		});
		expect(await listProgrammes(admin(), 'en')).toEqual(before);
	});

	it('counts only trainings that have begun', async () => {
		const [pilot] = await db().select().from(event).where(eq(event.city, 'Valletta'));
		await db()
			.update(event)
			.set({ startsOn: '2099-01-01', endsOn: '2099-01-02' })
			.where(eq(event.id, pilot.id));
		const overview = await programmeOverview(admin(), ids['MIG-H']);
		expect(overview.progress.countries.find((c) => c.countryCode === 'MT')!.trainings.done).toBe(0);
		await db()
			.update(event)
			.set({ startsOn: pilot.startsOn, endsOn: pilot.endsOn })
			.where(eq(event.id, pilot.id));
	});
});
