// Importing participants into an event from a CSV or XLSX file: the file is stored and previewed at
// once (what will be imported, every refused row and why), then a background job imports it in one
// transaction, in batches, reporting its progress as it goes. A file refused as a whole imports
// nothing; a row whose email is already registered is skipped and reported.
import { and, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Localized } from '../../i18n/localized.js';
import type { Actor } from '../auth/actor.js';
import { allOn, db, type DbOrTx, type Tx } from '../db/client.js';
import { country } from '../db/schema/directory.js';
import { event, registration } from '../db/schema/events.js';
import { storedFile } from '../db/schema/files.js';
import { participantImport, type ImportRefusal } from '../db/schema/participant-imports.js';
import { DomainError, isDomainError } from '../errors.js';
import { findStoredFile, storeFile } from '../files/files.js';
import { enqueue } from '../jobs/queue.js';
import { logger } from '../logger.js';
import { assertRecordId } from '../validate.js';
import { formatOf, readTable } from './participant-file.js';
import { countryLookup, readParticipantRows, type ParticipantRow } from './participant-rows.js';
import { getEventPlace } from './place.js';
import { authorize } from '../auth/authorize.js';

/** Registrations that still stand: declined and cancelled ones are not the event's participants. */
export const standingStatuses = ['confirmed', 'pending', 'waitlisted'] as const;

/** The queue the import jobs go to (see jobs/handlers.ts). */
export const participantImportJob = 'participant-import';

/** The scheduled job that deletes previews nobody confirmed (see jobs/handlers.ts). */
export const previewCleanupJob = 'participant-preview-cleanup';
/** How long a preview waits for its confirmation before it and its file are deleted. */
export const previewLifetimeHours = 24;
/** Larger uploads are refused: 200,000 rows of participants fit well within it. */
export const maxImportBytes = 32 * 1024 * 1024;

/** How many rows the preview shows as they will be imported. */
export const previewSampleSize = 10;

/** Rows inserted per statement: large enough for speed, small enough for frequent progress. */
const batchSize = 5_000;

const mediaTypes = {
	csv: 'text/csv',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

export type ImportPreview = {
	importId: string;
	fileName: string;
	/** Rows with content in the file (the header excluded). */
	totalRows: number;
	/** Rows that will be imported. */
	goodRows: number;
	/** The first good rows, as they will be imported. */
	sample: ParticipantRow[];
	/** Every refused row's problems (several per row when several fields are wrong), by line. */
	refusals: ImportRefusal[];
};

export type ParticipantImportRow = typeof participantImport.$inferSelect;

/** A refusal that is no fault of the row: its email is already registered for the event. */
const isDuplicate = (refusal: ImportRefusal): boolean => refusal.problem === 'already_registered';

/**
 * The refused rows of a preview or report, told apart: rows skipped only because their email is
 * already registered, and rows refused for a fault of their own.
 */
export function tallyRefusals(refusals: readonly ImportRefusal[]): {
	refusedRows: number;
	duplicateRows: number;
} {
	const faulty = new Set(refusals.filter((refusal) => !isDuplicate(refusal)).map((refusal) => refusal.line));
	const refused = refusedRowCount(refusals);
	return { refusedRows: faulty.size, duplicateRows: refused - faulty.size };
}

/** How many rows the refusals concern (a row may be refused for several fields). */
export const refusedRowCount = (refusals: readonly ImportRefusal[]): number =>
	new Set(refusals.map((refusal) => refusal.line)).size;

/** The file's rows read against the countries and the emails the event already has. */
async function readImportFile(tx: DbOrTx, eventId: string, file: { name: string; content: Uint8Array }) {
	const [table, countries, registered] = await allOn(tx, [
		readTable(file.content, file.name),
		tx.select({ code: country.code, name: country.name }).from(country),
		tx
			.select({ email: sql<string>`lower(${registration.email})` })
			.from(registration)
			.where(eq(registration.eventId, eventId))
	]);
	const result = readParticipantRows(
		table,
		countryLookup(countries),
		new Set(registered.map((row) => row.email))
	);
	return { ...result, totalRows: result.rows.length + refusedRowCount(result.refusals) };
}

function assertAcceptableFile(file: { name: string; content: Uint8Array }): void {
	if (file.content.length === 0 && file.name === '')
		throw new DomainError('invalid', 'no file', { fields: { file: ['required'] } });
	if (file.content.length > maxImportBytes)
		throw new DomainError('invalid', 'file too large', {
			fields: { file: ['import_too_large'] },
			details: { maxBytes: maxImportBytes }
		});
}

/**
 * Stores an uploaded participants file and reads it for the preview. `upload` reads the file and is
 * called only once the actor may manage the event: nobody else makes the server read an upload. A
 * file refused as a whole (wrong type, too large, damaged, empty, columns missing, too many rows
 * or cells) throws and stores nothing.
 */
export async function previewParticipantImport(
	actor: Actor,
	eventId: string,
	upload: () => Promise<{ name: string; content: Uint8Array }>
): Promise<ImportPreview> {
	authorize(actor, 'manage', await getEventPlace(db(), eventId));
	const file = await upload();
	assertAcceptableFile(file);
	const { rows, refusals, totalRows } = await readImportFile(db(), eventId, file);
	const createdBy = actor.kind === 'user' ? actor.userId : null;
	const importId = await db().transaction(async (tx) => {
		const stored = await storeFile(tx, {
			name: file.name,
			mediaType: mediaTypes[formatOf(file.content, file.name)],
			content: Buffer.from(file.content),
			createdBy
		});
		const [row] = await tx
			.insert(participantImport)
			.values({ eventId, fileId: stored.id, fileName: file.name, totalRows, refusals, createdBy })
			.returning({ id: participantImport.id });
		return row.id;
	});
	return {
		importId,
		fileName: file.name,
		totalRows,
		goodRows: rows.length,
		sample: rows.slice(0, previewSampleSize).map(({ row }) => row),
		refusals
	};
}

/** An import of the event, with its progress, or its report once done. */
export async function getParticipantImport(
	actor: Actor,
	eventId: string,
	importId: string
): Promise<ParticipantImportRow> {
	authorize(actor, 'manage', await getEventPlace(db(), eventId));
	assertRecordId(importId, 'import');
	const [row] = await db()
		.select()
		.from(participantImport)
		.where(and(eq(participantImport.id, importId), eq(participantImport.eventId, eventId)));
	if (!row) throw new DomainError('not_found', 'no such import');
	return row;
}

export type ImportSummary = Omit<ParticipantImportRow, 'refusals'>;

export type ParticipantsOverview = {
	title: Localized;
	/** Registrations that stand: confirmed, pending or wait-listed. */
	standing: number;
	/** The latest imports, latest first. */
	imports: ImportSummary[];
};

/** What the event's participants page shows: the event, how many registrations stand, the imports. */
export async function getParticipantsOverview(
	actor: Actor,
	eventId: string,
	importsShown = 10
): Promise<ParticipantsOverview> {
	authorize(actor, 'manage', await getEventPlace(db(), eventId));
	const { refusals: _refusals, ...columns } = getTableColumns(participantImport);
	const [[{ title }], [{ standing }], imports] = await Promise.all([
		db().select({ title: event.title }).from(event).where(eq(event.id, eventId)),
		db()
			.select({ standing: count() })
			.from(registration)
			.where(and(eq(registration.eventId, eventId), inArray(registration.status, standingStatuses))),
		db()
			.select(columns)
			.from(participantImport)
			.where(eq(participantImport.eventId, eventId))
			.orderBy(desc(participantImport.createdAt))
			.limit(importsShown)
	]);
	return { title, standing, imports };
}

/**
 * Queues a previewed import. Starting one that is already queued, running or finished changes
 * nothing (a second click, a resent form).
 */
export async function startParticipantImport(actor: Actor, eventId: string, importId: string): Promise<void> {
	await getParticipantImport(actor, eventId, importId);
	const [claimed] = await db()
		.update(participantImport)
		.set({ status: 'queued' })
		.where(and(eq(participantImport.id, importId), eq(participantImport.status, 'previewed')))
		.returning({ id: participantImport.id });
	if (!claimed) return;
	try {
		await enqueue(participantImportJob, { importId });
	} catch (error) {
		await db()
			.update(participantImport)
			.set({ status: 'previewed' })
			.where(eq(participantImport.id, importId));
		throw error;
	}
}

/** Inserts one batch of rows; returns the emails that were new to the event. */
async function insertBatch(
	tx: Tx,
	job: ParticipantImportRow,
	batch: readonly ParticipantRow[]
): Promise<Set<string>> {
	const column = <K extends keyof ParticipantRow>(key: K) => sql.param(batch.map((row) => row[key]));
	const inserted = await tx.execute<{ email: string }>(sql`
		insert into ${registration} (event_id, full_name, email, country_code, profession, category,
			organisation_name, locale, status, decided_by, decided_at)
		select ${job.eventId}::uuid, t.full_name, t.email, t.country_code, t.profession, t.category,
			t.organisation_name, t.locale, 'confirmed', ${job.createdBy}, now()
		from unnest(${column('fullName')}::text[], ${column('email')}::text[], ${column('countryCode')}::text[],
			${column('profession')}::profession[], ${column('category')}::participant_category[],
			${column('organisationName')}::text[], ${column('locale')}::text[])
			as t(full_name, email, country_code, profession, category, organisation_name, locale)
		on conflict (event_id, lower(email)) do nothing
		returning email`);
	return new Set(inserted.rows.map((row) => row.email));
}

const setImport = (tx: DbOrTx, importId: string, values: Partial<typeof participantImport.$inferInsert>) =>
	tx.update(participantImport).set(values).where(eq(participantImport.id, importId));

/**
 * The background job: imports a queued file in one transaction (all rows or none), in batches,
 * publishing its progress after each batch. The file is read again, so rows registered since the
 * preview are skipped as duplicates. A failure marks the import failed with its reason (a message key).
 */
export async function runParticipantImport(importId: string): Promise<void> {
	assertRecordId(importId, 'import');
	const [job] = await db()
		.update(participantImport)
		.set({ status: 'running', processedRows: 0 })
		.where(and(eq(participantImport.id, importId), eq(participantImport.status, 'queued')))
		.returning();
	if (!job) return;
	try {
		await db().transaction(async (tx) => {
			const file = await findStoredFile(tx, job.fileId);
			if (!file) throw new DomainError('not_found', 'the imported file is gone');
			const { rows, refusals } = await importRows(tx, job, file);
			await setImport(tx, importId, {
				status: 'done',
				processedRows: job.totalRows,
				importedRows: rows,
				refusals: refusals.sort((a, b) => a.line - b.line),
				finishedAt: new Date()
			});
		});
	} catch (error) {
		// A failed query's message carries every parameter (thousands of rows): log the database's own.
		const cause = (error as { cause?: unknown }).cause ?? error;
		logger.error({ importId, message: (cause as Error).message }, 'participant import failed');
		await setImport(db(), importId, {
			status: 'failed',
			error: failureReason(error),
			finishedAt: new Date()
		});
	}
}

async function importRows(
	tx: Tx,
	job: ParticipantImportRow,
	file: { name: string; content: Uint8Array }
): Promise<{ rows: number; refusals: ImportRefusal[] }> {
	const { rows, refusals, totalRows } = await readImportFile(tx, job.eventId, file);
	// The preview counted the same file; a changed count means it is not the file that was previewed.
	if (totalRows !== job.totalRows) throw new DomainError('conflict', 'the file changed since its preview');
	let processed = refusedRowCount(refusals);
	let imported = 0;
	for (let start = 0; start < rows.length; start += batchSize) {
		const batch = rows.slice(start, start + batchSize);
		const inserted = await insertBatch(
			tx,
			job,
			batch.map(({ row }) => row)
		);
		for (const { line, row } of batch)
			if (!inserted.has(row.email))
				refusals.push({ line, field: 'email', problem: 'already_registered', value: row.email });
		imported += inserted.size;
		processed += batch.length;
		// Outside the transaction, so that the progress page sees it now.
		await setImport(db(), job.id, { processedRows: processed });
	}
	return { rows: imported, refusals };
}

/**
 * Deletes the previews nobody confirmed within `previewLifetimeHours`, and their stored files, in one
 * statement (a preview confirmed meanwhile is queued, no longer previewed, and stays). Returns how
 * many went.
 */
export async function deleteStalePreviews(): Promise<number> {
	const result = await db().execute(sql`
		with stale as (
			delete from ${participantImport}
			where ${participantImport.status} = 'previewed'
				and ${participantImport.createdAt} < now() - make_interval(hours => ${previewLifetimeHours})
			returning ${participantImport.fileId} as file_id
		)
		delete from ${storedFile} where ${storedFile.id} in (select file_id from stale)`);
	const deleted = result.rowCount ?? 0;
	if (deleted > 0) logger.info({ deleted }, 'unconfirmed participant previews deleted');
	return deleted;
}

/** What a failed import says: the whole-file refusal's key, or that it failed for a reason of ours. */
function failureReason(error: unknown): string {
	const key = isDomainError(error) ? error.fields?.file?.[0] : undefined;
	return key ?? 'import_failed';
}
