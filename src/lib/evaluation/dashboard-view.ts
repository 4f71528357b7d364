// How a dashboard page is viewed (not what it filters): the map's region and its measure, as the
// address names them, and their names in the reader's language.
import * as m from '../paraglide/messages.js';

export const dashboardViews = ['europe', 'mena'] as const;
export type DashboardView = (typeof dashboardViews)[number];
export const dashboardMeasures = ['post', 'gain', 'normalised_gain', 'participants', 'satisfaction'] as const;
export type DashboardMeasure = (typeof dashboardMeasures)[number];

export const viewLabel: Record<DashboardView, () => string> = {
	europe: m.evaluation_dashboard_view_europe,
	mena: m.evaluation_dashboard_view_mena
};

export const measureLabel: Record<DashboardMeasure, () => string> = {
	post: m.evaluation_dashboard_measure_post,
	gain: m.evaluation_dashboard_measure_gain,
	normalised_gain: m.evaluation_dashboard_measure_normalised_gain,
	participants: m.evaluation_dashboard_measure_participants,
	satisfaction: m.evaluation_dashboard_measure_satisfaction
};
