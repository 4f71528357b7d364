import { asc, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicActor } from '../../auth/actor.js';
import { db } from '../../db/client.js';
import { user } from '../../db/schema/auth.js';
import { registration } from '../../db/schema/events.js';
import { mailMessage } from '../../db/schema/system.js';
import { DomainError } from '../../errors.js';
import { useTestDatabase } from '../../testing/database.js';
import { newEvent, type EventValues } from '../../testing/events.js';
import { actor, isoDay, thrownBy } from '../../testing/fixtures.js';
import { countStatements } from '../../testing/statements.js';
import { decideRegistration } from './decide-registration.js';
import { getRegistrationOutcome } from './get-registration-outcome.js';
import type { RegistrationMail, RegistrationNews } from './news.js';
import { register, registrationsPerAddressHour } from './register.js';

useTestDatabase();

let serial = 0;
/** A published event in Greece, open for registration, three weeks from now. */
const newSchool = (values: EventValues = {}, quotas: Parameters<typeof newEvent>[1] = {}) =>
	newEvent(
		{
			kind: 'regional_school',
			title: { en: `School ${++serial}`, fr: `École ${serial}` },
			startsOn: isoDay(21),
			endsOn: isoDay(23),
			timeZone: 'Europe/Athens',
			countryCode: 'GR',
			city: 'Athens',
			language: 'en',
			isPublished: true,
			...values
		},
		quotas
	);

/** What the public form sends. */
const someone = (overrides: Record<string, unknown> = {}) => ({
	fullName: `Person ${++serial}`,
	email: `person${serial}@example.org`,
	countryCode: 'GR',
	profession: 'nurse',
	category: 'institution',
	organisationName: '',
	...overrides
});

/** Where the public form was sent from. */
const client = '192.0.2.10';

const told: RegistrationNews[] = [];
const compose: RegistrationMail = (news) => {
	told.push(news);
	const subject = `[${news.locale}] ${news.alreadyRegistered ? 'already ' : ''}${news.status} ${news.reason ?? ''}`;
	return { subject: subject.trim(), text: news.registrationId };
};

/** The code and field errors `work` is refused with. */
async function refusal(work: Promise<unknown>) {
	const { code, fields } = await thrownBy(work, DomainError);
	return { code, fields };
}

const mailTo = (email: string) =>
	db()
		.select({ subject: mailMessage.subject })
		.from(mailMessage)
		.where(eq(mailMessage.toAddress, email))
		.orderBy(asc(mailMessage.createdAt));

const admin = actor(`user-${++serial}`, { role: 'administrator', scope: { kind: 'platform' } });
const greekFocalPoint = actor(`user-${++serial}`, {
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes: ['GR'] }
});
const malteseFocalPoint = actor(`user-${++serial}`, {
	role: 'country_focal_point',
	scope: { kind: 'countries', countryCodes: ['MT'] }
});

// Decisions record who took them.
beforeAll(async () => {
	for (const organiser of [admin, greekFocalPoint, malteseFocalPoint])
		if (organiser.kind === 'user')
			await db()
				.insert(user)
				.values({ id: organiser.userId, name: organiser.name, email: `${organiser.userId}@example.org` });
});

describe('registering for an event', () => {
	it('confirms a registration when places remain, and mails it in the registrant’s language', async () => {
		const eventId = await newSchool({ capacity: 30 });
		const person = someone({ email: ' Amina.Haddad@Example.org ', organisationName: 'Hellenic Red Cross' });
		const outcome = await register(eventId, person, 'fr', compose, client);
		expect(outcome).toMatchObject({ eventId, status: 'confirmed', reason: null });

		const [row] = await db().select().from(registration).where(eq(registration.id, outcome.id));
		expect(row).toMatchObject({
			email: 'amina.haddad@example.org',
			locale: 'fr',
			countryCode: 'GR',
			organisationName: 'Hellenic Red Cross',
			status: 'confirmed'
		});
		expect(await mailTo('amina.haddad@example.org')).toEqual([{ subject: '[fr] confirmed' }]);
		expect(told.at(-1)).toMatchObject({
			registrationId: outcome.id,
			alreadyRegistered: false,
			event: { title: { en: `School ${serial - 1}` } }
		});
		expect(await getRegistrationOutcome(eventId, outcome.id)).toMatchObject({ status: 'confirmed' });
	});

	it('wait-lists when the country’s quota is full, while other countries still get in', async () => {
		const eventId = await newSchool({ capacity: 10 }, { countries: { GR: 1, MT: 2 } });
		expect((await register(eventId, someone(), 'en', compose, client)).status).toBe('confirmed');
		const second = await register(eventId, someone(), 'ar', compose, client);
		expect(second).toMatchObject({ status: 'waitlisted', reason: 'country_quota_full' });
		expect((await register(eventId, someone({ countryCode: 'MT' }), 'en', compose, client)).status).toBe(
			'confirmed'
		);
		expect((await register(eventId, someone({ countryCode: 'IT' }), 'en', compose, client)).status).toBe(
			'confirmed'
		);
		expect(told.at(-3)).toMatchObject({ locale: 'ar', status: 'waitlisted', reason: 'country_quota_full' });
	});

	it('wait-lists when the category’s quota is full', async () => {
		const eventId = await newSchool({}, { categories: { student: 1 } });
		await register(eventId, someone({ category: 'student' }), 'en', compose, client);
		expect(await register(eventId, someone({ category: 'student' }), 'en', compose, client)).toMatchObject({
			status: 'waitlisted',
			reason: 'category_quota_full'
		});
		expect((await register(eventId, someone({ category: 'academic' }), 'en', compose, client)).status).toBe(
			'confirmed'
		);
	});

	it('wait-lists when the capacity is reached, counting pending registrations as holding places', async () => {
		const eventId = await newSchool({ capacity: 2, requiresApproval: true });
		expect(await register(eventId, someone(), 'en', compose, client)).toMatchObject({
			status: 'pending',
			reason: null
		});
		expect((await register(eventId, someone({ countryCode: 'MT' }), 'en', compose, client)).status).toBe(
			'pending'
		);
		expect(await register(eventId, someone({ category: 'student' }), 'en', compose, client)).toMatchObject({
			status: 'waitlisted',
			reason: 'capacity_full'
		});
	});

	it('refuses events that are not public as if they did not exist', async () => {
		const draft = await newSchool({ isPublished: false });
		const archived = await newSchool({ archivedAt: new Date() });
		for (const eventId of [draft, archived, '00000000-0000-4000-8000-000000000000', 'not-an-id'])
			expect(await refusal(register(eventId, someone(), 'en', compose, client))).toMatchObject({
				code: 'not_found'
			});
	});

	it('refuses before registration opens, after it closes, and after the event when no closing time is set', async () => {
		const soon = await newSchool({ registrationOpensAt: new Date(Date.now() + 3_600_000) });
		const closed = await newSchool({ registrationClosesAt: new Date(Date.now() - 60_000) });
		const over = await newSchool({ startsOn: isoDay(-3), endsOn: isoDay(-2) });
		expect(await refusal(register(soon, someone(), 'en', compose, client))).toEqual({
			code: 'conflict',
			fields: { _: ['registration_not_open_yet'] }
		});
		for (const eventId of [closed, over])
			expect(await refusal(register(eventId, someone(), 'en', compose, client))).toEqual({
				code: 'conflict',
				fields: { _: ['registration_closed'] }
			});
		const count = await db()
			.select()
			.from(registration)
			.where(inArray(registration.eventId, [soon, closed, over]));
		expect(count).toEqual([]);
	});

	it('registers an email only once, whatever its case, and mails the second form the registration as it is', async () => {
		const eventId = await newSchool({ capacity: 1 });
		const first = await register(eventId, someone({ email: 'twice@example.org' }), 'en', compose, client);
		const again = await register(eventId, someone({ email: 'TWICE@example.org' }), 'fr', compose, client);
		expect(again).toEqual({ ...first, alreadyRegistered: true });
		expect(await db().select().from(registration).where(eq(registration.eventId, eventId))).toHaveLength(1);
		expect(await mailTo('twice@example.org')).toEqual([
			{ subject: '[en] confirmed' },
			{ subject: '[fr] already confirmed' }
		]);
		expect(told.at(-1)).toMatchObject({ registrationId: first.id, alreadyRegistered: true, locale: 'fr' });
		// The same person may register for another event.
		expect(
			(await register(await newSchool(), someone({ email: 'twice@example.org' }), 'en', compose, client))
				.status
		).toBe('confirmed');
	});

	it('refuses an address, and a client, that sent the form too often this hour: nothing registered, nothing mailed', async () => {
		const eventId = await newSchool();
		const flooded = 'flooded@example.org';
		for (let n = 0; n < registrationsPerAddressHour; n++)
			await register(eventId, someone({ email: flooded }), 'en', compose, `198.51.100.${n}`);
		const tooMany = { code: 'too_many_requests', fields: { _: ['too_many_registrations'] } };
		expect(
			await refusal(register(eventId, someone({ email: flooded }), 'en', compose, '198.51.100.99'))
		).toEqual(tooMany);
		expect(await mailTo(flooded)).toHaveLength(registrationsPerAddressHour);

		process.env.MHUB_REGISTRATIONS_PER_HOUR = '3';
		try {
			for (let n = 0; n < 3; n++) await register(eventId, someone(), 'en', compose, '203.0.113.5');
			const person = someone();
			expect(await refusal(register(eventId, person, 'en', compose, '203.0.113.5'))).toEqual(tooMany);
			expect(await mailTo(person.email)).toEqual([]);
			// Another client still may.
			expect((await register(eventId, person, 'en', compose, '203.0.113.6')).status).toBe('confirmed');
		} finally {
			delete process.env.MHUB_REGISTRATIONS_PER_HOUR;
		}
	});

	it('refuses bad input beside each field, and a country that does not exist', async () => {
		const eventId = await newSchool();
		expect(
			await refusal(
				register(
					eventId,
					{ fullName: ' ', email: 'nobody', countryCode: 'Greece', profession: 'wizard', category: '' },
					'en',
					compose,
					client
				)
			)
		).toEqual({
			code: 'invalid',
			fields: {
				fullName: ['required'],
				email: ['invalid_email'],
				countryCode: ['invalid_country'],
				profession: ['invalid_choice'],
				category: ['invalid_choice']
			}
		});
		expect(await refusal(register(eventId, someone({ countryCode: 'XX' }), 'en', compose, client))).toEqual({
			code: 'invalid',
			fields: { countryCode: ['unknown_country'] }
		});
	});

	it('takes seven SQL statements, within the budget of ten, the limits, the transaction and the mail included', async () => {
		const eventId = await newSchool(
			{ capacity: 40 },
			{ countries: { GR: 10 }, categories: { institution: 5 } }
		);
		await register(eventId, someone(), 'en', compose, client); // a warm pool: connecting is not a statement
		const { statements } = await countStatements(() => register(eventId, someone(), 'en', compose, client));
		// count against the limits, begin, lock the event, count places, insert the registration, record
		// its mail (through the mail module), commit
		expect(statements).toBe(7);
	});

	it('gives the last place to exactly one of two people registering at the same moment', async () => {
		const eventId = await newSchool({ capacity: 1 });
		const outcomes = await Promise.all([
			register(eventId, someone(), 'en', compose, client),
			register(eventId, someone(), 'en', compose, client)
		]);
		expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['confirmed', 'waitlisted']);
	});

	it('never exceeds the capacity or a quota when many register at once, each registered and told once', async () => {
		const eventId = await newSchool({ capacity: 3 }, { countries: { MT: 1 } });
		const greeks = Array.from({ length: 4 }, () => someone());
		const maltese = Array.from({ length: 3 }, () => someone({ countryCode: 'MT' }));
		const twice = someone();
		const settled = await Promise.allSettled(
			[...greeks, ...maltese, twice, { ...twice, fullName: 'Same Email' }].map((person) =>
				register(eventId, person, 'en', compose, client)
			)
		);
		expect(settled.filter((result) => result.status === 'rejected')).toEqual([]);
		const again = settled.filter((result) => result.status === 'fulfilled' && result.value.alreadyRegistered);
		expect(again).toHaveLength(1);

		const rows = await db()
			.select({
				email: registration.email,
				countryCode: registration.countryCode,
				status: registration.status
			})
			.from(registration)
			.where(eq(registration.eventId, eventId));
		expect(rows).toHaveLength(8);
		const confirmed = rows.filter((row) => row.status === 'confirmed');
		expect(confirmed).toHaveLength(3);
		expect(confirmed.filter((row) => row.countryCode === 'MT').length).toBeLessThanOrEqual(1);
		expect(rows.filter((row) => row.status === 'waitlisted')).toHaveLength(5);
		for (const row of rows) expect(await mailTo(row.email)).toHaveLength(row.email === twice.email ? 2 : 1);
	});

	it('hands the mail to SMTP when it is configured, recording it once in the same transaction', async () => {
		const eventId = await newSchool();
		const person = someone();
		// Nothing listens on the discard port of this machine: the send fails and is recorded so.
		process.env.SMTP_URL = 'smtp://127.0.0.1:9';
		try {
			const { result, statements } = await countStatements(() =>
				register(eventId, person, 'en', compose, client)
			);
			expect(result.status).toBe('confirmed');
			// count against the limits, begin, lock the event, insert the registration, record the mail,
			// record the failed send, commit
			expect(statements).toBe(7);
		} finally {
			delete process.env.SMTP_URL;
		}
		const mails = await db()
			.select({ status: mailMessage.status, subject: mailMessage.subject })
			.from(mailMessage)
			.where(eq(mailMessage.toAddress, person.email));
		expect(mails).toEqual([{ status: 'failed', subject: '[en] confirmed' }]);
	});

	it('keeps nothing of a registration whose mail cannot be written: the mail is in its transaction', async () => {
		const eventId = await newSchool();
		const person = someone();
		const failing: RegistrationMail = () => {
			throw new Error('the mail could not be written');
		};
		await expect(register(eventId, person, 'en', failing, client)).rejects.toThrow(
			'the mail could not be written'
		);
		expect(await db().select().from(registration).where(eq(registration.eventId, eventId))).toEqual([]);
		// The event's lock was released with the rollback: the next registration goes through.
		expect((await register(eventId, person, 'en', compose, client)).status).toBe('confirmed');
	});
});

describe('deciding on registrations', () => {
	const statusOf = async (id: string) =>
		(
			await db()
				.select({ status: registration.status, reason: registration.reason })
				.from(registration)
				.where(eq(registration.id, id))
		)[0];

	it('approves a pending registration, and keeps it wait-listed when no place remains', async () => {
		const eventId = await newSchool({ capacity: 1, requiresApproval: true });
		const first = await register(
			eventId,
			someone({ email: 'first.pending@example.org' }),
			'en',
			compose,
			client
		);
		const second = await register(eventId, someone(), 'en', compose, client);
		expect(second.status).toBe('waitlisted');

		expect(await decideRegistration(greekFocalPoint, first.id, 'approve', null, compose)).toMatchObject({
			status: 'confirmed',
			reason: null
		});
		expect(await mailTo('first.pending@example.org')).toEqual([
			{ subject: '[en] pending' },
			{ subject: '[en] confirmed' }
		]);
		expect(await decideRegistration(admin, second.id, 'approve', null, compose)).toMatchObject({
			status: 'waitlisted',
			reason: 'capacity_full'
		});
	});

	it('declines with a reason, and gives the place to the first wait-listed person whose quota allows it', async () => {
		const eventId = await newSchool({ capacity: 3 }, { countries: { GR: 2 } });
		const greek = await register(eventId, someone(), 'en', compose, client);
		await register(eventId, someone(), 'en', compose, client);
		await register(eventId, someone({ countryCode: 'MT' }), 'en', compose, client);
		const greekWaiting = await register(eventId, someone(), 'en', compose, client);
		const malteseWaiting = await register(
			eventId,
			someone({ countryCode: 'MT', email: 'mt.waiting@example.org' }),
			'fr',
			compose,
			client
		);
		expect([greekWaiting.reason, malteseWaiting.reason]).toEqual(['country_quota_full', 'capacity_full']);

		const maltese = (await db().select().from(registration).where(eq(registration.eventId, eventId))).find(
			(row) => row.countryCode === 'MT' && row.status === 'confirmed'
		)!;
		expect(await decideRegistration(admin, maltese.id, 'decline', 'not_eligible', compose)).toMatchObject({
			status: 'declined',
			reason: 'not_eligible'
		});
		// The Greek quota is still full: the Maltese registrant, who came later, gets the place.
		expect(await statusOf(greekWaiting.id)).toEqual({ status: 'waitlisted', reason: 'country_quota_full' });
		expect(await statusOf(malteseWaiting.id)).toEqual({ status: 'confirmed', reason: null });
		expect(await mailTo('mt.waiting@example.org')).toEqual([
			{ subject: '[fr] waitlisted capacity_full' },
			{ subject: '[fr] confirmed' }
		]);

		// A Greek place given up goes to the Greek registrant waiting.
		await decideRegistration(greekFocalPoint, greek.id, 'cancel', undefined, compose);
		expect(await statusOf(greek.id)).toEqual({ status: 'cancelled', reason: null });
		expect(await statusOf(greekWaiting.id)).toEqual({ status: 'confirmed', reason: null });
	});

	it('lets the wait-list in as pending where the organiser approves each registration', async () => {
		const eventId = await newSchool({ capacity: 1, requiresApproval: true });
		const first = await register(eventId, someone(), 'en', compose, client);
		const waiting = await register(eventId, someone(), 'en', compose, client);
		await decideRegistration(admin, first.id, 'decline', null, compose);
		expect(await statusOf(first.id)).toEqual({ status: 'declined', reason: 'other' });
		expect(await statusOf(waiting.id)).toEqual({ status: 'pending', reason: null });
	});

	it('is for the event’s organisers only, and refuses decisions that make no sense', async () => {
		const eventId = await newSchool();
		const { id } = await register(eventId, someone(), 'en', compose, client);
		expect(await refusal(decideRegistration(malteseFocalPoint, id, 'cancel', null, compose))).toMatchObject({
			code: 'forbidden'
		});
		expect(await refusal(decideRegistration(publicActor, id, 'cancel', null, compose))).toMatchObject({
			code: 'unauthenticated'
		});
		expect(await refusal(decideRegistration(admin, id, 'approve', null, compose))).toEqual({
			code: 'conflict',
			fields: { _: ['decision_not_possible'] }
		});
		expect(await refusal(decideRegistration(admin, id, 'promote', null, compose))).toEqual({
			code: 'invalid',
			fields: { decision: ['invalid_choice'] }
		});
		expect(await refusal(decideRegistration(admin, id, 'decline', 'too_late', compose))).toEqual({
			code: 'invalid',
			fields: { reason: ['invalid_choice'] }
		});
		expect(
			await refusal(
				decideRegistration(admin, '00000000-0000-4000-8000-000000000000', 'cancel', null, compose)
			)
		).toMatchObject({ code: 'not_found' });
		expect(await statusOf(id)).toEqual({ status: 'confirmed', reason: null });
	});
});
