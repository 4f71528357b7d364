// What the event form offers to choose from: programmes, published package versions, Trainings of
// Trainers and their certified participants, and the people who may facilitate.
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { roleGrant, user } from '../db/schema/auth.js';
import { certificate, event, registration } from '../db/schema/events.js';
import { programme } from '../db/schema/programmes.js';
import { listPublishedVersions } from '../curriculum/versions.js';
import { byLocalizedName } from '../directory/listing.js';
import { authorize } from '../auth/authorize.js';
import { programmesForEvents, totEventsForCascade } from './policies.js';

export type EventFormChoices = {
	programmes: { id: string; name: Localized; acronym: string | null }[];
	packageVersions: { id: string; number: number; packageTitle: Localized }[];
	totEvents: { id: string; title: Localized; startsOn: string }[];
	facilitators: { userId: string; name: string; email: string }[];
};

/** The choices of the event form; `eventId` is the event being changed (it cannot cascade from itself). */
export async function listEventFormChoices(
	actor: Actor,
	reader: ContentLocale,
	eventId?: string
): Promise<EventFormChoices> {
	authorize(actor, 'create', 'event');
	const [programmes, packageVersions, totEvents, facilitators] = await Promise.all([
		db()
			.select({ id: programme.id, name: programme.name, acronym: programme.acronym })
			.from(programme)
			.where(and(isNull(programme.archivedAt), programmesForEvents(actor)))
			.orderBy(byLocalizedName(programme.name, reader), asc(programme.id)),
		// Published versions named as they were published, in the packages the actor may use.
		listPublishedVersions(actor, { locale: reader }).then((versions) =>
			versions.map(({ id, number, title }) => ({ id, number, packageTitle: title }))
		),
		db()
			.select({ id: event.id, title: event.title, startsOn: event.startsOn })
			.from(event)
			.where(
				and(
					eq(event.kind, 'training_of_trainers'),
					isNull(event.archivedAt),
					totEventsForCascade(actor),
					eventId ? ne(event.id, eventId) : undefined
				)
			)
			.orderBy(desc(event.startsOn), asc(event.id)),
		db()
			.selectDistinct({ userId: user.id, name: user.name, email: user.email })
			.from(user)
			.innerJoin(roleGrant, eq(roleGrant.userId, user.id))
			.where(eq(roleGrant.role, 'trainer'))
			.orderBy(asc(user.name), asc(user.email), asc(user.id))
	]);
	return { programmes, packageVersions, totEvents, facilitators };
}

export type TrainerChoice = { certificateId: string; fullName: string; countryCode: string };

/** The participants certified at a Training of Trainers (certificates not revoked): who may train in the cascade. */
export async function listCertifiedTrainers(actor: Actor, totEventId: string): Promise<TrainerChoice[]> {
	authorize(actor, 'create', 'event');
	return db()
		.select({
			certificateId: certificate.id,
			fullName: registration.fullName,
			countryCode: registration.countryCode
		})
		.from(certificate)
		.innerJoin(registration, eq(registration.id, certificate.registrationId))
		.innerJoin(event, eq(event.id, registration.eventId))
		.where(
			and(eq(registration.eventId, totEventId), isNull(certificate.revokedAt), totEventsForCascade(actor))
		)
		.orderBy(asc(registration.countryCode), asc(registration.fullName), asc(certificate.id));
}
