// Every refused row of an import, as a CSV file in the reader's language.
import * as m from '#lib/paraglide/messages.js';
import { csvText } from '#lib/server/events/participant-file.js';
import { getParticipantImport } from '#lib/server/events/participant-import.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import { fieldErrorMessage } from '#lib/ui/field-errors.js';
import { columnName } from '../../../labels.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const job = await getParticipantImport(locals.actor, params.id, params.importId);
	const content = Buffer.from(
		csvText([
			[
				m.participants_col_line(),
				m.participants_col_field(),
				m.participants_col_problem(),
				m.participants_col_value()
			],
			...job.refusals.map((refusal) => [
				refusal.line,
				columnName(refusal.field),
				fieldErrorMessage(refusal.problem),
				refusal.value
			])
		]),
		'utf8'
	);
	const name = `${m.participants_refusals_file({ file: job.fileName.replace(/\.[^.]*$/, '') })}.csv`;
	return new Response(new Uint8Array(content), {
		headers: {
			...downloadHeaders({ name, mediaType: 'text/csv; charset=utf-8', byteSize: content.length }),
			'cache-control': 'private, no-store'
		}
	});
};
