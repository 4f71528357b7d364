import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { roleGrant, user } from '../db/schema/auth.js';
import { packageVersion, trainingPackage } from '../db/schema/curriculum.js';
import { certificate, event, eventCountryQuota, registration } from '../db/schema/events.js';
import { programme } from '../db/schema/programmes.js';
import { mailMessage } from '../db/schema/system.js';
import { dayAndTime } from '../../events/time-zone.js';
import { useTestDatabase } from '../testing/database.js';
import { actor, refusal } from '../testing/fixtures.js';
import { addAgendaItem, getAgenda, removeAgendaItem, updateAgendaItem } from './agenda.js';
import { listCertifiedTrainers, listEventFormChoices } from './event-choices.js';
import { listEventFilterChoices, listEvents } from './event-listing.js';
import { listEventRegistrations } from './event-registrations.js';
import { createEvent, getEvent, getEventHeading, updateEvent } from './events.js';
import type { RegistrationMail } from './registration/news.js';
import { register as registerPublicly } from './registration/register.js';

useTestDatabase();

/** Mail about registrations, as the pages compose it; these tests read the outbox where they need to. */
const noMail: RegistrationMail = () => ({ subject: 'Registration', text: 'News about your registration.' });
const admin = actor('admin', { role: 'administrator', scope: { kind: 'platform' } });
const focalGreece = actor('focal-gr', {
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes: ['GR'] }
});
const focalMalta = actor('focal-mt', {
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes: ['MT'] }
});
const trainer = actor('trainer-1', { role: 'trainer', scope: { kind: 'platform' } });

let programmeId: string;
let otherProgrammeId: string;
let versionId: string;
let coordinator: Actor;

/** What the form sends for a two-day Training of Trainers in Athens. */
const athens = () => ({
	kind: 'training_of_trainers',
	programmeId,
	title: { en: 'Training of Trainers, Athens', fr: 'Formation de formateurs, Athènes' },
	startsOn: '2030-10-12',
	endsOn: '2030-10-13',
	timeZone: 'Europe/Athens',
	isOnline: 'no',
	venue: 'National School of Public Health',
	city: 'Athens',
	countryCode: 'GR',
	language: 'en',
	capacity: '24',
	countryQuotas: [
		{ countryCode: 'GR', places: '4' },
		{ countryCode: 'MT', places: '4' }
	],
	categoryQuotas: [{ category: 'institution', places: '20' }],
	isPublished: 'yes'
});

beforeAll(async () => {
	[{ id: programmeId }, { id: otherProgrammeId }] = await db()
		.insert(programme)
		.values([
			{ name: { en: 'MIG-H' }, acronym: 'MIG-H', startsOn: '2030-01-01', endsOn: '2031-12-31' },
			{ name: { en: 'Other' }, startsOn: '2030-01-01', endsOn: '2031-12-31' }
		])
		.returning({ id: programme.id });
	coordinator = actor('coordinator', {
		role: 'programme_coordinator',
		scope: { kind: 'programme', programmeId }
	});
	const [{ id: packageId }] = await db()
		.insert(trainingPackage)
		.values({ title: { en: 'Migrant health package' }, programmeId })
		.returning({ id: trainingPackage.id });
	[{ id: versionId }] = await db()
		.insert(packageVersion)
		.values({ packageId, number: 1, content: {} })
		.returning({ id: packageVersion.id });
	await db()
		.insert(user)
		.values([
			{ id: 'trainer-1', name: 'Ana Kovač', email: 'ana@example.org' },
			{ id: 'reviewer-1', name: 'Marta Ruiz', email: 'marta@example.org' },
			...['admin', 'coordinator', 'focal-gr', 'focal-mt'].map((id) => ({
				id,
				name: id,
				email: `${id}@example.org`
			}))
		]);
	await db()
		.insert(roleGrant)
		.values([
			{ userId: 'trainer-1', role: 'trainer' },
			{ userId: 'reviewer-1', role: 'reviewer' }
		]);
});

async function register(
	eventId: string,
	countryCode: string,
	status: 'confirmed' | 'pending' | 'waitlisted'
) {
	const n = Math.random().toString(36).slice(2);
	const [row] = await db()
		.insert(registration)
		.values({
			eventId,
			fullName: `Person ${n}`,
			email: `${n}@example.org`,
			countryCode,
			profession: 'nurse',
			category: 'institution',
			status
		})
		.returning({ id: registration.id });
	return row.id;
}

describe('creating and changing events', () => {
	it('creates an event with its quotas and package version, and shows the places held', async () => {
		const { id } = await createEvent(coordinator, { ...athens(), packageVersionId: versionId });
		await register(id, 'GR', 'confirmed');
		await register(id, 'GR', 'pending');
		await register(id, 'MT', 'waitlisted');

		const details = await getEvent(coordinator, id);
		expect(details).toMatchObject({
			kind: 'training_of_trainers',
			title: { en: 'Training of Trainers, Athens', fr: 'Formation de formateurs, Athènes' },
			programmeName: { en: 'MIG-H' },
			countryName: expect.objectContaining({ en: 'Greece' }),
			capacity: 24,
			isPublished: true,
			createdBy: 'coordinator',
			packageVersion: { id: versionId, number: 1, packageTitle: { en: 'Migrant health package' } },
			registrations: { confirmed: 1, pending: 1, waitlisted: 1, declined: 0, cancelled: 0 }
		});
		expect(details.countryQuotas).toEqual([
			{ countryCode: 'GR', countryName: expect.objectContaining({ en: 'Greece' }), places: 4, held: 2 },
			{ countryCode: 'MT', countryName: expect.objectContaining({ en: 'Malta' }), places: 4, held: 0 }
		]);
		expect(details.categoryQuotas).toEqual([{ category: 'institution', places: 20, held: 2 }]);
		expect(await getEventHeading(coordinator, id)).toMatchObject({ canManage: true, canKeepAgenda: true });
	});

	it('refuses references it cannot find, beside their fields, and saves nothing', async () => {
		const [{ n: before }] = await db().select({ n: count() }).from(event);
		await expect(
			createEvent(admin, {
				...athens(),
				programmeId: '00000000-0000-4000-8000-000000000099',
				packageVersionId: '00000000-0000-4000-8000-000000000098',
				countryQuotas: [{ countryCode: 'XX', places: '2' }],
				facilitatorIds: ['trainer-1', 'reviewer-1']
			})
		).rejects.toEqual(
			refusal('invalid', {
				programmeId: ['unknown_programme'],
				packageVersionId: ['unknown_package_version'],
				'countryQuotas.0.countryCode': ['unknown_country'],
				facilitatorIds: ['not_a_trainer']
			})
		);
		const [{ n: after }] = await db().select({ n: count() }).from(event);
		expect(after).toBe(before);
	});

	it('names pilot trainers only among the certified participants of its Training of Trainers', async () => {
		const tot = await createEvent(admin, athens());
		const certified = await register(tot.id, 'GR', 'confirmed');
		const revoked = await register(tot.id, 'MT', 'confirmed');
		const [{ id: certificateId }, { id: revokedId }] = await db()
			.insert(certificate)
			.values([
				{ registrationId: certified, code: `T-${tot.id.slice(0, 8)}` },
				{ registrationId: revoked, code: `R-${tot.id.slice(0, 8)}`, revokedAt: new Date() }
			])
			.returning({ id: certificate.id });
		expect((await listCertifiedTrainers(admin, tot.id)).map((t) => t.certificateId)).toEqual([certificateId]);
		expect((await listEventFormChoices(admin, 'en')).totEvents.map((e) => e.id)).toContain(tot.id);

		const pilot = {
			...athens(),
			kind: 'pilot_training',
			totEventId: tot.id,
			trainerCertificateIds: [certificateId],
			facilitatorIds: ['trainer-1']
		};
		const { id } = await createEvent(focalGreece, { ...pilot, programmeId: otherProgrammeId });
		const details = await getEvent(focalGreece, id);
		expect(details.totEvent).toEqual({ id: tot.id, title: athens().title });
		expect(details.trainers).toEqual([
			{ certificateId, fullName: expect.stringMatching(/^Person/), countryCode: 'GR' }
		]);
		expect(details.facilitators).toEqual([
			{ userId: 'trainer-1', name: 'Ana Kovač', email: 'ana@example.org' }
		]);

		await expect(
			updateEvent(focalGreece, id, { ...pilot, trainerCertificateIds: [certificateId, revokedId] }, noMail)
		).rejects.toEqual(refusal('invalid', { trainerCertificateIds: ['trainer_not_from_tot'] }));
		await expect(
			updateEvent(admin, tot.id, { ...athens(), kind: 'pilot_training', totEventId: tot.id }, noMail)
		).rejects.toEqual(refusal('invalid', { totEventId: ['unknown_tot_event'] }));
		// The facilitator now reads it, and nothing was half-changed by the refusals.
		expect((await getEvent(trainer, id)).trainers).toHaveLength(1);
	});

	it('lets a focal point cascade from a ToT abroad where their country’s trainers were trained', async () => {
		const tot = await createEvent(admin, athens());
		const maltese = await register(tot.id, 'MT', 'confirmed');
		const [{ id: certificateId }] = await db()
			.insert(certificate)
			.values({ registrationId: maltese, code: `M-${tot.id.slice(0, 8)}` })
			.returning({ id: certificate.id });
		const elsewhere = await createEvent(admin, { ...athens(), countryCode: 'FR', city: 'Paris' });

		const offered = (await listEventFormChoices(focalMalta, 'en')).totEvents.map((event) => event.id);
		expect(offered).toContain(tot.id);
		expect(offered).not.toContain(elsewhere.id);
		expect(await listCertifiedTrainers(focalMalta, tot.id)).toEqual([
			{ certificateId, fullName: expect.any(String), countryCode: 'MT' }
		]);
		const pilot = {
			...athens(),
			programmeId: otherProgrammeId,
			kind: 'pilot_training',
			city: 'Valletta',
			countryCode: 'MT',
			totEventId: tot.id,
			trainerCertificateIds: [certificateId]
		};
		const { id } = await createEvent(focalMalta, pilot);
		await expect(
			createEvent(focalMalta, { ...pilot, totEventId: elsewhere.id, trainerCertificateIds: [] })
		).rejects.toEqual(refusal('invalid', { totEventId: ['unknown_tot_event'] }));
		// A pilot keeps the ToT it was given by someone else, though its focal point could not choose it.
		await db().update(event).set({ totEventId: elsewhere.id }).where(eq(event.id, id));
		await updateEvent(
			focalMalta,
			id,
			{ ...pilot, totEventId: elsewhere.id, trainerCertificateIds: [] },
			noMail
		);
		expect((await getEvent(focalMalta, id)).totEvent?.id).toBe(elsewhere.id);
	});

	it('replaces quotas when the event is changed, in one transaction', async () => {
		const { id } = await createEvent(admin, athens());
		await updateEvent(
			admin,
			id,
			{
				...athens(),
				isOnline: 'yes',
				onlineUrl: 'https://meet.example.org/tot',
				countryQuotas: [{ countryCode: 'FR', places: '3' }],
				categoryQuotas: []
			},
			noMail
		);
		const details = await getEvent(admin, id);
		expect(details).toMatchObject({ isOnline: true, city: null, venue: null, categoryQuotas: [] });
		expect(details.countryQuotas.map((q) => [q.countryCode, q.places])).toEqual([['FR', 3]]);

		await expect(
			updateEvent(admin, id, { ...athens(), countryQuotas: [{ countryCode: 'ES', places: '30' }] }, noMail)
		).rejects.toEqual(refusal('invalid', { countryQuotas: ['quotas_over_capacity'] }));
		const quotas = await db().select().from(eventCountryQuota).where(eq(eventCountryQuota.eventId, id));
		expect(quotas.map((q) => q.countryCode)).toEqual(['FR']);
	});

	it('gives the places a larger capacity frees to the wait-list, in order, and tells them', async () => {
		const small = { ...athens(), capacity: '2', countryQuotas: [], categoryQuotas: [] };
		const { id } = await createEvent(admin, small);
		const people = ['first', 'second', 'third', 'fourth'].map((name) => ({
			fullName: `Trainee ${name}`,
			email: `${name}.${id.slice(0, 8)}@example.org`,
			countryCode: 'GR',
			profession: 'nurse',
			category: 'institution'
		}));
		for (const person of people) await registerPublicly(id, person, 'en', noMail, '192.0.2.20');
		const statuses = async () =>
			(
				await db()
					.select({ email: registration.email, status: registration.status })
					.from(registration)
					.where(eq(registration.eventId, id))
					.orderBy(registration.createdAt)
			).map((row) => row.status);
		expect(await statuses()).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);

		await updateEvent(admin, id, { ...small, capacity: '3' }, noMail);
		expect(await statuses()).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
		const [told] = await db().select().from(mailMessage).where(eq(mailMessage.toAddress, people[2].email));
		expect(told).toBeDefined();
	});
});

describe('scope', () => {
	let greek: string;
	let maltese: string;

	beforeAll(async () => {
		greek = (
			await createEvent(admin, {
				...athens(),
				programmeId: otherProgrammeId,
				startsOn: '2030-11-02',
				endsOn: '2030-11-02'
			})
		).id;
		maltese = (
			await createEvent(admin, {
				...athens(),
				programmeId: otherProgrammeId,
				kind: 'regional_school',
				city: 'Valletta',
				countryCode: 'MT',
				timeZone: 'Europe/Malta'
			})
		).id;
	});

	it('lists only the events a focal point runs, upcoming first, with the places held', async () => {
		const page = await listEvents(focalGreece, { pageSize: 100 });
		expect(page.rows.map((row) => row.countryCode)).not.toContain('MT');
		expect(page.rows.map((row) => row.id)).toContain(greek);
		const starts = page.rows.map((row) => row.startsOn);
		expect(starts).toEqual([...starts].sort());
		const malteseRows = (await listEvents(focalMalta, { pageSize: 100 })).rows;
		expect(malteseRows.map((row) => row.id)).toContain(maltese);
		expect(new Set(malteseRows.map((row) => row.countryCode))).toEqual(new Set(['MT']));
		expect(await listEventFilterChoices(focalMalta, 'en')).toEqual({
			programmes: [{ id: otherProgrammeId, name: { en: 'Other' }, acronym: null }],
			countries: [{ code: 'MT', name: expect.objectContaining({ en: 'Malta' }) }]
		});
	});

	it('filters by kind, programme and country', async () => {
		const schools = await listEvents(admin, { kind: 'regional_school' });
		expect(schools.rows.map((row) => row.id)).toEqual([maltese]);
		const ofOther = await listEvents(admin, { programme: otherProgrammeId, country: 'GR' });
		expect(ofOther.rows.map((row) => row.id)).toContain(greek);
		expect(ofOther.rows.every((row) => row.countryCode === 'GR')).toBe(true);
	});

	it('refuses a Greek focal point the Maltese event, and placing one in Malta', async () => {
		await expect(getEvent(focalGreece, maltese)).rejects.toEqual(refusal('forbidden'));
		await expect(updateEvent(focalGreece, maltese, athens(), noMail)).rejects.toEqual(refusal('forbidden'));
		await expect(
			createEvent(focalGreece, { ...athens(), countryCode: 'MT', city: 'Valletta' })
		).rejects.toEqual(refusal('forbidden', { countryCode: ['country_outside_scope'] }));
		await expect(updateEvent(focalGreece, greek, { ...athens(), countryCode: 'MT' }, noMail)).rejects.toEqual(
			refusal('forbidden', { countryCode: ['country_outside_scope'] })
		);
		expect((await getEvent(admin, greek)).countryCode).toBe('GR');
	});

	it('refuses a coordinator an event outside their programme', async () => {
		await expect(getEvent(coordinator, greek)).rejects.toEqual(refusal('forbidden'));
		await expect(createEvent(coordinator, { ...athens(), programmeId: otherProgrammeId })).rejects.toEqual(
			refusal('forbidden', { programmeId: ['programme_outside_scope'] })
		);
		expect((await listEventFormChoices(coordinator, 'en')).programmes.map((p) => p.id)).toEqual([
			programmeId
		]);
	});

	it('answers not found for an event that does not exist', async () => {
		await expect(getEvent(admin, 'not-an-id')).rejects.toEqual(refusal('not_found'));
		await expect(getEvent(admin, '00000000-0000-4000-8000-000000000097')).rejects.toEqual(
			refusal('not_found')
		);
	});

	it('lists an event’s registrations with their status, to its organisers', async () => {
		await register(greek, 'GR', 'pending');
		await register(greek, 'GR', 'confirmed');
		const all = await listEventRegistrations(focalGreece, greek, {});
		expect(all.rows.map((row) => row.status)).toEqual(['pending', 'confirmed']);
		expect(all.rows[0].countryName).toMatchObject({ en: 'Greece' });
		expect(all.counts).toMatchObject({ pending: 1, confirmed: 1, waitlisted: 0 });
		const pending = await listEventRegistrations(focalGreece, greek, { status: 'pending' });
		expect(pending.rows).toHaveLength(1);
		await expect(listEventRegistrations(focalMalta, greek, {})).rejects.toEqual(refusal('forbidden'));
	});
});

describe('the agenda', () => {
	it('keeps items on the event’s days at its clock times, grouped and ordered', async () => {
		const { id } = await createEvent(admin, { ...athens(), facilitatorIds: ['trainer-1'] });
		const opening = {
			day: '2030-10-12',
			startsAt: '09:00',
			endsAt: '10:30',
			title: { en: 'Opening' },
			isSession: 'yes'
		};
		const { id: openingId } = await addAgendaItem(admin, id, opening);
		await addAgendaItem(trainer, id, {
			...opening,
			startsAt: '10:30',
			endsAt: '11:00',
			title: { en: 'Coffee' },
			isSession: ''
		});
		await addAgendaItem(admin, id, {
			...opening,
			day: '2030-10-13',
			title: { en: 'Day two' },
			speakers: 'Dr A. Popescu'
		});

		const shown = async () => {
			const agenda = await getAgenda(trainer, id);
			return agenda.items.map((item) => {
				const starts = dayAndTime(item.startsAt, agenda.timeZone);
				const ends = dayAndTime(item.endsAt, agenda.timeZone);
				return [starts.day, starts.time, ends.time, item.title.en, item.isSession];
			});
		};
		expect((await getAgenda(trainer, id)).items[0].startsAt.toISOString()).toBe('2030-10-12T06:00:00.000Z');
		expect(await shown()).toEqual([
			['2030-10-12', '09:00', '10:30', 'Opening', true],
			['2030-10-12', '10:30', '11:00', 'Coffee', false],
			['2030-10-13', '09:00', '10:30', 'Day two', true]
		]);

		await updateAgendaItem(admin, id, openingId, { ...opening, startsAt: '08:30' });
		expect((await shown())[0][1]).toBe('08:30');
		await removeAgendaItem(trainer, id, openingId);
		expect((await getAgenda(admin, id)).items).toHaveLength(2);
	});

	it('refuses a day outside the event, and anyone who does not run it', async () => {
		const { id } = await createEvent(admin, athens());
		const item = { day: '2030-10-14', startsAt: '09:00', endsAt: '10:00', title: { en: 'Late' } };
		await expect(addAgendaItem(admin, id, item)).rejects.toEqual(
			refusal('invalid', { day: ['outside_event_days'] })
		);
		await expect(addAgendaItem(focalMalta, id, { ...item, day: '2030-10-13' })).rejects.toEqual(
			refusal('forbidden')
		);
		await expect(addAgendaItem(trainer, id, { ...item, day: '2030-10-13' })).rejects.toEqual(
			refusal('forbidden')
		);
		await expect(
			updateAgendaItem(admin, id, '00000000-0000-4000-8000-000000000096', { ...item, day: '2030-10-13' })
		).rejects.toEqual(refusal('not_found'));
		expect((await getAgenda(admin, id)).items).toEqual([]);
	});
});

describe('declared languages', () => {
	it('an event declared in Slovenian and English keeps them through a change', async () => {
		const { id } = await createEvent(admin, {
			...athens(),
			title: { sl: 'Pilotno usposabljanje', en: 'Pilot training' },
			languages: ['sl', 'en']
		});
		expect((await getEvent(admin, id)).languages).toEqual(['sl', 'en']);
		await updateEvent(
			admin,
			id,
			{
				...athens(),
				title: { sl: 'Usposabljanje', en: 'Training' },
				languages: ['en', 'sl']
			},
			noMail
		);
		const changed = await getEvent(admin, id);
		expect(changed.languages).toEqual(['en', 'sl']);
		expect(changed.title).toEqual({ sl: 'Usposabljanje', en: 'Training' });
	});

	it('refuses a language outside the catalogue, or none, and writes nothing', async () => {
		const [{ before }] = await db().select({ before: count() }).from(event);
		await expect(createEvent(admin, { ...athens(), languages: ['zz'] })).rejects.toMatchObject(
			refusal('invalid', { 'languages.0': ['invalid_language'] })
		);
		await expect(createEvent(admin, { ...athens(), languages: [] })).rejects.toMatchObject(
			refusal('invalid', { languages: [expect.any(String)] })
		);
		const [{ after }] = await db().select({ after: count() }).from(event);
		expect(after).toBe(before);
	});
});
