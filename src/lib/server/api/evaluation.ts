// Evaluation in the API, read only: an event's evaluation plan, its results as the results page
// shows them (small cells already applied by the domain: a hidden figure is null), and a programme's
// evaluated events. Reads go through the evaluation domain and the events policy, so a focal point
// reads their countries' events only. Nothing names a participant or carries a personal link.
import { z } from 'zod';
import { eventKindValues } from '../../events/values.js';
import { phaseValues } from '../../evaluation/values.js';
import type { Description } from '../../statistics/descriptive.js';
import type { PairedT } from '../../statistics/paired.js';
import type { Wilcoxon } from '../../statistics/wilcoxon.js';
import { PagingQuerySchema } from '../../validation/common.js';
import { authorize } from '../auth/authorize.js';
import { getPlan } from '../evaluation/plan.js';
import { programmeEvaluationEvents, type EvaluatedEvent } from '../evaluation/programme-events.js';
import type { PrePostFigures, Scale } from '../evaluation/results/comparisons.js';
import { eventEvaluationResults } from '../evaluation/results/event-results.js';
import {
	component,
	itemEnvelope,
	LocalizedTextSchema,
	localizedText,
	pageEnvelope,
	pageOf,
	timestamp
} from './envelopes.js';
import { defineOperation, idParams, readById } from './operation.js';
import { pageOfRows } from './paging.js';
import { SatisfactionSchema } from './surveys.js';

const PhaseSchema = z
	.enum(phaseValues)
	.describe('pre-test, post-test, satisfaction questionnaire or follow-up (offsetDays after the event)');

const DisclosureSchema = z
	.enum(['hidden', 'descriptive', 'full'])
	.describe(
		'Small cells: hidden below 5 people (every figure null), descriptive below 10 (counts, means, SDs and medians only: tests, p-values, CIs and effect sizes null), full from 10'
	);

const count = z.int().min(0);

const ScaleSchema = z
	.object({
		unit: z
			.enum(['marks', 'percent'])
			.describe(
				'marks: scores in marks out of maxScore; percent: 100 × score / the version’s maximum, when the versions compared have different maxima'
			),
		maxScore: z.number().min(0)
	})
	.describe('What the scores of the group are counted in');

const DescriptionSchema = component(
	'ScoreDescription',
	z.object({
		n: count,
		mean: z.number().nullable(),
		sd: z.number().nullable().describe('Sample standard deviation (n − 1); null below 2 scores'),
		median: z.number().nullable().describe('Median (type 7 quantile)')
	}),
	'Scores of one measure, on the scale of their group'
);

const PairedTSchema = component(
	'PairedT',
	z.object({
		n: count.describe('Pairs'),
		meanDifference: z.number().nullable().describe('Mean of the differences second − first'),
		sdDifference: z.number().nullable().describe('Sample SD (n − 1) of the differences'),
		df: z.int().min(0).nullable().describe('Degrees of freedom, n − 1'),
		t: z.number().nullable().describe('null below 2 pairs or when the differences do not vary'),
		p: z.number().min(0).max(1).nullable().describe('Two-sided p-value of Student’s t'),
		ci95: z
			.object({ low: z.number(), high: z.number() })
			.nullable()
			.describe('95 % confidence interval of the mean difference (Student t quantile)'),
		cohenDz: z.number().nullable().describe('Cohen’s dz = mean difference / SD of the differences'),
		method: z.literal('paired-t')
	}),
	'Paired t-test of the differences second − first (e.g. post − pre)'
);

const WilcoxonSchema = component(
	'WilcoxonSignedRank',
	z.object({
		n: count.describe('Non-zero differences: zero differences are dropped (Wilcoxon’s method)'),
		wPlus: z.number().min(0).describe('Rank sum of the rises'),
		wMinus: z.number().min(0).describe('Rank sum of the falls'),
		statistic: z.number().min(0).describe('T = min(wPlus, wMinus)'),
		z: z
			.number()
			.describe(
				'Normal approximation of wPlus with tie and continuity correction, positive when scores rose'
			),
		p: z.number().min(0).max(1).describe('Two-sided p-value'),
		r: z.number().nullable().describe('Effect size r = |z| / √n (z without continuity correction)'),
		rankBiserial: z
			.number()
			.nullable()
			.describe('Matched-pairs rank-biserial correlation (wPlus − wMinus) / (wPlus + wMinus)'),
		method: z
			.enum(['wilcoxon-exact', 'wilcoxon-normal-corrected'])
			.describe(
				'Exact for n ≤ 20 without tied |differences|, else the corrected normal approximation (as R’s wilcox.test)'
			)
	}),
	'Wilcoxon signed-rank test of the same differences'
);

const PrePostFiguresSchema = component(
	'PrePostFigures',
	z.object({
		n: count.describe('Pairs: people with a first attempt at both tests'),
		disclosure: DisclosureSchema,
		pre: DescriptionSchema.nullable(),
		post: DescriptionSchema.nullable(),
		meanGain: z.number().nullable().describe('Mean of post − pre'),
		sdGain: z.number().nullable().describe('Sample SD (n − 1) of post − pre'),
		gainOfMeans: z
			.number()
			.nullable()
			.describe(
				'Hake’s normalised gain on means ⟨g⟩ = (mean post − mean pre) / (max − mean pre); null when mean pre = max'
			),
		averageGain: z
			.number()
			.nullable()
			.describe(
				'Average of individual normalised gains (post − pre) / (max − pre), people at max on the pre-test excluded'
			),
		excludedAtMax: count.nullable().describe('People at max on the pre-test, left out of averageGain'),
		pairedT: PairedTSchema.nullable().describe('From 10 pairs'),
		wilcoxon: WilcoxonSchema.nullable().describe('From 10 pairs')
	}),
	'Pre → post on each person’s first attempt, under the small-cell rule'
);

const EvaluationPhaseSchema = z.object({
	id: z.uuid(),
	phase: PhaseSchema,
	offsetDays: count.describe('Follow-ups: days after the event; 0 for other phases'),
	surveyTitle: LocalizedTextSchema,
	passMarkPercent: z
		.number()
		.min(0)
		.max(100)
		.nullable()
		.describe('Post-test: the pass mark in % of the maximum'),
	anonymous: z.boolean().describe('Answers are stored without who gave them'),
	submissions: count.describe('Submissions, every attempt')
});

const EvaluationPlanSchema = component(
	'EvaluationPlan',
	z.object({
		eventId: z.uuid(),
		timeZone: z.string().describe('IANA time zone of the event'),
		languages: z.array(z.string()).describe('The languages the event is held in'),
		requiresPostTest: z.boolean().describe('Completion (and the certificate) needs the post-test passed'),
		phases: z
			.array(
				EvaluationPhaseSchema.extend({
					surveyId: z.uuid().describe('The instrument: a survey of the programme'),
					opensAt: timestamp,
					closesAt: timestamp
				})
			)
			.describe('In the order they come: pre, post, satisfaction, follow-ups by day')
	}),
	'The plan only: never the participants’ personal links.'
);

const versionIdOf = (what: string) => z.uuid().describe(`Instrument version of the ${what}`);

const ItemChangeSchema = z.object({
	item: z.string().describe('The question’s name'),
	n: count,
	disclosure: DisclosureSchema,
	wrongToRight: count.nullable().describe('Wrong (less than full marks) before, right after'),
	rightToWrong: count.nullable(),
	p: z.number().min(0).max(1).nullable().describe('Exact McNemar test, two-sided; from 10 people')
});

const FollowUpGroupSchema = z.object({
	preVersionId: versionIdOf('pre-test'),
	postVersionId: versionIdOf('post-test'),
	followUpVersionId: versionIdOf('follow-up'),
	scale: ScaleSchema,
	n: count.describe('People with pre, post and follow-up: every figure is on them'),
	disclosure: DisclosureSchema,
	pre: DescriptionSchema.nullable(),
	post: DescriptionSchema.nullable(),
	later: DescriptionSchema.nullable().describe('The follow-up'),
	retentionShare: z
		.number()
		.nullable()
		.describe('Retention of means: (mean follow-up − mean pre) / (mean post − mean pre)'),
	versusPre: PairedTSchema.nullable().describe('Paired t of follow-up − pre (is some gain left?); from 10'),
	versusPost: PairedTSchema.nullable().describe('Paired t of follow-up − post (how much was lost?); from 10')
});

const ItemFiguresSchema = z.object({
	name: z.string(),
	marks: z.number().min(0),
	module: z.string().nullable().describe('The package module the item tests'),
	facilityPercent: z
		.number()
		.nullable()
		.describe('Facility index: mean mark / the item’s marks × 100; from 5'),
	sd: z.number().nullable().describe('Sample SD (n − 1) of the item’s marks; from 5'),
	discriminationIndex: z
		.number()
		.nullable()
		.describe(
			'Moodle’s discrimination index: correlation of the item’s mark with the rest of the test (total − item) × 100; from 10'
		),
	discriminativeEfficiencyPercent: z
		.number()
		.nullable()
		.describe(
			'Moodle’s discriminative efficiency: covariance with the rest / the largest covariance the marks allow, in %; from 10'
		),
	needsChecking: z
		.enum(['very_likely', 'likely'])
		.nullable()
		.describe('Moodle’s flag: very likely below a discrimination index of 30, likely below 50')
});

const ItemAnalysisSchema = z.object({
	phase: PhaseSchema,
	offsetDays: count,
	versionId: z.uuid(),
	nAttempts: count.describe('First attempts with marks per item'),
	withoutItems: count.describe('First attempts entered as totals only: not in the analysis'),
	disclosure: DisclosureSchema,
	meanTotal: z.number().nullable(),
	sdTotal: z.number().nullable(),
	cicPercent: z.number().nullable().describe('Cronbach’s α (KR-20 on right/wrong items) × 100; from 10'),
	errorRatioPercent: z
		.number()
		.nullable()
		.describe('100 × √(1 − CIC / 100): the share of the SD that is measurement error; from 10'),
	standardError: z.number().nullable().describe('Error ratio × SD of totals / 100, in marks; from 10'),
	items: z.array(ItemFiguresSchema).describe('Empty below 5 attempts')
});

const EvaluationResultsSchema = component(
	'EvaluationResults',
	z.object({
		eventId: z.uuid(),
		phases: z.array(
			EvaluationPhaseSchema.extend({
				people: count.nullable().describe('People who answered; null for the satisfaction questionnaire')
			})
		),
		versions: z
			.array(
				z.object({
					id: z.uuid(),
					number: z.int().min(1).describe('1 for the instrument as first answered, then 2, 3…'),
					surveyTitle: LocalizedTextSchema,
					maxScore: z.number().min(0)
				})
			)
			.describe('The instrument versions answered: results never mix versions'),
		attrition: z
			.object({
				pre: count,
				post: count,
				pairs: count.describe('People with both tests'),
				preOnly: count,
				postOnly: count
			})
			.nullable()
			.describe('With both a pre-test and a post-test in the plan'),
		prePost: z
			.array(
				z.object({
					preVersionId: versionIdOf('pre-test'),
					postVersionId: versionIdOf('post-test'),
					scale: ScaleSchema,
					figures: PrePostFiguresSchema,
					modules: z
						.array(z.object({ module: z.string(), scale: ScaleSchema, figures: PrePostFiguresSchema }))
						.describe('Gain per package module both versions test'),
					itemChanges: z
						.array(ItemChangeSchema)
						.nullable()
						.describe('Per item, when the pre-test and the post-test are the same version')
				})
			)
			.describe('One group per pair of versions answered'),
		pass: z
			.object({
				passMarkPercent: z.number().min(0).max(100),
				n: count.describe('People who took the post-test'),
				disclosure: DisclosureSchema,
				passedFirst: count.nullable().describe('Passed at the first attempt; from 5'),
				passedFirstPercent: z.number().min(0).max(100).nullable().describe('From 10'),
				passedAny: count.nullable().describe('Passed at any attempt; from 5'),
				passedAnyPercent: z.number().min(0).max(100).nullable().describe('From 10')
			})
			.nullable()
			.describe('Post-test pass rate, when the post-test has a pass mark and answers'),
		followUps: z.array(z.object({ offsetDays: count, groups: z.array(FollowUpGroupSchema) })),
		itemAnalyses: z.array(ItemAnalysisSchema).describe('Per scored phase and version, on first attempts'),
		satisfaction: z.array(
			z.object({
				versionId: z.uuid(),
				respondents: count,
				questions: z.array(
					z.object({
						name: z.string(),
						label: LocalizedTextSchema,
						scaleMin: z.int(),
						scaleMax: z.int(),
						figures: SatisfactionSchema
					})
				)
			})
		)
	}),
	'Group figures only, small cells applied (a hidden figure is null): never who answered what. Scores are each person’s first attempt.'
);

const EvaluatedEventSchema = component(
	'EvaluatedEvent',
	z.object({
		id: z.uuid(),
		kind: z.enum(eventKindValues),
		title: LocalizedTextSchema,
		startsOn: z.iso.date(),
		endsOn: z.iso.date(),
		countryCode: z.string().nullable(),
		phases: z.array(PhaseSchema).describe('The kinds of phase planned, in the order they come'),
		pairs: count.describe('People with a scored pre-test and post-test')
	})
);

const EvaluationPlanItemSchema = component('EvaluationPlanItem', itemEnvelope(EvaluationPlanSchema));
const EvaluationResultsItemSchema = component('EvaluationResultsItem', itemEnvelope(EvaluationResultsSchema));
const EvaluatedEventPageSchema = component('EvaluatedEventPage', pageEnvelope(EvaluatedEventSchema));

type Out<S extends z.ZodType> = z.output<S>;

const toDescription = (value: Description | null): Out<typeof DescriptionSchema> | null =>
	value && { n: value.n, mean: value.mean, sd: value.sd, median: value.median };

const toPairedT = (test: PairedT | null): Out<typeof PairedTSchema> | null =>
	test && {
		n: test.n,
		meanDifference: test.meanDifference,
		sdDifference: test.sdDifference,
		df: test.df,
		t: test.t,
		p: test.p,
		ci95: test.ci95 && { low: test.ci95[0], high: test.ci95[1] },
		cohenDz: test.cohenDz,
		method: test.method
	};

const toWilcoxon = (test: Wilcoxon | null): Out<typeof WilcoxonSchema> | null =>
	test && {
		n: test.n,
		wPlus: test.wPlus,
		wMinus: test.wMinus,
		statistic: test.statistic,
		z: test.z,
		p: test.p,
		r: test.r,
		rankBiserial: test.rankBiserial,
		method: test.method
	};

const toScale = (scale: Scale) => ({ unit: scale.unit, maxScore: scale.maxScore });

const toPrePostFigures = (figures: PrePostFigures): Out<typeof PrePostFiguresSchema> => ({
	n: figures.n,
	disclosure: figures.disclosure,
	pre: toDescription(figures.pre),
	post: toDescription(figures.post),
	meanGain: figures.meanGain,
	sdGain: figures.sdGain,
	gainOfMeans: figures.gainOfMeans,
	averageGain: figures.averageGain,
	excludedAtMax: figures.excludedAtMax,
	pairedT: toPairedT(figures.pairedT),
	wilcoxon: toWilcoxon(figures.wilcoxon)
});

type Results = Awaited<ReturnType<typeof eventEvaluationResults>>;

/** Named field by field, so that nothing the domain adds for the page leaves through the API. */
export function toEvaluationResults(results: Results): Out<typeof EvaluationResultsSchema> {
	return {
		eventId: results.eventId,
		phases: results.phases.map((phase) => ({
			id: phase.id,
			phase: phase.phase,
			offsetDays: phase.offsetDays,
			surveyTitle: localizedText(phase.surveyTitle),
			passMarkPercent: phase.passMarkPercent,
			anonymous: phase.anonymous,
			submissions: phase.submissions,
			people: phase.people
		})),
		versions: Object.values(results.versions).map((version) => ({
			id: version.id,
			number: version.number,
			surveyTitle: localizedText(version.surveyTitle),
			maxScore: version.maxScore
		})),
		attrition: results.attrition && { ...results.attrition },
		prePost: results.prePost.map((group) => ({
			preVersionId: group.versionIds[0],
			postVersionId: group.versionIds[1],
			scale: toScale(group.scale),
			figures: toPrePostFigures(group.figures),
			modules: group.modules.map((gain) => ({
				module: gain.module,
				scale: toScale(gain.scale),
				figures: toPrePostFigures(gain.figures)
			})),
			itemChanges:
				group.itemChanges?.map((change) => ({
					item: change.item,
					n: change.n,
					disclosure: change.disclosure,
					wrongToRight: change.wrongToRight,
					rightToWrong: change.rightToWrong,
					p: change.p
				})) ?? null
		})),
		pass: results.pass && { ...results.pass },
		followUps: results.followUps.map(({ offsetDays, groups }) => ({
			offsetDays,
			groups: groups.map((group) => ({
				preVersionId: group.versionIds[0],
				postVersionId: group.versionIds[1],
				followUpVersionId: group.versionIds[2],
				scale: toScale(group.scale),
				n: group.n,
				disclosure: group.disclosure,
				pre: toDescription(group.pre),
				post: toDescription(group.post),
				later: toDescription(group.later),
				retentionShare: group.retentionShare,
				versusPre: toPairedT(group.versusPre),
				versusPost: toPairedT(group.versusPost)
			}))
		})),
		itemAnalyses: results.itemAnalyses.map((analysis) => ({
			phase: analysis.phase,
			offsetDays: analysis.offsetDays,
			versionId: analysis.versionId,
			nAttempts: analysis.nAttempts,
			withoutItems: analysis.withoutItems,
			disclosure: analysis.disclosure,
			meanTotal: analysis.meanTotal,
			sdTotal: analysis.sdTotal,
			cicPercent: analysis.cicPercent,
			errorRatioPercent: analysis.errorRatioPercent,
			standardError: analysis.standardError,
			items: analysis.items.map((item) => ({
				name: item.name,
				marks: item.marks,
				module: item.module,
				facilityPercent: item.facilityPercent,
				sd: item.sd,
				discriminationIndex: item.discriminationIndex,
				discriminativeEfficiencyPercent: item.discriminativeEfficiencyPercent,
				needsChecking: item.needsChecking
			}))
		})),
		satisfaction: results.satisfaction.map((answered) => ({
			versionId: answered.versionId,
			respondents: answered.respondents,
			questions: answered.questions.map((question) => ({
				name: question.name,
				label: localizedText(question.label),
				scaleMin: question.scale.min,
				scaleMax: question.scale.max,
				figures: { ...question.figures }
			}))
		}))
	};
}

export const toEvaluatedEvent = (row: EvaluatedEvent): Out<typeof EvaluatedEventSchema> => ({
	id: row.id,
	kind: row.kind,
	title: localizedText(row.title),
	startsOn: row.startsOn,
	endsOn: row.endsOn,
	countryCode: row.countryCode,
	phases: row.phases,
	pairs: row.pairs
});

export const evaluationOperations = {
	plan: readById({
		id: 'getEventEvaluationPlan',
		tag: 'evaluation',
		kind: 'event',
		path: '/events/{id}/evaluation/plan',
		schema: EvaluationPlanItemSchema,
		answer: async (actor, eventId) => {
			const plan = await getPlan(actor, eventId);
			return {
				data: {
					eventId: plan.eventId,
					timeZone: plan.timeZone,
					languages: plan.languages,
					requiresPostTest: plan.requiresPostTest,
					phases: plan.phases.map((phase) => ({
						id: phase.id,
						phase: phase.phase,
						offsetDays: phase.offsetDays,
						surveyId: phase.surveyId,
						surveyTitle: localizedText(phase.surveyTitle),
						opensAt: phase.opensAt.toISOString(),
						closesAt: phase.closesAt.toISOString(),
						passMarkPercent: phase.passMarkPercent,
						anonymous: phase.anonymous,
						submissions: phase.submissions
					}))
				}
			};
		}
	}),
	results: readById({
		id: 'getEventEvaluationResults',
		tag: 'evaluation',
		kind: 'event',
		path: '/events/{id}/evaluation/results',
		schema: EvaluationResultsItemSchema,
		answer: async (actor, eventId) => ({
			data: toEvaluationResults(await eventEvaluationResults(actor, eventId))
		})
	}),
	programmeEvents: defineOperation({
		id: 'listProgrammeEvaluatedEvents',
		method: 'GET',
		path: '/programmes/{id}/evaluation/events',
		tag: 'evaluation',
		access: 'signed_in',
		params: idParams,
		query: PagingQuerySchema,
		success: { status: 200, schema: EvaluatedEventPageSchema },
		run: async ({ actor, params, query }) => {
			// Before the look-up: whoever reads no programme learns nothing of which ids exist.
			authorize(actor, 'list', 'programme');
			const rows = await programmeEvaluationEvents(actor, params.id);
			return pageOf(pageOfRows(rows, query), toEvaluatedEvent);
		}
	})
};
