import { monitorRounds } from '#lib/server/delphi/monitoring.js';
import { listPanel } from '#lib/server/delphi/panel.js';
import { studyResults } from '#lib/server/delphi/results.js';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async ({ locals, params }) => {
	const [results, rounds, panel] = await Promise.all([
		studyResults(locals.actor, params.id),
		monitorRounds(locals.actor, params.id),
		listPanel(locals.actor, params.id)
	]);
	const groups = Object.entries(
		panel.reduce<Record<string, number>>(
			(sizes, row) => ({ ...sizes, [row.stakeholderGroup]: (sizes[row.stakeholderGroup] ?? 0) + 1 }),
			{}
		)
	);
	return { results, rounds, panel: { size: panel.length, groups } };
};
