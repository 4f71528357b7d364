import { publicDashboard } from '#lib/server/evaluation/dashboard.js';
import { dashboardCharts, dashboardFiltersOf } from '#lib/server/web/evaluation-dashboard.js';
import type { PageServerLoad } from './$types';

// A published dashboard, read-only: no script, no account.
export const csr = false;

export const load: PageServerLoad = async ({ params, url }) => {
	const dashboard = await publicDashboard(params.programmeId, dashboardFiltersOf(url));
	return { dashboard, ...dashboardCharts(dashboard, url, url.pathname) };
};
