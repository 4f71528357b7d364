// The closed lists of evaluation: the phases of an event's evaluation plan and where a submission
// came from.

/** Pre-test, post-test, satisfaction questionnaire, follow-up questionnaires (+N days after the event). */
export const phaseValues = ['pre', 'post', 'satisfaction', 'follow_up'] as const;
export type Phase = (typeof phaseValues)[number];

/** Phases whose instrument must be a knowledge test (a survey whose questions carry marks). */
export const scoredPhases: readonly Phase[] = ['pre', 'post', 'follow_up'];

/** Answered on MHub's page, entered by a trainer from paper, or imported from a file. */
export const submissionSourceValues = ['web', 'entry', 'import'] as const;
export type SubmissionSource = (typeof submissionSourceValues)[number];

/** The mails of a phase: its opening (the personal link) and a reminder before it closes. */
export const mailingKindValues = ['opening', 'reminder'] as const;
export type MailingKind = (typeof mailingKindValues)[number];
/** Rows of the evaluation summary: pre → post pairs (with the cell's counts), post → follow-up pairs. */
export const summaryKindValues = ['pre_post', 'follow_up'] as const;
export type SummaryKind = (typeof summaryKindValues)[number];
/** How a trainer enters a test's results from paper: marks per item, or only each person's total. */
export const scoreEntryModeValues = ['items', 'total'] as const;
export type ScoreEntryMode = (typeof scoreEntryModeValues)[number];
/**
 * The figures a programme sends to its DHIS2 instance (ADX), each under a data element code of its
 * mapping: people confirmed, certified, pre- and post-tested, mean scores (%), post-test passed.
 */
export const adxMeasureValues = [
	'participants',
	'certified',
	'pre_tested',
	'post_tested',
	'mean_pre_percent',
	'mean_post_percent',
	'passed_post'
] as const;
export type AdxMeasure = (typeof adxMeasureValues)[number];
