// The per-participant results of the event's tests as CSV or XLSX (/export.csv, /export.xlsx), with a
// codebook in the interface language; the values themselves are codes, `.` decimals and ISO dates.
import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { exportEventResults } from '#lib/server/evaluation/results/export.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await exportEventResults(
		locals.actor,
		params.id,
		params.format,
		{
			fileName: m.evaluation_results_file_name(),
			variable: m.evaluation_results_codebook_variable(),
			description: m.evaluation_results_codebook_description(),
			registrationId: m.evaluation_results_codebook_registration(),
			country: m.evaluation_results_codebook_country(),
			profession: m.evaluation_results_codebook_profession(),
			version: (phase) => m.evaluation_results_codebook_version({ phase }),
			date: (phase) => m.evaluation_results_codebook_date({ phase }),
			score: (phase) => m.evaluation_results_codebook_score({ phase }),
			maxScore: (phase) => m.evaluation_results_codebook_max({ phase }),
			attempts: m.evaluation_results_codebook_attempts(),
			bestScore: m.evaluation_results_codebook_best(),
			passed: m.evaluation_results_codebook_passed(),
			module: (phase, module, max) => m.evaluation_results_codebook_module({ phase, module, max }),
			pre: m.evaluation_results_phase_pre(),
			post: m.evaluation_results_phase_post(),
			followUp: (days) => m.evaluation_results_phase_follow_up({ days }),
			noSatisfaction: m.evaluation_results_codebook_no_satisfaction()
		},
		getLocale()
	);
	return new Response(new Uint8Array(file.content), {
		headers: {
			...downloadHeaders({ ...file, byteSize: file.content.length }),
			// Results keep coming in: every download is read afresh.
			'cache-control': 'private, no-store'
		}
	});
};
