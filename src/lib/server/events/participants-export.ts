// The event's participants as a CSV or XLSX file, in the columns the import reads: an exported file
// imports again as it is.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { localizedText, type ContentLocale } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { event, registration } from '../db/schema/events.js';
import { DomainError } from '../errors.js';
import { downloadName, isTableFormat, tableMediaTypes, type TableFormat } from '../files/table-file.js';
import { participantsCsv, participantsXlsx } from './participant-file.js';
import { standingStatuses } from './participant-import.js';
import type { ParticipantRow } from './participant-rows.js';
import { getEventPlace } from './place.js';
import { authorize } from '../auth/authorize.js';

export type ExportFile = { name: string; mediaType: string; content: Buffer };

/** The file's name: the event's title without characters file systems refuse. */
export const exportFileName = (title: string, format: TableFormat): string =>
	downloadName(title, 'participants', format);

/** Writes the rows as a file of the given format. */
export async function participantsFile(
	rows: readonly ParticipantRow[],
	format: TableFormat,
	title: string
): Promise<ExportFile> {
	const content =
		format === 'csv' ? Buffer.from(participantsCsv(rows), 'utf8') : await participantsXlsx(rows);
	return { name: exportFileName(title, format), mediaType: tableMediaTypes[format], content };
}

/** The event's standing registrations, by name; `format` comes from the URL (csv or xlsx). */
export async function exportParticipants(
	actor: Actor,
	eventId: string,
	format: string,
	reader: ContentLocale
): Promise<ExportFile> {
	authorize(actor, 'manage', await getEventPlace(db(), eventId));
	if (!isTableFormat(format)) throw new DomainError('not_found', 'no such export format');
	const [[{ title }], rows] = await Promise.all([
		db().select({ title: event.title }).from(event).where(eq(event.id, eventId)),
		db()
			.select({
				fullName: registration.fullName,
				email: registration.email,
				countryCode: registration.countryCode,
				profession: registration.profession,
				category: registration.category,
				organisationName: registration.organisationName,
				locale: sql<ParticipantRow['locale']>`${registration.locale}`
			})
			.from(registration)
			.where(and(eq(registration.eventId, eventId), inArray(registration.status, standingStatuses)))
			.orderBy(asc(registration.fullName), asc(registration.email))
	]);
	return participantsFile(rows, format, localizedText(title, reader));
}
