// Where a survey stands in its life: a draft until it has an opening time, then scheduled, open,
// and closed once its closing time has passed. Respondents are refused outside "open" (checked in
// SQL against the database's clock when they submit; this is what the pages show).
export const surveyStatuses = ['draft', 'scheduled', 'open', 'closed'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

/** A response is in progress until it is submitted complete. */
export const responseStatusValues = ['in_progress', 'complete'] as const;
export type ResponseStatus = (typeof responseStatusValues)[number];

export function surveyStatus(
	schedule: { opensAt: Date | null; closesAt: Date | null },
	now: Date = new Date()
): SurveyStatus {
	if (!schedule.opensAt) return 'draft';
	if (schedule.opensAt > now) return 'scheduled';
	if (schedule.closesAt && schedule.closesAt <= now) return 'closed';
	return 'open';
}
