// The programme dashboard as a page shows it (signed in or published): the filters read from the
// address, the map's view and measure, and the server-drawn SVG charts in the reader's language.
import type { ProgrammeDashboard } from '../evaluation/dashboard.js';
import { renderBarChart } from '../charts/bar-chart.js';
import { renderChoropleth, type MapDatum } from '../charts/choropleth.js';
import { renderPrePostChart } from '../charts/pre-post-chart.js';
import type { SliceFigures } from '../../evaluation/dashboard-figures.js';
import {
	dashboardMeasures,
	dashboardViews,
	measureLabel,
	type DashboardMeasure
} from '../../evaluation/dashboard-view.js';
import { localeDirection, localizedText } from '../../i18n/localized.js';
import * as m from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';

/** The filters as the address gives them (the domain checks them). */
export const dashboardFiltersOf = (url: URL) =>
	Object.fromEntries(
		(['country', 'profession', 'packageVersion', 'kind', 'from', 'to'] as const).map((key) => [
			key,
			url.searchParams.get(key) ?? undefined
		])
	);

const oneOf = <T extends string>(values: readonly T[], value: string | null): T =>
	values.includes(value as T) ? (value as T) : values[0];

const measureOf: Record<DashboardMeasure, (figures: SliceFigures) => number | null> = {
	post: (f) => f.learning.meanPost,
	gain: (f) => f.learning.gain,
	normalised_gain: (f) => f.learning.normalisedGain,
	participants: (f) => f.participants,
	satisfaction: (f) => f.satisfaction.meanPercent
};

/** Whether a measure's figure of a country is hidden by the small-cell rule (rather than absent). */
const hiddenOf: Record<DashboardMeasure, (figures: SliceFigures) => boolean> = {
	post: (f) => f.learning.disclosure === 'hidden',
	gain: (f) => f.learning.disclosure === 'hidden',
	normalised_gain: (f) => f.learning.disclosure === 'hidden',
	participants: (f) => f.participants === null,
	satisfaction: (f) => f.satisfaction.n === null
};

/** The dashboard's charts and the address of each country's filtered view, below `path`. */
export function dashboardCharts(dashboard: ProgrammeDashboard, url: URL, path: string) {
	const locale = getLocale();
	const dir = localeDirection[locale] === 'rtl' ? 'rtl' : 'ltr';
	const view = oneOf(dashboardViews, url.searchParams.get('view'));
	const measure = oneOf(dashboardMeasures, url.searchParams.get('measure'));
	const decimals = measure === 'normalised_gain' ? 2 : measure === 'participants' ? 0 : 1;
	const format = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format;
	const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format;
	const name = (code: string) =>
		dashboard.countryNames[code] ? localizedText(dashboard.countryNames[code], locale) : code;
	const linkTo = (code: string) => {
		const query = new URLSearchParams(url.searchParams);
		query.set('country', code);
		return `${path}?${query}`;
	};
	const data: MapDatum[] = dashboard.countries.map((country) => ({
		code: country.countryCode,
		value: measureOf[measure](country),
		suppressed: hiddenOf[measure](country),
		href: linkTo(country.countryCode)
	}));
	const map = renderChoropleth(data, {
		id: 'dashboard-map',
		view,
		classes: { method: 'quantiles', classes: 5 },
		format,
		labels: {
			title: m.evaluation_dashboard_map_title({ measure: measureLabel[measure]() }),
			legendTitle: measureLabel[measure](),
			noData: m.evaluation_dashboard_no_data(),
			suppressed: m.evaluation_dashboard_suppressed()
		},
		countryName: name,
		dir
	});
	const rows = dashboard.countries.map((country) => ({ country, label: name(country.countryCode) }));
	const prePost = renderPrePostChart(
		rows.map(({ country, label }) => ({
			label,
			pre: country.learning.meanPre,
			post: country.learning.meanPost,
			suppressed: country.learning.disclosure === 'hidden'
		})),
		{
			id: 'dashboard-pre-post',
			title: m.evaluation_dashboard_pre_post_title(),
			format: one,
			domain: [0, 100],
			dir,
			labels: { pre: m.evaluation_phase_pre(), post: m.evaluation_phase_post() }
		}
	);
	const gain = renderBarChart(
		rows.map(({ country, label }) => ({
			label,
			value: country.learning.gain,
			low: country.learning.ci95?.[0],
			high: country.learning.ci95?.[1],
			suppressed: country.learning.disclosure === 'hidden'
		})),
		{ id: 'dashboard-gain', title: m.evaluation_dashboard_gain_title(), format: one, dir }
	);
	return {
		view,
		measure,
		charts: { map, prePost, gain },
		countryLinks: Object.fromEntries(dashboard.countries.map((c) => [c.countryCode, linkTo(c.countryCode)]))
	};
}
