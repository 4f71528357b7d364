import { redirect } from '@sveltejs/kit';
import { programmeDashboard, publishDashboard } from '#lib/server/evaluation/dashboard.js';
import { dashboardCharts, dashboardFiltersOf } from '#lib/server/web/evaluation-dashboard.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import type { Actions, PageServerLoad } from './$types';

// Figures, tables and server-drawn charts: nothing to do in the browser.
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const dashboard = await programmeDashboard(locals.actor, params.id, dashboardFiltersOf(url));
	return { dashboard, ...dashboardCharts(dashboard, url, url.pathname) };
};

export const actions: Actions = {
	publish: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => publishDashboard(locals.actor, params.id, values));
		if (!result.ok) return result.failure;
		redirect(
			303,
			`/programmes/${params.id}/dashboard?${values.published === 'true' ? 'published' : 'withdrawn'}`
		);
	}
};
