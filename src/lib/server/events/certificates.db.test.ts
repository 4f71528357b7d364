import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import {
	agendaItem,
	attendance,
	certificate,
	event,
	eventFacilitator,
	registration
} from '../db/schema/events.js';
import { useTestDatabase } from '../testing/database.js';
import { newAccount } from '../testing/fixtures.js';
import {
	findCertificate,
	getPrintableCertificate,
	issueCertificates,
	listCompletion,
	revokeCertificate
} from './certificates.js';

useTestDatabase();

let serial = 0;

type Participant = { name: string; attended: number; status?: 'confirmed' | 'waitlisted'; locale?: string };

/** An event in Greece with five sessions and a break, and participants who attended the first N sessions. */
async function eventWith(participants: Participant[], values: Partial<typeof event.$inferInsert> = {}) {
	const [{ id }] = await db()
		.insert(event)
		.values({
			kind: 'pilot_training',
			title: { en: 'Pilot training, Athens', fr: 'Formation pilote, Athènes' },
			startsOn: '2018-04-23',
			endsOn: '2018-04-25',
			venue: 'National School of Public Health',
			city: 'Athens',
			countryCode: 'GR',
			language: 'el',
			...values
		})
		.returning({ id: event.id });
	const hours = [7, 9, 11, 13, 15, 17];
	const items = await db()
		.insert(agendaItem)
		.values(
			hours.map((hour, index) => ({
				eventId: id,
				startsAt: new Date(Date.UTC(2018, 3, 23, hour)),
				endsAt: new Date(Date.UTC(2018, 3, 23, hour + 1)),
				title: { en: `Item ${index}` },
				isSession: index !== 2
			}))
		)
		.returning({ id: agendaItem.id, isSession: agendaItem.isSession });
	const sessions = items.filter((item) => item.isSession).map((item) => item.id);
	const registrations: Record<string, string> = {};
	for (const participant of participants) {
		const [row] = await db()
			.insert(registration)
			.values({
				eventId: id,
				fullName: participant.name,
				email: `${participant.name.replace(/\s/g, '.')}.${++serial}@example.org`,
				countryCode: 'GR',
				profession: 'nurse',
				category: 'institution',
				status: participant.status ?? 'confirmed',
				locale: participant.locale ?? 'en'
			})
			.returning({ id: registration.id });
		registrations[participant.name] = row.id;
		if (participant.attended > 0)
			await db()
				.insert(attendance)
				.values(
					sessions
						.slice(0, participant.attended)
						.map((agendaItemId) => ({ agendaItemId, registrationId: row.id }))
				);
	}
	return { id, registrations };
}

let admin: Actor;
let focalGreece: Actor;
let focalMalta: Actor;
let facilitator: Actor & { kind: 'user' };

beforeAll(async () => {
	admin = await newAccount({ role: 'administrator', scope: { kind: 'platform' } });
	focalGreece = await newAccount({
		role: 'country_focal_point',
		scope: { kind: 'countries', countryCodes: ['GR'] }
	});
	focalMalta = await newAccount({
		role: 'country_focal_point',
		scope: { kind: 'countries', countryCodes: ['MT'] }
	});
	facilitator = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
});

const codeShape = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('completion and certificates', () => {
	it('applies the completion rule to each confirmed participant', async () => {
		const pilot = await eventWith([
			{ name: 'Maria Nikolaou', attended: 5 },
			{ name: 'Eleni Papadaki', attended: 4 },
			{ name: 'Giorgos Vlachos', attended: 3 },
			{ name: 'Waiting Person', attended: 0, status: 'waitlisted' }
		]);
		const sheet = await listCompletion(focalGreece, pilot.id);
		expect(sheet.sessions).toBe(5);
		expect(sheet.rule).toEqual({ attendancePercent: 80, requiresPostTest: false });
		expect(sheet.rows.map((row) => [row.fullName, row.attended, row.completion, row.certificate])).toEqual([
			['Eleni Papadaki', 4, { complete: true }, null],
			['Giorgos Vlachos', 3, { complete: false, reason: 'attendance_too_low' }, null],
			['Maria Nikolaou', 5, { complete: true }, null]
		]);
	});

	it('issues certificates only to those who complete, once each, in one go', async () => {
		const pilot = await eventWith([
			{ name: 'Maria Nikolaou', attended: 5 },
			{ name: 'Eleni Papadaki', attended: 4 },
			{ name: 'Giorgos Vlachos', attended: 3 }
		]);
		expect(await issueCertificates(focalGreece, pilot.id)).toBe(2);
		expect(await issueCertificates(focalGreece, pilot.id)).toBe(0);
		const rows = (await listCompletion(focalGreece, pilot.id)).rows;
		const issued = Object.fromEntries(rows.map((row) => [row.fullName, row.certificate]));
		expect(issued['Giorgos Vlachos']).toBeNull();
		for (const name of ['Maria Nikolaou', 'Eleni Papadaki']) {
			expect(issued[name]).toMatchObject({ code: expect.stringMatching(codeShape), revokedAt: null });
		}
		expect(issued['Maria Nikolaou']!.code).not.toBe(issued['Eleni Papadaki']!.code);
		const [stored] = await db()
			.select({ issuedBy: certificate.issuedBy })
			.from(certificate)
			.where(eq(certificate.registrationId, pilot.registrations['Maria Nikolaou']));
		expect(stored.issuedBy).toBe(focalGreece.kind === 'user' && focalGreece.userId);
	});

	it('issues nothing where the event requires a post-test: there are no results yet', async () => {
		const pilot = await eventWith([{ name: 'Maria Nikolaou', attended: 5 }], { requiresPostTest: true });
		const [row] = (await listCompletion(admin, pilot.id)).rows;
		expect(row.completion).toEqual({ complete: false, reason: 'post_test_missing' });
		expect(await issueCertificates(admin, pilot.id)).toBe(0);
	});

	it('revokes a certificate once, keeping the first date; not one of another event', async () => {
		const pilot = await eventWith([{ name: 'Maria Nikolaou', attended: 5 }]);
		const other = await eventWith([{ name: 'Nikos Georgiou', attended: 5 }]);
		await issueCertificates(admin, pilot.id);
		await issueCertificates(admin, other.id);
		const [{ certificate: issued }] = (await listCompletion(admin, pilot.id)).rows;
		const [{ certificate: othersCertificate }] = (await listCompletion(admin, other.id)).rows;

		await revokeCertificate(focalGreece, pilot.id, issued!.id);
		const [{ certificate: revoked }] = (await listCompletion(admin, pilot.id)).rows;
		expect(revoked!.revokedAt).toBeInstanceOf(Date);
		await revokeCertificate(focalGreece, pilot.id, issued!.id);
		const [{ certificate: again }] = (await listCompletion(admin, pilot.id)).rows;
		expect(again!.revokedAt).toEqual(revoked!.revokedAt);
		// A revoked certificate is not issued again.
		expect(await issueCertificates(admin, pilot.id)).toBe(0);

		await expect(revokeCertificate(focalGreece, pilot.id, othersCertificate!.id)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(revokeCertificate(focalGreece, pilot.id, 'nonsense')).rejects.toMatchObject({
			code: 'not_found'
		});
		const [{ certificate: untouched }] = (await listCompletion(admin, other.id)).rows;
		expect(untouched!.revokedAt).toBeNull();
	});

	it('is run by those who run the event: not by its facilitator, nor another country’s focal point', async () => {
		const pilot = await eventWith([{ name: 'Maria Nikolaou', attended: 5 }]);
		await db().insert(eventFacilitator).values({ eventId: pilot.id, userId: facilitator.userId });
		for (const outsider of [facilitator, focalMalta]) {
			await expect(listCompletion(outsider, pilot.id)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(issueCertificates(outsider, pilot.id)).rejects.toMatchObject({ code: 'forbidden' });
		}
		await expect(issueCertificates({ kind: 'public' }, pilot.id)).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		expect(await issueCertificates(admin, pilot.id)).toBe(1);
		const [{ certificate: issued }] = (await listCompletion(admin, pilot.id)).rows;
		await expect(revokeCertificate(focalMalta, pilot.id, issued!.id)).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});

describe('verification', () => {
	it('finds a certificate by its code however it is typed, in the participant’s language', async () => {
		const pilot = await eventWith([{ name: 'Amira Ben Salah', attended: 5, locale: 'ar' }]);
		await issueCertificates(admin, pilot.id);
		const [{ certificate: issued }] = (await listCompletion(admin, pilot.id)).rows;
		const code = issued!.code;
		for (const typed of [code, code.toLowerCase(), code.replace(/-/g, ''), ` ${code.replace(/-/g, ' ')} `]) {
			expect(await findCertificate(typed)).toEqual({
				code,
				fullName: 'Amira Ben Salah',
				locale: 'ar',
				issuedAt: issued!.issuedAt,
				revokedAt: null,
				event: {
					title: { en: 'Pilot training, Athens', fr: 'Formation pilote, Athènes' },
					// The event's declared languages: the verification page and the PDF offer each.
					languages: ['en', 'fr', 'ar'],
					startsOn: '2018-04-23',
					endsOn: '2018-04-25',
					isOnline: false,
					venue: 'National School of Public Health',
					city: 'Athens',
					countryName: expect.objectContaining({ en: 'Greece' })
				}
			});
		}
	});

	it('reads a misread O as zero and I or L as one', async () => {
		const pilot = await eventWith([{ name: 'Karl Farrugia', attended: 5 }]);
		const [{ registrationId }] = (await listCompletion(admin, pilot.id)).rows;
		await db().insert(certificate).values({ registrationId, code: '0011-ABCD-EFGH' });
		expect(await findCertificate('ooIl-abcd-efgh')).toMatchObject({ fullName: 'Karl Farrugia' });
	});

	it('says when a certificate was revoked, and finds nothing for an unknown or malformed code', async () => {
		const pilot = await eventWith([{ name: 'Ole Hansen', attended: 5, locale: 'no' }]);
		await issueCertificates(admin, pilot.id);
		const [{ certificate: issued }] = (await listCompletion(admin, pilot.id)).rows;
		await revokeCertificate(admin, pilot.id, issued!.id);
		expect(await findCertificate(issued!.code)).toMatchObject({
			locale: 'en',
			revokedAt: expect.any(Date)
		});
		expect(await findCertificate('ZZZZ-ZZZZ-ZZZZ')).toBeUndefined();
		expect(await findCertificate('not a code')).toBeUndefined();
		expect(await findCertificate('')).toBeUndefined();
	});

	it('prints only a certificate that exists and stands', async () => {
		const pilot = await eventWith([{ name: 'Ines Costa', attended: 5, locale: 'pt' }]);
		await issueCertificates(admin, pilot.id);
		const [{ certificate: issued }] = (await listCompletion(admin, pilot.id)).rows;
		expect(await getPrintableCertificate(issued!.code)).toMatchObject({ fullName: 'Ines Costa' });
		await expect(getPrintableCertificate('ZZZZ-ZZZZ-ZZZZ')).rejects.toMatchObject({ code: 'not_found' });
		await revokeCertificate(admin, pilot.id, issued!.id);
		await expect(getPrintableCertificate(issued!.code)).rejects.toMatchObject({ code: 'gone' });
	});
});
