// The evaluation report of one event as a PDF in one interface language: the event's facts, the
// plan's phases, pre → post with its chart, the gains with their conventions, the pass rate,
// retention, gain per module with its chart, item analysis with its flags and satisfaction. The same
// figures and sentences as the results page (its message keys, translated by the caller), figures
// about too few people written "—" with the rule that hid them.
import { figureFormat, type FigureFormat } from '../../evaluation/figure-format.js';
import type { Phase } from '../../evaluation/values.js';
import type { InterfaceLocale } from '../../i18n/content-languages.js';
import { formatDate, formatDateRange } from '../../i18n/dates.js';
import { localeDirection, pickLocalized, type ContentLocale, type Localized } from '../../i18n/localized.js';
import { placeParts } from '../../i18n/places.js';
import type { PairedT } from '../../statistics/paired.js';
import type { Disclosure } from '../../statistics/small-cells.js';
import type { Description } from '../../statistics/descriptive.js';
import type { Actor } from '../auth/actor.js';
import { renderBarChart } from '../charts/bar-chart.js';
import { renderPrePostChart } from '../charts/pre-post-chart.js';
import { getEvent } from '../events/events.js';
import { downloadName } from '../files/table-file.js';
import { createPdf, type PdfText, type PdfWriter } from '../pdf/document.js';
import type { EventEvaluationResults } from './results/assemble.js';
import type { PrePostGroup, Scale } from './results/comparisons.js';
import { eventEvaluationResults } from './results/event-results.js';

/** The interface messages the report says, the results page's own and the report's. */
export type ReportWordKey =
	| `evaluation_report_${
			| 'title'
			| 'facts_caption'
			| 'fact'
			| 'event'
			| 'place'
			| 'participants'
			| 'produced'
			| 'chart_pre_post'
			| 'whole_test'
			| 'chart_modules'
			| 'not_shown'
			| 'file_name'}`
	| `evaluation_results_${
			| 'intro'
			| 'small_cells'
			| 'no_plan'
			| 'phases_caption'
			| 'col_phase'
			| 'col_instrument'
			| 'col_submissions'
			| 'col_people'
			| 'col_value'
			| 'phase_pre'
			| 'phase_post'
			| 'phase_satisfaction'
			| 'phase_follow_up'
			| 'anonymous'
			| 'learning'
			| 'attrition'
			| 'versions_split'
			| 'group'
			| 'scale_marks'
			| 'scale_percent'
			| 'scores_caption'
			| 'col_measure'
			| 'row_gain'
			| 'tests_caption'
			| 'col_statistic'
			| 'gain_of_means'
			| 'average_gain'
			| 'ci'
			| 'paired_t'
			| 't_value'
			| 'cohen_dz'
			| 'wilcoxon'
			| 'wilcoxon_value'
			| 'conventions'
			| 'wilcoxon_exact'
			| 'wilcoxon_normal'
			| 'descriptive_only'
			| 'hidden'
			| 'modules_caption'
			| 'col_module'
			| 'col_pre'
			| 'col_post'
			| 'col_gain_g'
			| 'col_dz'
			| 'items_change_caption'
			| 'col_item'
			| 'col_wrong_to_right'
			| 'col_right_to_wrong'
			| 'col_p'
			| 'mcnemar'
			| 'pass'
			| 'pass_caption'
			| 'col_attempt'
			| 'col_passed'
			| 'row_first_attempt'
			| 'row_any_attempt'
			| 'follow_ups'
			| 'follow_up_caption'
			| 'retention'
			| 'versus_pre'
			| 'versus_post'
			| 'retention_conventions'
			| 'item_analysis'
			| 'item_conventions'
			| 'item_analysis_title'
			| 'items_caption'
			| 'without_items'
			| 'reliability'
			| 'col_marks'
			| 'col_facility'
			| 'col_discrimination'
			| 'col_efficiency'
			| 'col_needs_checking'
			| 'very_likely'
			| 'likely'
			| 'unlikely'
			| 'satisfaction'
			| 'satisfaction_answers'
			| 'no_rating'}`
	| `results_${
			| 'col_mean'
			| 'col_sd'
			| 'col_median'
			| 'col_n'
			| 'col_share'
			| 'col_top_two_box'
			| 'top_two_box_count'
			| 'satisfaction_hidden'
			| 'satisfaction_descriptive'
			| 'satisfaction_conventions'}`
	| 'events_col_dates'
	| 'events_online'
	| 'events_field_programme';

/** One message in the report's language, filled in. */
export type ReportWords = (key: ReportWordKey, inputs?: Record<string, string>) => string;

export type ReportFile = { name: string; mediaType: 'application/pdf'; content: Buffer };

/** Written for a figure not shown (too few people, or not defined). */
const dash = '—';

/** The report's writer, its words and number formats, in its language. */
type Report = {
	pdf: PdfWriter;
	say: ReportWords;
	locale: InterfaceLocale;
	format: FigureFormat;
	results: EventEvaluationResults;
	text: (value: Localized | null | undefined) => PdfText;
};

/**
 * The evaluation report of an event, for whoever may read its results (its organisers, the focal
 * points of its country, its trainers), in `locale` with `words` in that language.
 */
export async function eventEvaluationReport(
	actor: Actor,
	eventId: string,
	words: ReportWords,
	locale: InterfaceLocale
): Promise<ReportFile> {
	const results = await eventEvaluationResults(actor, eventId);
	const details = await getEvent(actor, eventId);
	const text = (value: Localized | null | undefined): PdfText => {
		const picked = pickLocalized(value, locale, details.languages as ContentLocale[]);
		if (!picked) return '';
		return picked.isFallback ? { text: picked.text, lang: picked.locale } : picked.text;
	};
	const title = text(details.title);
	const titleText = typeof title === 'string' ? title : title.text;
	const pdf = createPdf({ locale, title: `${words('evaluation_report_title')}: ${titleText}` });
	const report: Report = { pdf, say: words, locale, format: figureFormat(locale), results, text };

	pdf.heading(words('evaluation_report_title'), 1);
	pdf.paragraph(title, 'heading');
	pdf.paragraph(words('evaluation_report_facts_caption'), 'subheading');
	pdf.table(
		[
			{ header: words('evaluation_report_fact'), share: 0.35 },
			{ header: words('evaluation_results_col_value'), share: 0.65 }
		],
		[
			[words('evaluation_report_event'), title],
			[words('events_col_dates'), formatDateRange(details.startsOn, details.endsOn, locale)],
			[
				words('evaluation_report_place'),
				details.isOnline ? words('events_online') : placeParts(details, locale).join(', ')
			],
			...(details.programmeName ? [[words('events_field_programme'), text(details.programmeName)]] : []),
			[words('evaluation_report_participants'), report.format.number.format(details.registrations.confirmed)]
		]
	);
	pdf.paragraph(words('evaluation_results_intro'));
	pdf.paragraph(words('evaluation_results_small_cells'), 'note');
	pdf.paragraph(words('evaluation_report_not_shown'), 'note');
	pdf.paragraph(
		words('evaluation_report_produced', { date: formatDate(new Date().toISOString().slice(0, 10), locale) }),
		'note'
	);

	writePhases(report);
	if (results.attrition) writeLearning(report, results.attrition);
	writePass(report);
	writeFollowUps(report);
	writeItemAnalyses(report);
	writeSatisfaction(report);

	return {
		name: downloadName(`${titleText} ${words('evaluation_report_file_name')}`, 'report', 'pdf'),
		mediaType: 'application/pdf',
		content: await pdf.finish()
	};
}

const shown = (value: string | null | undefined): string => value ?? dash;

function phaseName({ say, format }: Report, phase: Phase, offsetDays: number): string {
	if (phase === 'follow_up')
		return say('evaluation_results_phase_follow_up', { days: format.number.format(offsetDays) });
	return say(`evaluation_results_phase_${phase}`);
}

/** Why a section's figures are hidden or only descriptive; nothing when all are shown. */
function disclosed({ pdf, say }: Report, disclosure: Disclosure): void {
	if (disclosure === 'hidden') pdf.paragraph(say('evaluation_results_hidden'), 'note');
	if (disclosure === 'descriptive') pdf.paragraph(say('evaluation_results_descriptive_only'), 'note');
}

function tText({ say, format }: Report, test: PairedT | null | undefined): string | null {
	return test?.t != null && test.df != null
		? say('evaluation_results_t_value', {
				t: format.number.format(test.t),
				df: format.number.format(test.df),
				p: format.pValue(test.p) ?? ''
			})
		: null;
}

const versionNumber = (results: EventEvaluationResults, id: string) => results.versions[id]?.number ?? 0;

function writePhases(report: Report): void {
	const { pdf, say, format, results, text } = report;
	pdf.heading(say('evaluation_results_phases_caption'));
	if (results.phases.length === 0) {
		pdf.paragraph(say('evaluation_results_no_plan'));
		return;
	}
	pdf.table(
		[
			{ header: say('evaluation_results_col_phase'), share: 0.25 },
			{ header: say('evaluation_results_col_instrument'), share: 0.45 },
			{ header: say('evaluation_results_col_submissions'), share: 0.15 },
			{ header: say('evaluation_results_col_people'), share: 0.15 }
		],
		results.phases.map((phase) => {
			const instrument = text(phase.surveyTitle);
			const anonymous = phase.anonymous ? ` (${say('evaluation_results_anonymous')})` : '';
			return [
				phaseName(report, phase.phase, phase.offsetDays),
				typeof instrument === 'string'
					? instrument + anonymous
					: { ...instrument, text: instrument.text + anonymous },
				format.number.format(phase.submissions),
				phase.people === null ? '' : format.number.format(phase.people)
			];
		})
	);
}

/** A table of means, SDs and medians, one row per measure. */
function describedTable(
	report: Report,
	rows: [label: string, described: Description | null][],
	scale: Scale,
	extra: PdfText[][] = []
): void {
	const { pdf, say, format } = report;
	pdf.table(
		[
			{ header: say('evaluation_results_col_measure'), share: 0.34 },
			{ header: say('results_col_mean'), share: 0.26 },
			{ header: say('results_col_sd'), share: 0.2 },
			{ header: say('results_col_median'), share: 0.2 }
		],
		[
			...rows.map(([label, described]) => [
				label,
				shown(format.score(described?.mean, scale.maxScore, scale.unit)),
				shown(format.spread(described?.sd, scale.unit)),
				shown(format.spread(described?.median, scale.unit))
			]),
			...extra
		]
	);
}

/** A mean as a share of the maximum (the charts' common axis), null when not shown. */
const percentOf = (mean: number | null | undefined, scale: Scale): number | null =>
	mean === null || mean === undefined ? null : scale.unit === 'marks' ? (100 * mean) / scale.maxScore : mean;

function writeLearning(report: Report, attrition: NonNullable<EventEvaluationResults['attrition']>): void {
	const { pdf, say, format, results } = report;
	pdf.heading(say('evaluation_results_learning'));
	pdf.paragraph(
		say('evaluation_results_attrition', {
			pairs: format.number.format(attrition.pairs),
			preOnly: format.number.format(attrition.preOnly),
			postOnly: format.number.format(attrition.postOnly)
		})
	);
	if (results.prePost.length > 1) pdf.paragraph(say('evaluation_results_versions_split'));
	results.prePost.forEach((group, index) => writeGroup(report, group, `group-${index}`));
}

function writeGroup(report: Report, group: PrePostGroup, id: string): void {
	const { pdf, say, format, results, locale } = report;
	const { figures, scale } = group;
	const dir = localeDirection[locale];
	pdf.heading(
		say('evaluation_results_group', {
			pre: format.number.format(versionNumber(results, group.versionIds[0])),
			post: format.number.format(versionNumber(results, group.versionIds[1]))
		}),
		3
	);
	pdf.paragraph(
		scale.unit === 'marks'
			? say('evaluation_results_scale_marks', { max: format.number.format(scale.maxScore) })
			: say('evaluation_results_scale_percent'),
		'note'
	);
	disclosed(report, figures.disclosure);
	pdf.paragraph(
		say('evaluation_results_scores_caption', { n: format.number.format(figures.n) }),
		'subheading'
	);
	describedTable(
		report,
		[
			[say('evaluation_results_phase_pre'), figures.pre],
			[say('evaluation_results_phase_post'), figures.post]
		],
		scale,
		[
			[
				say('evaluation_results_row_gain'),
				shown(format.score(figures.meanGain, scale.maxScore, scale.unit)),
				shown(format.spread(figures.sdGain, scale.unit)),
				''
			]
		]
	);

	pdf.paragraph(say('evaluation_report_chart_pre_post'), 'subheading');
	const rows = [
		{ label: say('evaluation_report_whole_test'), figures, scale },
		...group.modules.map((module) => ({ label: module.module, figures: module.figures, scale: module.scale }))
	];
	pdf.chart(
		renderPrePostChart(
			rows.map((row) => ({
				label: row.label,
				pre: percentOf(row.figures.pre?.mean, row.scale),
				post: percentOf(row.figures.post?.mean, row.scale),
				suppressed: row.figures.disclosure === 'hidden'
			})),
			{
				id: `${id}-pre-post`,
				title: say('evaluation_report_chart_pre_post'),
				format: (value) => format.pct(value) ?? '',
				domain: [0, 100],
				dir,
				labels: { pre: say('evaluation_results_phase_pre'), post: say('evaluation_results_phase_post') },
				missing: dash
			}
		)
	);

	pdf.paragraph(say('evaluation_results_tests_caption'), 'subheading');
	const ci = figures.pairedT?.ci95;
	pdf.table(
		[
			{ header: say('evaluation_results_col_statistic'), share: 0.55 },
			{ header: say('evaluation_results_col_value'), share: 0.45 }
		],
		[
			[say('evaluation_results_gain_of_means'), shown(format.num(figures.gainOfMeans))],
			[say('evaluation_results_average_gain'), shown(format.num(figures.averageGain))],
			[
				say('evaluation_results_ci'),
				ci ? `${format.number.format(ci[0])} – ${format.number.format(ci[1])}` : dash
			],
			[say('evaluation_results_paired_t'), shown(tText(report, figures.pairedT))],
			[say('evaluation_results_cohen_dz'), shown(format.num(figures.pairedT?.cohenDz))],
			[
				say('evaluation_results_wilcoxon'),
				figures.wilcoxon
					? say('evaluation_results_wilcoxon_value', {
							statistic: format.number.format(figures.wilcoxon.statistic),
							z: format.number.format(figures.wilcoxon.z),
							p: format.pValue(figures.wilcoxon.p) ?? ''
						})
					: dash
			]
		]
	);
	const wilcoxon = figures.wilcoxon
		? say(
				figures.wilcoxon.method === 'wilcoxon-exact'
					? 'evaluation_results_wilcoxon_exact'
					: 'evaluation_results_wilcoxon_normal',
				{ n: format.number.format(figures.wilcoxon.n) }
			)
		: '';
	pdf.paragraph(
		`${say('evaluation_results_conventions', { excluded: format.number.format(figures.excludedAtMax ?? 0) })} ${wilcoxon}`.trim(),
		'note'
	);

	if (group.modules.length > 0) {
		pdf.paragraph(say('evaluation_results_modules_caption'), 'subheading');
		pdf.table(
			[
				{ header: say('evaluation_results_col_module'), share: 0.24 },
				{ header: say('results_col_n'), share: 0.08 },
				{ header: say('evaluation_results_col_pre'), share: 0.2 },
				{ header: say('evaluation_results_col_post'), share: 0.2 },
				{ header: say('evaluation_results_col_gain_g'), share: 0.15 },
				{ header: say('evaluation_results_col_dz'), share: 0.13 }
			],
			group.modules.map(({ module, figures: gain, scale: moduleScale }) => [
				module,
				format.number.format(gain.n),
				shown(format.score(gain.pre?.mean, moduleScale.maxScore, moduleScale.unit)),
				shown(format.score(gain.post?.mean, moduleScale.maxScore, moduleScale.unit)),
				shown(format.num(gain.gainOfMeans)),
				shown(format.num(gain.pairedT?.cohenDz))
			])
		);
		pdf.paragraph(say('evaluation_report_chart_modules'), 'subheading');
		pdf.chart(
			renderBarChart(
				group.modules.map(({ module, figures: gain }) => ({
					label: module,
					value: gain.gainOfMeans,
					suppressed: gain.disclosure === 'hidden'
				})),
				{
					id: `${id}-modules`,
					title: say('evaluation_report_chart_modules'),
					format: (value) => format.number.format(value),
					dir,
					missing: dash
				}
			)
		);
	}

	if (group.itemChanges && group.itemChanges.length > 0) {
		pdf.paragraph(say('evaluation_results_items_change_caption'), 'subheading');
		pdf.table(
			[
				{ header: say('evaluation_results_col_item'), share: 0.28 },
				{ header: say('results_col_n'), share: 0.12 },
				{ header: say('evaluation_results_col_wrong_to_right'), share: 0.2 },
				{ header: say('evaluation_results_col_right_to_wrong'), share: 0.2 },
				{ header: say('evaluation_results_col_p'), share: 0.2 }
			],
			group.itemChanges.map((change) => [
				change.item,
				format.number.format(change.n),
				shown(format.num(change.wrongToRight)),
				shown(format.num(change.rightToWrong)),
				shown(format.pValue(change.p))
			])
		);
		pdf.paragraph(say('evaluation_results_mcnemar'), 'note');
	}
}

function writePass(report: Report): void {
	const { pdf, say, format, results } = report;
	const pass = results.pass;
	if (!pass) return;
	pdf.heading(say('evaluation_results_pass'));
	disclosed(report, pass.disclosure);
	pdf.paragraph(
		say('evaluation_results_pass_caption', {
			mark: format.number.format(pass.passMarkPercent),
			n: format.number.format(pass.n)
		}),
		'subheading'
	);
	pdf.table(
		[
			{ header: say('evaluation_results_col_attempt'), share: 0.5 },
			{ header: say('evaluation_results_col_passed'), share: 0.25 },
			{ header: say('results_col_share'), share: 0.25 }
		],
		[
			[
				say('evaluation_results_row_first_attempt'),
				shown(format.num(pass.passedFirst)),
				shown(format.pct(pass.passedFirstPercent))
			],
			[
				say('evaluation_results_row_any_attempt'),
				shown(format.num(pass.passedAny)),
				shown(format.pct(pass.passedAnyPercent))
			]
		]
	);
}

function writeFollowUps(report: Report): void {
	const { pdf, say, format, results } = report;
	if (results.followUps.length === 0) return;
	pdf.heading(say('evaluation_results_follow_ups'));
	for (const followUp of results.followUps) {
		for (const group of followUp.groups) {
			disclosed(report, group.disclosure);
			pdf.paragraph(
				say('evaluation_results_follow_up_caption', {
					days: format.number.format(followUp.offsetDays),
					n: format.number.format(group.n)
				}),
				'subheading'
			);
			describedTable(
				report,
				[
					[say('evaluation_results_phase_pre'), group.pre],
					[say('evaluation_results_phase_post'), group.post],
					[phaseName(report, 'follow_up', followUp.offsetDays), group.later]
				],
				group.scale
			);
			pdf.bullets([
				`${say('evaluation_results_retention')}: ${shown(format.num(group.retentionShare))}`,
				`${say('evaluation_results_versus_pre')}: ${shown(tText(report, group.versusPre))}`,
				`${say('evaluation_results_versus_post')}: ${shown(tText(report, group.versusPost))}`
			]);
		}
	}
	pdf.paragraph(say('evaluation_results_retention_conventions'), 'note');
}

function writeItemAnalyses(report: Report): void {
	const { pdf, say, format, results } = report;
	if (results.itemAnalyses.length === 0) return;
	pdf.heading(say('evaluation_results_item_analysis'));
	pdf.paragraph(say('evaluation_results_item_conventions'), 'note');
	const flag = {
		very_likely: say('evaluation_results_very_likely'),
		likely: say('evaluation_results_likely')
	};
	for (const analysis of results.itemAnalyses) {
		const phase = phaseName(report, analysis.phase, analysis.offsetDays);
		const version = format.number.format(versionNumber(results, analysis.versionId));
		pdf.heading(
			say('evaluation_results_item_analysis_title', {
				phase,
				version,
				n: format.number.format(analysis.nAttempts)
			}),
			3
		);
		disclosed(report, analysis.disclosure);
		if (analysis.withoutItems > 0)
			pdf.paragraph(
				say('evaluation_results_without_items', { count: format.number.format(analysis.withoutItems) }),
				'note'
			);
		if (analysis.items.length === 0) continue;
		pdf.paragraph(
			say('evaluation_results_reliability', {
				mean: shown(format.num(analysis.meanTotal)),
				sd: shown(format.num(analysis.sdTotal)),
				alpha: shown(format.num(analysis.cicPercent)),
				se: shown(format.num(analysis.standardError))
			})
		);
		pdf.paragraph(say('evaluation_results_items_caption', { phase, version }), 'subheading');
		pdf.table(
			[
				{ header: say('evaluation_results_col_item'), share: 0.13 },
				{ header: say('evaluation_results_col_module'), share: 0.13 },
				{ header: say('evaluation_results_col_marks'), share: 0.1 },
				{ header: say('evaluation_results_col_facility'), share: 0.12 },
				{ header: say('results_col_sd'), share: 0.1 },
				{ header: say('evaluation_results_col_discrimination'), share: 0.14 },
				{ header: say('evaluation_results_col_efficiency'), share: 0.14 },
				{ header: say('evaluation_results_col_needs_checking'), share: 0.14 }
			],
			analysis.items.map((item) => [
				item.name,
				item.module ?? '',
				format.number.format(item.marks),
				shown(format.pct(item.facilityPercent)),
				shown(format.num(item.sd)),
				shown(format.num(item.discriminationIndex)),
				shown(format.pct(item.discriminativeEfficiencyPercent)),
				item.needsChecking
					? flag[item.needsChecking]
					: analysis.disclosure === 'full'
						? say('evaluation_results_unlikely')
						: dash
			])
		);
	}
}

function writeSatisfaction(report: Report): void {
	const { pdf, say, format, results, text } = report;
	if (results.satisfaction.length === 0) return;
	pdf.heading(say('evaluation_results_satisfaction'));
	for (const version of results.satisfaction) {
		pdf.paragraph(
			say('evaluation_results_satisfaction_answers', {
				count: format.number.format(version.respondents),
				version: format.number.format(versionNumber(results, version.versionId))
			})
		);
		if (version.questions.length === 0) pdf.paragraph(say('evaluation_results_no_rating'), 'note');
		for (const question of version.questions) {
			const label = text(question.label);
			pdf.heading(label === '' ? question.name : label, 3);
			const { figures, scale } = question;
			const topTwoBox =
				figures.topTwoBoxPercent !== null
					? format.pct(figures.topTwoBoxPercent)
					: figures.topTwoBox !== null
						? say('results_top_two_box_count', {
								count: format.number.format(figures.topTwoBox),
								n: format.number.format(figures.n)
							})
						: null;
			pdf.table(
				[
					{ header: say('results_col_n'), share: 0.25 },
					{ header: say('results_col_mean'), share: 0.25 },
					{ header: say('results_col_median'), share: 0.25 },
					{ header: say('results_col_top_two_box'), share: 0.25 }
				],
				[
					[
						format.number.format(figures.n),
						shown(format.num(figures.mean)),
						shown(format.num(figures.median)),
						shown(topTwoBox)
					]
				]
			);
			const why =
				figures.disclosure === 'hidden'
					? say('results_satisfaction_hidden')
					: figures.disclosure === 'descriptive'
						? say('results_satisfaction_descriptive')
						: '';
			pdf.paragraph(
				`${why} ${say('results_satisfaction_conventions', {
					high: format.number.format(scale.max - 1),
					top: format.number.format(scale.max)
				})}`.trim(),
				'note'
			);
		}
	}
}
