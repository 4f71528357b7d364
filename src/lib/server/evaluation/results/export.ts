// The per-participant results of an event's tests as a CSV (the codebook after the data, past an
// empty row) or an XLSX workbook (a Results sheet and a Codebook sheet), for whoever runs the event.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { localizedText, type ContentLocale } from '../../../i18n/localized.js';
import type { Actor } from '../../auth/actor.js';
import { authorize } from '../../auth/authorize.js';
import { db } from '../../db/client.js';
import { evaluationSubmission } from '../../db/schema/evaluation.js';
import { event, registration } from '../../db/schema/events.js';
import { DomainError } from '../../errors.js';
import { getEventPlace } from '../../events/place.js';
import { csvText, downloadName, isTableFormat, sheetsXlsx, tableMediaTypes } from '../../files/table-file.js';
import { attemptsByPerson } from './attempts.js';
import { readEvaluation } from './internal/read.js';
import { participantTable, type CodebookWords } from './participant-table.js';

export type ResultsFile = { name: string; mediaType: string; content: Buffer };

export async function exportEventResults(
	actor: Actor,
	eventId: string,
	format: string,
	words: CodebookWords & { fileName: string },
	reader: ContentLocale
): Promise<ResultsFile> {
	authorize(actor, 'manage', await getEventPlace(db(), eventId));
	if (!isTableFormat(format)) throw new DomainError('not_found', 'no such export format');
	const [rows, [{ title }], people] = await Promise.all([
		readEvaluation(eventId),
		db().select({ title: event.title }).from(event).where(eq(event.id, eventId)),
		// Confirmed participants, and anyone else with a named answer
		db()
			.select({
				registrationId: registration.id,
				countryCode: registration.countryCode,
				profession: sql<string>`${registration.profession}::text`
			})
			.from(registration)
			.where(
				and(
					eq(registration.eventId, eventId),
					or(
						eq(registration.status, 'confirmed'),
						inArray(
							registration.id,
							db()
								.select({ id: evaluationSubmission.registrationId })
								.from(evaluationSubmission)
								.where(eq(evaluationSubmission.eventId, eventId))
						)
					)
				)
			)
			.orderBy(asc(registration.createdAt), asc(registration.id))
	]);
	const peopleOf = (id: string) => attemptsByPerson(rows.attempts.get(id) ?? []);
	const find = (kind: string) => rows.phases.find((phase) => phase.phase === kind);
	const [pre, post] = [find('pre'), find('post')];
	const table = participantTable(
		people,
		{
			pre: pre ? peopleOf(pre.id) : null,
			post: post ? peopleOf(post.id) : null,
			followUps: rows.phases
				.filter((phase) => phase.phase === 'follow_up')
				.map((phase) => ({ offsetDays: phase.offsetDays, people: peopleOf(phase.id) })),
			versionNumbers: new Map([...rows.versions.values()].map((version) => [version.id, version.number]))
		},
		words
	);
	const content =
		format === 'csv'
			? Buffer.from(csvText([...table.rows, [], ...table.codebook]), 'utf8')
			: await sheetsXlsx([
					{ name: 'Results', table: table.rows },
					{ name: 'Codebook', table: table.codebook }
				]);
	return {
		name: downloadName(`${localizedText(title, reader)} ${words.fileName}`.trim(), 'results', format),
		mediaType: tableMediaTypes[format],
		content
	};
}
